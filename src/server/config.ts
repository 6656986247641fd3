import { DEFAULT_CALL_LIMITS, type CallLimits } from '../assist/callSessions.js';
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
  /**
   * Browser origins (scheme://host:port) of consoles trusted to call the API from another
   * origin. Read from KB_ALLOWED_ORIGINS when not given.
   */
  allowedOrigins?: string[];
  /** Caps on live calls; read from the KB_CALL* variables when not given. */
  calls?: Partial<CallLimits>;
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
} as const;

/** KB_ALLOWED_ORIGINS: comma-separated origins, each exactly scheme://host[:port]. */
export function allowedOriginsFrom(env: NodeJS.ProcessEnv): string[] {
  const origins = (env[ENV.allowedOrigins] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(o);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== o) {
      throw new KbError('config.bad-origin', `${ENV.allowedOrigins}: "${o}" is not an origin`, 'write each as scheme://host[:port] with no path or trailing slash, e.g. https://console.example.com');
    }
  }
  return origins;
}

/** Live-call caps from the environment, defaults for what is not set. */
export function callLimitsFrom(env: NodeJS.ProcessEnv): CallLimits {
  return {
    ...DEFAULT_CALL_LIMITS,
    callsPerClient: positiveFrom(env, ENV.callsPerClient, DEFAULT_CALL_LIMITS.callsPerClient, true),
    streamsPerClient: positiveFrom(env, ENV.streamsPerClient, DEFAULT_CALL_LIMITS.streamsPerClient, true),
    idleMinutes: positiveFrom(env, ENV.callIdleMinutes, DEFAULT_CALL_LIMITS.idleMinutes, false),
    maxChars: positiveFrom(env, ENV.callMaxChars, DEFAULT_CALL_LIMITS.maxChars, true),
  };
}

function positiveFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, whole: boolean): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!(n > 0) || !Number.isFinite(n) || (whole && !Number.isInteger(n))) {
    throw new KbError('config.bad-number', `${name} must be a ${whole ? 'whole ' : ''}number above 0, got "${raw}"`, `unset it for the default, ${fallback}`);
  }
  return n;
}

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
