import type { QueryAnalysis, QueryTerm, TermKind } from '../analysis/analyzer.js';
import { ASIDE_WEIGHT } from '../analysis/focus.js';
import { QueryError } from '../errors.js';
import type { Clause } from '../index/clause.js';
import type { CompiledIndex } from '../index/compiledIndex.js';
import { GRAM_FIELDS, WORD_FIELDS, type IndexField } from '../index/lunrIndex.js';
import { hasTermNumber, scoreAllDocs, termNumber } from '../index/scoreClauses.js';
import type { Hit, Locale, Scope, SearchOptions } from '../types.js';
import { comparesWithUs, Elsewhere, type ElsewhereName } from '../relevance/elsewhere.js';
import { QUERY_CALIBRATION, type Calibration, type CallSignals } from '../relevance/confidence.js';
import type { FusionWeights, RelevanceModel } from '../relevance/relevanceModel.js';
import type { KnowledgeBase } from './knowledgeBase.js';
import { RESULT_LIMITS } from './resultLimits.js';
import { detectLocale } from './locale.js';
import { highlightPatterns, snippet } from './snippet.js';

/** Longest query accepted. A question is a line or two; anything longer is pasted by mistake. */
export const MAX_QUERY_CHARS = 1000;

/**
 * Weight of a term by kind. Synonym keys match every word of a group, so they count for
 * less than the word the user actually typed; codes (MT103, 71A) are precise and count
 * more; bare numbers are amounts and dates ("25刀", "10000") that match articles' example
 * figures by accident, so they count least; a topic inferred from the figures (two amounts
 * a little apart) is the customer's problem itself, said in numbers, so it counts double a
 * code: at a code's weight, "wired 8,500 but only 8,470 landed" found the not-arrived
 * article through "wire" and "account" (over 24 query sets and 19 call sets, the change moved
 * nothing else but one call set up and one right answer to confident).
 */
const TERM_BOOST: Record<TermKind, number> = { han: 1, latin: 1, code: 1.5, number: 0.3, synonym: 0.6, corrected: 0.8, inferred: 3 };
const PREFIX_BOOST = 0.5;
const GRAM_BOOST = 1;

/**
 * How much matching more of the query counts (see coordination.ts) when the knowledge
 * base has no term model (from about 1,000 articles up; see relevanceModel.ts). The term
 * model scores an article by all the query's words at once, and with it this power cost
 * more than it gave (BANKING77 train, a held-out fold: R@1 0.887 → 0.872). Without it,
 * lunr's per-field cosine lets one rare word in another article's similar question win:
 * MRR@10 on 800 generated queries at 5,000 articles 0.854 → 0.985, on the dev set's 309
 * queries among them 0.934 → 0.951. Tuned on the generated corpus of 5,000 articles
 * (exponents 1, 2, 3); checked at 20,000 and on a corpus of another seed (README, "At scale").
 */
export const COORDINATION_POWER = 2;

/**
 * The coordination exponent with a term model: a light touch. The model weighs all the
 * query's words, but the lexical score it is fused with still let one rare word in another
 * article's similar question outrank an article that matches most of a long, colloquial
 * query. Chosen on the sets the ranking may be tuned on (power 0, 0.25, 0.5, 0.75, 1):
 * 0.25 is the highest with no set lower, MRR@10 dev 0.979 → 0.984, holdout 0.978 → 0.979,
 * colloquial-heldout2 0.962 → 0.970, colloquial-heldout and colloquial-train unchanged
 * (0.5 and 1 gained more on dev and holdout but lost on both colloquial sets); BANKING77
 * train, one held-out fold, R@1 0.887 → 0.886, R@3 0.958 → 0.959 (power 1: 0.882).
 */
export const TERM_MODEL_COORDINATION_POWER = 0.25;

/** The coordination exponent a ranking uses: the option's, else by whether there is a term model. */
export function coordinationPower(model: RelevanceModel, opts: Pick<RankOptions, 'coordination'>): number {
  return opts.coordination ?? (model.model ? TERM_MODEL_COORDINATION_POWER : COORDINATION_POWER);
}

/** Results may come from the index's cache and are shared: treat them as read-only. */
export interface SearchResult {
  hits: Hit[];
  analysis: QueryAnalysis;
  locale: Locale;
  /** The query's terms that matched the hits, as the user wrote them. */
  matchedTerms: string[];
  /**
   * The top hit probably answers the query (its confidence reaches the calibration's threshold). False
   * with no hits, for chit-chat, and for questions the content does not cover.
   */
  confident: boolean;
}

export interface RankOptions {
  scope: Scope;
  locale: Locale;
  limit: number;
  category?: string;
  /** How the lexical score and the similar-question signals are weighed (default: for typed queries). */
  fusion?: FusionWeights;
  /** How the top hit's signals make its confidence (default: for typed queries). */
  calibration?: Calibration;
  /**
   * Exponent of the coordination factor (default: COORDINATION_POWER without a term model,
   * else TERM_MODEL_COORDINATION_POWER). A call transcript wanders over several topics: no article covers all its words.
   */
  coordination?: number;
  /** A call's own confidence signals (its surest turn, an agent's decline; see CallSignals); none for a typed query. */
  call?: CallSignals;
  /**
   * What the query names elsewhere when the caller has already looked (Elsewhere#named): none
   * when it compares us with them (comparesWithUs), so no hit is doubted for naming them.
   */
  named?: readonly ElsewhereName[];
}

