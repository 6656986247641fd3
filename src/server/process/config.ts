import { DEFAULT_CALL_LIMITS, type CallLimits } from '../../assist/callSessions.js';
import type { LlmConfig } from '../../assist/llm/llmConfig.js';
import * as z from '../../shared/zod.js';
import { KbError } from '../../errors.js';
import { envNumber, envSetting } from '../../shared/envSettings.js';
import { retentionDaysFrom } from '../../events/retention.js';
import type { TokenLabels } from '../http/eventClient.js';

export interface ServerConfig {
  host: string;
  port: number;
  contentDir: string;
  indexFile: string;
  watch: boolean;
  /**
   * Serve `indexFile` as an operator publishes it (`kb serve --published`): never build
   * it from content; load it again whenever the file is replaced. For replicas sharing one file.
   */
  published?: boolean;
  /**
   * From this many content files, a start serves the index at hand at once and checks its
   * content after (openCheckedIndex); CHECK_AFTER_READY_FROM_FILES when undefined.
   */
  checkAfterReadyFrom?: number;
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
  /**
   * Browser origins (scheme://host:port) of consoles trusted to call the API from another
   * origin (`kb serve`: KB_ALLOWED_ORIGINS); none when not given.
   */
  allowedOrigins?: string[];
  /** Caps on live calls (`kb serve`: the KB_CALL* variables); DEFAULT_CALL_LIMITS for what is not given. */
  calls?: Partial<CallLimits>;
  /** Labels of agent tokens (`KB_AGENT_TOKENS=label:token`), stored with events instead of the token. */
  tokenLabels?: TokenLabels;
  /** Recording of searches, opens and feedback; on (SQLite in the state file) when undefined. */
  events?: EventsConfig;
  /** Proxies whose X-Forwarded-For is believed (`KB_TRUST_PROXY`, see trustProxyFrom); none when undefined. */
  trustProxy?: number | string[];
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
  allowedOrigins: 'KB_ALLOWED_ORIGINS',
  callsPerClient: 'KB_CALLS_PER_CLIENT',
  streamsPerClient: 'KB_CALL_STREAMS_PER_CLIENT',
  callIdleMinutes: 'KB_CALL_IDLE_MINUTES',
  callMaxChars: 'KB_CALL_MAX_CHARS',
  events: 'KB_EVENTS',
  databaseUrl: 'KB_DATABASE_URL',
  retentionDays: 'KB_EVENTS_RETENTION_DAYS',
  trustProxy: 'KB_TRUST_PROXY',
} as const;

/** Exactly scheme://host[:port]: what a browser sends as Origin. */
const origin = z.string().refine((o) => URL.canParse(o) && new URL(o).origin === o);

/** KB_ALLOWED_ORIGINS: comma-separated origins, each exactly scheme://host[:port]. */
export function allowedOriginsFrom(env: NodeJS.ProcessEnv): string[] {
  const origins = (env[ENV.allowedOrigins] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of origins) {
    if (!origin.safeParse(o).success) {
      throw new KbError('config.bad-origin', `${ENV.allowedOrigins}: "${o}" is not an origin`, 'write each as scheme://host[:port] with no path or trailing slash, e.g. https://console.example.com');
    }
  }
  return origins;
}

/** Live-call caps from the environment, defaults for what is not set. */
export function callLimitsFrom(env: NodeJS.ProcessEnv): CallLimits {
  return {
    ...DEFAULT_CALL_LIMITS,
    callsPerClient: envNumber(env, ENV.callsPerClient, { fallback: DEFAULT_CALL_LIMITS.callsPerClient, code: BAD_NUMBER }),
    streamsPerClient: envNumber(env, ENV.streamsPerClient, { fallback: DEFAULT_CALL_LIMITS.streamsPerClient, code: BAD_NUMBER }),
    idleMinutes: envNumber(env, ENV.callIdleMinutes, { fallback: DEFAULT_CALL_LIMITS.idleMinutes, code: BAD_NUMBER, whole: false }),
    maxChars: envNumber(env, ENV.callMaxChars, { fallback: DEFAULT_CALL_LIMITS.maxChars, code: BAD_NUMBER }),
  };
}

const BAD_NUMBER = 'config.bad-number';

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
  const flag = envSetting(env, ENV.events, z.enum(['on', 'off'], { error: 'must be "on" or "off"' }), 'config.bad-events') ?? 'on';
  const databaseUrl = env[ENV.databaseUrl] || undefined;
  return { enabled: flag === 'on', retentionDays: retentionDaysFrom(env[ENV.retentionDays]), ...(databaseUrl ? { databaseUrl } : {}) };
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** KB_LOG_LEVEL, checked here: pino's own error for an unknown level is no help to an operator. */
export function logLevelFrom(env: NodeJS.ProcessEnv): string {
  const level = z.enum(LOG_LEVELS, { error: 'must be a log level' });
  return envSetting(env, ENV.logLevel, level, 'config.bad-log-level', () => `use one of: ${LOG_LEVELS.join(', ')}`) ?? 'info';
}

export function rateLimitFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return envNumber(env, name, { fallback, code: 'config.bad-rate-limit', expected: 'a whole number of requests per minute' });
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
