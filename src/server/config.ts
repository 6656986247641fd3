import type { LlmConfig } from '../assist/llm/llmConfig.js';
import { KbError } from '../errors.js';
import { retentionDaysFrom } from '../events/retention.js';
import type { TokenLabels } from './eventClient.js';

export interface ServerConfig {
  host: string;
  port: number;
  contentDir: string;
  indexFile: string;
  watch: boolean;
  /** Bearer tokens accepted on the agent API; none = agent API open, loopback only. */
  agentTokens: string[];
  /** Requests per minute per agent token (or per IP without tokens). */
  agentRateLimit: number;
  /** Requests per minute per IP on the public API. */
  publicRateLimit: number;
  /** The LLM rerank for agent assist; off when undefined. */
  llm?: LlmConfig;
  /** SQLite file for state that outlives a build (the rerank cache, the events). */
  stateFile: string;
  /** Labels of agent tokens (`KB_AGENT_TOKENS=label:token`), stored with events instead of the token. */
  tokenLabels?: TokenLabels;
  /** Recording of searches, opens and feedback; on (SQLite in the state file) when undefined. */
  events?: EventsConfig;
}

export interface EventsConfig {
  /** `KB_EVENTS=off` turns recording off (searchIds are still returned). */
  enabled: boolean;
  /** `KB_DATABASE_URL`: PostgreSQL instead of the state file. */
  databaseUrl?: string;
  /** `KB_EVENTS_RETENTION_DAYS` @default 180 */
  retentionDays: number;
  /** Searches from one client this close together that extend each other are one search. @default 3000 */
  collapseWindowMs?: number;
}

/** Environment variables the server reads. Secrets come only from here, never from flags. */
export const ENV = {
  tokens: 'KB_AGENT_TOKENS',
  agentRateLimit: 'KB_RATE_LIMIT',
  publicRateLimit: 'KB_PUBLIC_RATE_LIMIT',
  logLevel: 'KB_LOG_LEVEL',
  events: 'KB_EVENTS',
  databaseUrl: 'KB_DATABASE_URL',
  retentionDays: 'KB_EVENTS_RETENTION_DAYS',
} as const;

export function agentTokensFrom(env: NodeJS.ProcessEnv): string[] {
  return labelledTokensFrom(env).map((t) => t.token);
}

/** `KB_AGENT_TOKENS` entries, each a plain token or `label:token` (label: letters, digits, `_.-`). */
export function labelledTokensFrom(env: NodeJS.ProcessEnv): Array<{ token: string; label?: string }> {
  return (env[ENV.tokens] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      const m = /^([A-Za-z0-9_.-]{1,64}):(\S+)$/.exec(t);
      return m ? { label: m[1]!, token: m[2]! } : { token: t };
    });
}

export function eventsConfigFrom(env: NodeJS.ProcessEnv): EventsConfig {
  const flag = env[ENV.events] ?? 'on';
  if (flag !== 'on' && flag !== 'off') throw new KbError('config.bad-events', `${ENV.events} must be "on" or "off", got "${flag}"`);
  const databaseUrl = env[ENV.databaseUrl] || undefined;
  return { enabled: flag === 'on', retentionDays: retentionDaysFrom(env[ENV.retentionDays]), ...(databaseUrl ? { databaseUrl } : {}) };
}

export function rateLimitFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new KbError('config.bad-rate-limit', `${name} must be a whole number of requests per minute, got "${raw}"`);
  return n;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
