import type { LlmConfig } from '../assist/llm/llmConfig.js';
import { KbError } from '../errors.js';

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
  /** SQLite file for state that outlives a build (the rerank cache). */
  stateFile: string;
}

/** Environment variables the server reads. Secrets come only from here, never from flags. */
export const ENV = {
  tokens: 'KB_AGENT_TOKENS',
  agentRateLimit: 'KB_RATE_LIMIT',
  publicRateLimit: 'KB_PUBLIC_RATE_LIMIT',
  logLevel: 'KB_LOG_LEVEL',
} as const;

export function agentTokensFrom(env: NodeJS.ProcessEnv): string[] {
  return (env[ENV.tokens] ?? '').split(',').map((t) => t.trim()).filter(Boolean);
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