/**
 * Ranked articles for a query, one row per article, in the query's language (or
 * `opts.locale`), falling back to the other locale when a translation is missing.
 * A query that matches nothing, or is only punctuation, returns no hits, never an error.
 */
export function search(kb: KnowledgeBase, query: string, opts: SearchOptions = {}): SearchResult {
  if (query.length > MAX_QUERY_CHARS) {
    throw new QueryError('query.too-long', `query: ${query.length} characters, the limit is ${MAX_QUERY_CHARS}`, 'shorten the query');
  }
  const limit = Math.min(Math.max(RESULT_LIMITS.min, opts.limit ?? 10), RESULT_LIMITS.max);
  const scope = opts.scope ?? 'agent';
  const key = opts.cache === false ? undefined : [scope, opts.locale, limit, opts.category, opts.prefix, query].join('\u0000');
  const cached = key === undefined ? undefined : (kb.searchCache.get(key) as SearchResult | undefined);
  if (cached) return cached;
  const analysis = kb.analyzer.analyzeQuery(query, { introduction: true });
  if (opts.prefix === false) delete analysis.partial;
  weighIntroduction(analysis, kb.index(scope));
  // Looked up at most once: comparesWithUs needs them only for some comparisons.
  let named: readonly ElsewhereName[] | undefined;
  const comparison = comparesWithUs(analysis.normalized, kb.ourNames, () => (named ??= kb.elsewhere.named(analysis)));
  const result = rankQuery(kb, analysis, { scope, locale: opts.locale ?? detectLocale(query), limit, category: opts.category, named: comparison ? [] : named });
  if (key !== undefined) kb.searchCache.set(key, result);
  return result;
}

/**
 * The words of a clause that introduces the writer (their town, their trade) which no
 * article of the scope has weigh as an aside's (introduction.ts): they can match nothing,
 * so they only took confidence away from the answer. The ones the content has (电子烟,
 * Tehran) stay: who the writer is may be what decides the answer.
 */
function weighIntroduction(analysis: QueryAnalysis, index: CompiledIndex): void {
  for (const t of analysis.introduced?.terms ?? []) if (termNumber(index, t.term) === undefined) t.weight = ASIDE_WEIGHT.waved;
  for (const g of analysis.introduced?.grams ?? []) if (termNumber(index, g.gram) === undefined) g.weight = ASIDE_WEIGHT.waved;
}

/** Ranks an analysed (possibly weighted) query: the core shared by typed search and call transcripts. */
export function rankQuery(kb: KnowledgeBase, analysis: QueryAnalysis, opts: RankOptions): SearchResult {
  const hits: Hit[] = [];
  const calibration = opts.calibration ?? QUERY_CALIBRATION;
  const patterns = highlightPatterns(analysis);
  const index = kb.index(opts.scope);
  const clauses = queryClauses(analysis);
  const model = kb.relevance(opts.scope);
  // Fusion may lift any lexical match above the lexically best ones: it sees them all.
  const lexical = scoreAllDocs(index, clauses, coordinationPower(model, opts));
  // Two hits at least, so the second can go first (promoteSurer) whatever the limit.
  const wanted = Math.max(opts.limit, 2);
  // The hits and the one after the last (its score is the last hit's gap); all only when some are skipped.
  let ranked = model.rank(analysis, lexical, opts.fusion, wanted + 1, index.refs);
  const negative = ranked.length ? kb.outOfScope(opts.scope).closest(analysis).similarity : 0;
  const named = ranked.length ? (opts.named ?? kb.elsewhere.named(analysis)) : [];
  const opening = named.length ? (analysis.normalized ?? '').toLowerCase().trimStart() : '';
  const refs: string[] = [];
  for (let i = 0; i < ranked.length; i++) {
    if (i + 1 === ranked.length && ranked.length === wanted + 1) ranked = model.rank(analysis, lexical, opts.fusion, Infinity, index.refs);
    const result = ranked[i]!;
    const entry = kb.entry(result.ref, opts.locale, opts.scope);
    if (!entry || (opts.category && entry.category !== opts.category)) continue;
    const article = kb.article(entry.id, entry.locale, opts.scope)!;
    const hit: Hit = {
      id: article.id,
      locale: article.locale,
      title: article.title,
      category: article.category,
      answer: article.answer,
      snippet: snippet(article, analysis, patterns, opts.scope, kb.analyzer, () => kb.passageWordsJson(article)),
      score: Math.round(result.score * 1000) / 1000,
      confidence: model.confidenceOf(analysis, ranked, i, calibration, negative, Elsewhere.signal(named, article, opening), opts.call),
    };
    // Last, as the JSON has always listed it.
    if (result.question) hit.matchedQuestion = result.question.text;
    hits.push(hit);
    refs.push(result.ref);
    if (hits.length >= wanted) break;
  }
  promoteSurer(hits, refs, calibration);
  if (hits.length > opts.limit) hits.length = refs.length = opts.limit;
  const matched = new Set<string>();
  const matchable = hits.length ? matchableTerms(index, clauses, analysis.terms) : [];
  for (const ref of refs) {
    const doc = docNumbers(index).get(ref);
    if (doc !== undefined) for (const m of matchable) if (!matched.has(m.term) && inAnyField(index, doc, m)) matched.add(m.term);
  }
  const matchedTerms = analysis.terms.filter((t) => matched.has(t.term) && t.kind !== 'synonym').map((t) => t.surfaces[0]!);
  return { hits, analysis, locale: opts.locale, matchedTerms: [...new Set(matchedTerms)], confident: (hits[0]?.confidence ?? 0) >= calibration.confidentAt };
}

