import { KbError } from '../../errors.js';
import { envNumber } from '../../shared/envSettings.js';

/** How to reach the model. Only from the environment: the API key is a secret. */
export interface LlmConfig {
  model: string;
  apiKey: string;
  /** OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp, ...); OpenAI itself when unset. */
  baseURL?: string;
  /** Azure OpenAI: the resource endpoint and API version; `model` is the deployment name. */
  azure?: { endpoint: string; apiVersion: string };
  /** The whole assist answer is due this long after the request arrived. */
  deadlineMs: number;
  /** How many lexical candidates the model re-orders. */
  candidates: number;
  /** How long a cached rerank stays valid. */
  cacheTtlSeconds: number;
}

export const LLM_ENV = {
  model: 'KB_LLM_MODEL',
  apiKey: 'KB_LLM_API_KEY',
  baseURL: 'KB_LLM_BASE_URL',
  azureEndpoint: 'KB_LLM_AZURE_ENDPOINT',
  azureApiVersion: 'KB_LLM_AZURE_API_VERSION',
  deadlineMs: 'KB_LLM_DEADLINE_MS',
  candidates: 'KB_LLM_CANDIDATES',
  cacheTtl: 'KB_LLM_CACHE_TTL_S',
} as const;

/**
 * Candidates sent to the model at most: each adds a title and an answer to the prompt, and
 * the lexical ranking is asked for this many hits on every line of a live call.
 */
export const MAX_LLM_CANDIDATES = 50;

const BAD_CONFIG = 'llm.bad-config';

/**
 * The LLM rerank configuration, or undefined when it is off (no KB_LLM_MODEL). A local
 * server needs no key; OpenAI and Azure do (KB_LLM_API_KEY, or OPENAI_API_KEY).
 */
export function llmConfigFrom(env: NodeJS.ProcessEnv): LlmConfig | undefined {
  const model = env[LLM_ENV.model]?.trim();
  if (!model) return undefined;
  const baseURL = env[LLM_ENV.baseURL]?.trim() || undefined;
  const azureEndpoint = env[LLM_ENV.azureEndpoint]?.trim() || undefined;
  const apiKey = env[LLM_ENV.apiKey]?.trim() || env.OPENAI_API_KEY?.trim() || (baseURL ? 'not-needed' : undefined);
  if (!apiKey) {
    throw new KbError('llm.no-key', `${LLM_ENV.model} is set but no API key`, `set ${LLM_ENV.apiKey} (or ${LLM_ENV.baseURL} for a local OpenAI-compatible server that needs none)`);
  }
  return {
    model,
    apiKey,
    baseURL,
    azure: azureEndpoint ? { endpoint: azureEndpoint, apiVersion: env[LLM_ENV.azureApiVersion]?.trim() || '2024-10-21' } : undefined,
    deadlineMs: envNumber(env, LLM_ENV.deadlineMs, { fallback: 1500, code: BAD_CONFIG }),
    candidates: envNumber(env, LLM_ENV.candidates, { fallback: 8, code: BAD_CONFIG, max: MAX_LLM_CANDIDATES, maxHint: 'each candidate lengthens the prompt and the wait' }),
    cacheTtlSeconds: envNumber(env, LLM_ENV.cacheTtl, { fallback: 86_400, code: BAD_CONFIG }),
  };
}
