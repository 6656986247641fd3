import type { QueryAnalysis } from '../analysis/analyzer.js';
import type { KnowledgeBase } from '../query/knowledgeBase.js';
import { detectLocale } from '../query/locale.js';
import { rankQuery, type SearchResult } from '../query/search.js';
import { RESULT_LIMITS } from '../query/resultLimits.js';
import { TRANSCRIPT_FUSION_WEIGHTS } from '../relevance/relevanceModel.js';
import type { Hit, Locale, Scope } from '../types.js';
import { callConfidence } from './callConfidence.js';
import { deriveQuery, type DerivedQuery } from './deriveQuery.js';
import type { LlmReranker, RerankStatus } from './llm/reranker.js';
import type { Turn } from './transcript.js';

export interface AssistOptions {
  locale?: Locale;
  limit?: number;
  scope?: Scope;
}

export type AssistResult = Omit<SearchResult, 'analysis'> & Omit<DerivedQuery, 'analysis' | 'wordyTurns'>;

/** Ranked articles for a call transcript (lexical ranking; the LLM rerank is layered on top). */
export function assist(kb: KnowledgeBase, transcript: Turn[], opts: AssistOptions = {}): AssistResult {
  const scope = opts.scope ?? 'agent';
  const analysed = new Map<string, QueryAnalysis>();
  let derived = deriveQuery(kb.analyzer, transcript, -1, analysed);
  // A call's surest turn is a signal of its confidence, and when a typed search answers it with
  // confidence, it weighs in the call's query at least TURN_WEIGHTS.surest, more than the opening: a problem stated
  // mid-call stays among its terms (the same turns are read, so the signals stay the same).
  const { calibration, signals, surest } = callConfidence(kb, derived, scope);
  if (surest?.confident) derived = deriveQuery(kb.analyzer, transcript, surest.index, analysed);
  const lastCustomer = [...transcript].reverse().find((t) => t.speaker === 'customer');
  const locale = opts.locale ?? detectLocale(lastCustomer?.text ?? transcript.map((t) => t.text).join(' '));
  const { analysis: _analysis, ...ranked } = rankQuery(kb, derived.analysis, { scope, locale, limit: opts.limit ?? RESULT_LIMITS.assist, fusion: TRANSCRIPT_FUSION_WEIGHTS, calibration, coordination: 0, call: signals });
  const { analysis: _derivedAnalysis, wordyTurns: _wordyTurns, ...rest } = derived;
  return { ...rest, ...ranked };
}

export interface RerankedAssist extends AssistResult {
  /** `ok`: the model's order; otherwise the lexical order, and why. */
  rerank: RerankStatus;
  rerankDetail?: string;
}

/** Time kept back from the deadline for serialising and sending the answer. */
const SEND_MARGIN_MS = 15;

/**
 * Agent assist with the optional LLM rerank: the lexical ranking first, then the model
 * reorders the top candidates within whatever is left of `deadlineMs` since `startedAt`.
 * On timeout, error or no reranker, the lexical ranking is returned and `rerank` says why.
 */
export async function assistReranked(
  kb: KnowledgeBase,
  transcript: Turn[],
  opts: AssistOptions,
  reranker: LlmReranker | undefined,
  startedAt = performance.now(),
): Promise<RerankedAssist> {
  const limit = opts.limit ?? RESULT_LIMITS.assist;
  const lexical = assist(kb, transcript, { ...opts, limit: Math.max(limit, reranker?.config.candidates ?? 0) });
  return reranker ? rerankAssist(lexical, limit, reranker, startedAt) : { ...lexical, hits: lexical.hits.slice(0, limit), rerank: 'off' };
}

/**
 * The LLM step alone, on a lexical result computed with at least the reranker's number of
 * candidates: a live call shows that lexical result first, then this.
 */
export async function rerankAssist(lexical: AssistResult, limit: number, reranker: LlmReranker, startedAt: number): Promise<RerankedAssist> {
  if (!lexical.hits.length) return { ...lexical, rerank: 'off' };
  const budget = reranker.config.deadlineMs - (performance.now() - startedAt) - SEND_MARGIN_MS;
  const outcome = await reranker.rerank({ query: lexical.query, transcript: lexical.maskedTurns, candidates: lexical.hits }, budget);
  const hits = outcome.status === 'ok' ? applyRanking(lexical.hits, outcome.ranking, reranker.config.candidates) : lexical.hits;
  return { ...lexical, hits: hits.slice(0, limit), rerank: outcome.status, ...(outcome.detail ? { rerankDetail: outcome.detail } : {}) };
}

/** The model's order for the top `k` candidates (with reasons), then the rest of them, then the hits below. */
export function applyRanking(hits: Hit[], ranking: Array<{ id: string; reason: string }>, k: number): Hit[] {
  const top = hits.slice(0, k);
  const byId = new Map(top.map((h) => [h.id, h]));
  const ordered = ranking.flatMap(({ id, reason }) => {
    const hit = byId.get(id);
    return hit ? [{ ...hit, ...(reason ? { reason } : {}) }] : [];
  });
  const chosen = new Set(ordered.map((h) => h.id));
  return [...ordered, ...top.filter((h) => !chosen.has(h.id)), ...hits.slice(k)];
}