/**
 * Puts the second hit first when the top hit is confident and the second's confidence exceeds
 * it by more than the calibration's `surerBy`. The fused score orders hits by how much of the
 * query they match and how closely; the confidence, fitted on which top hits were right, also
 * weighs what the score does not (the query's heaviest word missing, how much of it the title
 * and similar questions hold), and a second hit it is far surer of was more often the right
 * one: "if I pay the supplier friday evening when will it arrive" ranked paying a supplier
 * (0.55) above the cut-off times (0.93). Only between confident hits, so whether a result is
 * confident never changes: promoted below the threshold too, 42 more of the 17,565 out-of-scope
 * queries read were confident, for little gain. Each hit keeps its confidence; `refs` (the hits'
 * index refs) follow.
 */
function promoteSurer(hits: Hit[], refs: string[], calibration: Calibration): void {
  if (!secondIsFarSurer(hits, calibration)) return;
  [hits[0], hits[1]] = [hits[1]!, hits[0]!];
  [refs[0], refs[1]] = [refs[1]!, refs[0]!];
}

/** Whether the second of `hits` goes before the first (see promoteSurer): the first is confident, the second far surer. */
export function secondIsFarSurer(hits: readonly Hit[], calibration: Calibration): boolean {
  return hits.length > 1 && hits[0]!.confidence >= calibration.confidentAt && hits[1]!.confidence > hits[0]!.confidence + calibration.surerBy;
}

const docsOf = new WeakMap<CompiledIndex, Map<string, number>>();

/**
 * Article id → document number, made once per index: a hit's matched terms are looked up
 * in its document (a hit the index did not match has none of the query's terms there).
 */
function docNumbers(index: CompiledIndex): Map<string, number> {
  let found = docsOf.get(index);
  if (!found) docsOf.set(index, (found = new Map(index.refs.map((ref, doc) => [ref, doc]))));
  return found;
}

/**
 * The query's clauses, with lunr's query model (see Clause): the analysed terms over the
 * word fields, the word being typed as a prefix, the Chinese bigrams over the gram fields.
 * User text never reaches a query-string parser.
 */
export function queryClauses(analysis: QueryAnalysis): Clause[] {
  const clauses: Clause[] = analysis.terms.map((t) => ({ term: t.term, fields: WORD_FIELDS, boost: TERM_BOOST[t.kind] * t.weight, prefix: false }));
  if (analysis.partial) clauses.push({ term: analysis.partial.prefix, fields: WORD_FIELDS, boost: PREFIX_BOOST, prefix: true });
  for (const g of analysis.grams) clauses.push({ term: g.gram, fields: GRAM_FIELDS, boost: GRAM_BOOST * g.weight, prefix: false });
  return clauses;
}

/** An analysed term some clause expands to: its number in the index and the fields those clauses search. */
interface MatchableTerm {
  term: string;
  number: number;
  fields: IndexField[];
}

/**
 * The analysed terms a hit can have matched, looked up in the index once per query (not
 * once per hit): a term matches a document through any clause that expands to it, in any
 * of that clause's fields.
 */
function matchableTerms(index: CompiledIndex, clauses: Clause[], terms: QueryTerm[]): MatchableTerm[] {
  const out: MatchableTerm[] = [];
  for (const t of terms) {
    // A few fields: a list, in the order first met, each once.
    let fields: IndexField[] | undefined;
    for (const c of clauses) {
      if (!(c.prefix ? t.term.startsWith(c.term) : t.term === c.term)) continue;
      for (const f of c.fields) if (!fields?.includes(f)) (fields ??= []).push(f);
    }
    const number = fields ? termNumber(index, t.term) : undefined;
    if (number !== undefined) out.push({ term: t.term, number, fields: fields! });
  }
  return out;
}

/** True when document `doc` has the term in any of the fields its clauses search. */
function inAnyField(index: CompiledIndex, doc: number, m: MatchableTerm): boolean {
  for (let f = 0; f < m.fields.length; f++) if (hasTermNumber(index, doc, m.number, m.fields[f]!)) return true;
  return false;
}
