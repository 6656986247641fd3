import { createHash } from 'node:crypto';
import OpenAI, { AzureOpenAI } from 'openai';
import type { Logger } from 'pino';
import type { Hit } from '../../types.js';
import { maskPersonalData } from '../personalData.js';
import type { Turn } from '../transcript.js';
import type { LlmConfig } from './llmConfig.js';
import type { RerankCacheStore } from './rerankCacheStore.js';

/** Why the answer is in the order it is: the model's, or the lexical one and why. */
export type RerankStatus = 'ok' | 'timeout' | 'error' | 'off';

export interface RerankInput {
  /** The derived (or typed) query. */
  query: string;
  /** Recent turns of the call, if any (masked again here, whatever the caller did). */
  transcript?: Turn[];
  candidates: Hit[];
}

export interface RerankOutcome {
  status: Exclude<RerankStatus, 'off'>;
  /** Candidate ids in the model's order, each with its short reason (status ok only). */
  ranking: Array<{ id: string; reason: string }>;
  /** What went wrong, for the response and the log (no customer text). */
  detail?: string;
  cached: boolean;
}

const SYSTEM_PROMPT = `You help support agents at a cross-border payments provider. You get what the customer needs (a question, or the latest turns of a phone call) and candidate knowledge-base articles. Rank the candidates from most to least useful for what the customer needs NOW (the latest question wins over earlier topics). Use only ids from the candidate list; leave out candidates that do not help. Reply with JSON only, no prose:
{"ranking": [{"id": "<candidate id>", "reason": "<at most 15 words>"}]}`;

const RECENT_TURNS = 6;
const MAX_REASON_CHARS = 200;

/**
 * Reorders lexical candidates with an LLM through the `openai` client (OpenAI, Azure
 * OpenAI, or any OpenAI-compatible server), under a hard deadline. Never throws and never
 * returns an id that was not a candidate; anything unexpected is an `error` outcome, and
 * the caller keeps the lexical order. Personal data is masked before the request is made.
 */
export class LlmReranker {
  private readonly client: OpenAI;

  constructor(
    readonly config: LlmConfig,
    private readonly cache?: RerankCacheStore,
    private readonly logger?: Logger,
  ) {
    const common = { apiKey: config.apiKey, maxRetries: 0, timeout: config.deadlineMs };
    this.client = config.azure
      ? new AzureOpenAI({ ...common, endpoint: config.azure.endpoint, apiVersion: config.azure.apiVersion, deployment: config.model })
      : new OpenAI({ ...common, baseURL: config.baseURL });
  }

  /** Reranks within `budgetMs` (the time left before the response is due). */
  async rerank(input: RerankInput, budget: number): Promise<RerankOutcome> {
    const started = performance.now();
    const candidates = input.candidates.slice(0, this.config.candidates);
    const prompt = userPrompt(input.query, input.transcript, candidates);
    const key = cacheKey(prompt.normalized, candidates.map((c) => c.id), this.config.model);
    const hit = await this.cache?.get(key);
    if (hit) {
      this.log('ok', started, { cached: true });
      return { status: 'ok', ranking: hit.ranking, cached: true };
    }
    // Whole milliseconds (the client rejects a fractional timeout), less what the cache took.
    const budgetMs = Math.floor(budget - (performance.now() - started));
    if (budgetMs <= 0) return this.done({ status: 'timeout', ranking: [], detail: 'no time left for the model', cached: false }, started);

    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<RerankOutcome>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ status: 'timeout', ranking: [], detail: `no answer within ${Math.round(budgetMs)} ms`, cached: false });
      }, budgetMs);
    });
    const call = this.client.chat.completions
      .create(
        {
          model: this.config.model,
          temperature: 0,
          max_tokens: 400,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: prompt.text },
          ],
        },
        { signal: controller.signal, timeout: budgetMs, maxRetries: 0 },
      )
      .then((completion): RerankOutcome => {
        const choice = completion.choices[0];
        if (!choice) return { status: 'error', ranking: [], detail: 'the reply has no choices', cached: false };
        if (choice.message.refusal) return { status: 'error', ranking: [], detail: 'the model refused', cached: false };
        if (choice.finish_reason === 'content_filter') return { status: 'error', ranking: [], detail: 'the reply was filtered', cached: false };
        const ranking = parseRanking(choice.message.content ?? '', new Set(candidates.map((c) => c.id)));
        if (typeof ranking === 'string') return { status: 'error', ranking: [], detail: ranking, cached: false };
        void this.cache?.put(key, this.config.model, { ranking });
        return { status: 'ok', ranking, cached: false };
      })
      .catch((err: unknown): RerankOutcome => {
        if (controller.signal.aborted) return { status: 'timeout', ranking: [], detail: `no answer within ${Math.round(budgetMs)} ms`, cached: false };
        const status = err instanceof OpenAI.APIError && err.status ? `HTTP ${err.status}` : `${(err as Error).name}: ${String((err as Error).message).slice(0, 120)}`;
        return { status: 'error', ranking: [], detail: `request failed: ${status}`, cached: false };
      });
    const outcome = await Promise.race([call, deadline]);
    clearTimeout(timer);
    return this.done(outcome, started);
  }

  private done(outcome: RerankOutcome, started: number): RerankOutcome {
    this.log(outcome.status, started, { cached: outcome.cached, detail: outcome.detail });
    return outcome;
  }

  private log(status: string, started: number, extra: Record<string, unknown>): void {
    this.logger?.info({ rerank: status, model: this.config.model, ms: Math.round(performance.now() - started), ...extra }, 'llm rerank');
  }
}

/** The user message, with personal data masked; `normalized` is its cache identity. */
function userPrompt(query: string, transcript: Turn[] | undefined, candidates: Hit[]): { text: string; normalized: string } {
  const lines = [`What the customer needs: ${maskPersonalData(query).text}`];
  if (transcript?.length) {
    lines.push('', 'Latest turns of the call:');
    for (const t of transcript.slice(-RECENT_TURNS)) lines.push(`${t.speaker}: ${maskPersonalData(t.text).text}`);
  }
  lines.push('', 'Candidates:');
  for (const c of candidates) lines.push(`- id: ${c.id}\n  title: ${c.title}\n  answer: ${c.answer}`);
  const text = lines.join('\n');
  return { text, normalized: text.toLowerCase().replace(/\s+/g, ' ').trim() };
}

function cacheKey(normalizedPrompt: string, ids: string[], model: string): string {
  return createHash('sha256').update(JSON.stringify([normalizedPrompt, ids, model])).digest('hex');
}

/**
 * The model's reply → candidate ids in its order, each once, with a reason. Accepts the
 * JSON object asked for, also wrapped in prose or a code fence, or a bare array of ids.
 * Returns a description of the problem when nothing usable is there.
 */
export function parseRanking(content: string, candidates: Set<string>): Array<{ id: string; reason: string }> | string {
  const start = content.search(/[[{]/);
  const end = Math.max(content.lastIndexOf('}'), content.lastIndexOf(']'));
  if (start === -1 || end < start) return 'the reply is not JSON';
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.slice(start, end + 1));
  } catch {
    return 'the reply is not valid JSON';
  }
  const list: unknown = Array.isArray(parsed) ? parsed : (parsed as { ranking?: unknown })?.ranking;
  if (!Array.isArray(list)) return 'the reply has no "ranking" list';
  const seen = new Set<string>();
  const ranking: Array<{ id: string; reason: string }> = [];
  for (const item of list) {
    const id = typeof item === 'string' ? item : (item as { id?: unknown })?.id;
    const reason = typeof item === 'object' && item !== null && typeof (item as { reason?: unknown }).reason === 'string' ? (item as { reason: string }).reason : '';
    if (typeof id !== 'string' || !candidates.has(id) || seen.has(id)) continue;
    seen.add(id);
    ranking.push({ id, reason: reason.slice(0, MAX_REASON_CHARS) });
  }
  return ranking.length ? ranking : 'the reply names no candidate id';
}
