import type { QueryAnalysis } from '../../src/analysis/analyzer.js';
import { coordinate } from './referenceCoordination.js';
import { scoreAllClauses, type ScoredDoc } from '../../src/index/scoreClauses.js';
import type { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { coordinationPower, queryClauses, secondIsFarSurer, type RankOptions } from '../../src/query/search.js';
import { highlightPatterns, passageSources, renderPassage } from '../../src/query/snippet.js';
import { QUERY_CALIBRATION } from '../../src/relevance/confidence.js';
import { Elsewhere } from '../../src/relevance/elsewhere.js';
import { queryFeatures, type Features } from '../../src/relevance/features.js';
import { FUSION_WEIGHTS, type FusionWeights, type Ranked, type RelevanceModel } from '../../src/relevance/relevanceModel.js';
import type { Hit } from '../../src/types.js';

/**
 * The search written the straightforward way, for tests that prove the product's path
 * (scratch arrays, typed arrays, no object per candidate) returns exactly the same: every
 * lexical match as an object, the best similar question per article in a Map, every
 * candidate fused and the whole list sorted, each passage's analysed words in a Set.
 * Lexical scores come from scoreAllClauses, which test/index proves equal to lunr's, times
 * the coordination factor where the product applies it, counted clause by clause
 * (referenceCoordination.ts).
 */
export function referenceHits(kb: KnowledgeBase, analysis: QueryAnalysis, opts: RankOptions): Hit[] {
  const index = kb.index(opts.scope);
  const model = kb.relevance(opts.scope);
  const clauses = queryClauses(analysis);
  const lexical = coordinated(index, clauses, scoreAllClauses(index, clauses), coordinationPower(model, opts));
  const ranked = referenceRank(model, analysis, lexical, opts.fusion ?? FUSION_WEIGHTS);
  const patterns = highlightPatterns(analysis);
  // The closest out-of-scope example, the plain way: every similarity, their maximum.
  const negative = Math.max(0, ...kb.outOfScope(opts.scope).similarities(analysis));
  const named = kb.elsewhere.named(analysis);
  // A name that opens the query is what it asks about (Elsewhere.signal): the query as normalised, lowercased.
  const opening = (analysis.normalized ?? '').toLowerCase().trimStart();
  const hits: Hit[] = [];
  // Two at least: the second goes first when the calibration is far surer of it.
  for (let i = 0; i < ranked.length && hits.length < Math.max(opts.limit, 2); i++) {
    const r = ranked[i]!;
    const entry = kb.entry(r.ref, opts.locale, opts.scope);
    if (!entry || (opts.category && entry.category !== opts.category)) continue;
    const article = kb.article(entry.id, entry.locale, opts.scope)!;
    hits.push({
      id: article.id,
      locale: article.locale,
      title: article.title,
      category: article.category,
      answer: article.answer,
      snippet: referenceSnippet(kb, article, analysis, opts.scope, patterns),
      score: Math.round(r.score * 1000) / 1000,
      confidence: model.confidence(analysis, ranked, i, opts.calibration, negative, Elsewhere.signal(named, article, opening), opts.call).confidence,
      ...(r.question && { matchedQuestion: r.question.text }),
    });
  }
  if (secondIsFarSurer(hits, opts.calibration ?? QUERY_CALIBRATION)) hits.unshift(hits.splice(1, 1)[0]!);
  return hits.slice(0, opts.limit);
}

function referenceRank(model: RelevanceModel, analysis: QueryAnalysis, lexical: Array<{ ref: string; score: number }>, w: FusionWeights): Ranked[] {
  const labelOf = new Map(model.ids.map((id, label) => [id, label]));
  const query = queryFeatures(analysis);
  const best = bestQuestions(model, query);
  const probabilities = model.model && query.size ? model.model.probabilities(query) : undefined;
  const top = Math.max(0, ...lexical.map((r) => r.score));
  const candidates = new Map<number, number>();
  for (const r of lexical) {
    const label = labelOf.get(r.ref);
    if (label !== undefined && !candidates.has(label)) candidates.set(label, top > 0 ? r.score / top : 0);
  }
  for (const label of best.keys()) if (!candidates.has(label)) candidates.set(label, 0);
  return [...candidates]
    .map(([label, lex]): Ranked => {
      const match = best.get(label);
      const probability = probabilities ? probabilities[label]! : 0;
      return {
        ref: model.ids[label]!,
        label,
        score: w.lexical * lex + w.probability * probability + w.question * (match?.similarity ?? 0),
        lexical: lex,
        probability,
        ...(match && { question: { text: model.matcher.text(match.question), similarity: match.similarity } }),
      };
    })
    .sort((a, b) => b.score - a.score || a.label - b.label);
}

/** The best similar question of each article sharing a feature with the query: IDF-weighted cosine, the first of equals. */
function bestQuestions(model: RelevanceModel, query: Features): Map<number, { question: number; similarity: number }> {
  const { features, postingOffsets, postingQuestions, postingWeights, labels } = model.matcher.data;
  const weighed = [...query].map(([k, x]): [number, number] => [features.find(k), x * model.matcher.idfOf(k)]);
  const norm = Math.sqrt(weighed.reduce((s, [, v]) => s + v * v, 0));
  const dots = new Map<number, number>();
  for (const [k, v] of weighed) {
    if (k < 0) continue;
    const x = norm > 0 ? v / norm : v;
    for (let i = postingOffsets[k]!; i < postingOffsets[k + 1]!; i++) {
      const q = postingQuestions[i]!;
      dots.set(q, (dots.get(q) ?? 0) + x * postingWeights[i]!);
    }
  }
  const best = new Map<number, { question: number; similarity: number }>();
  for (const [q, similarity] of dots) {
    const seen = best.get(labels[q]!);
    if (!seen || similarity > seen.similarity) best.set(labels[q]!, { question: q, similarity: Math.min(1, similarity) });
  }
  return best;
}

function referenceSnippet(kb: KnowledgeBase, article: NonNullable<ReturnType<KnowledgeBase['article']>>, analysis: QueryAnalysis, scope: RankOptions['scope'], patterns: ReturnType<typeof highlightPatterns>): string {
  const words = kb.passageWords(article);
  let best = article.answer;
  let bestScore = 0;
  passageSources(article).forEach((p, i) => {
    if (scope !== 'agent' && p.internal) return;
    const terms = new Set(words?.[i] ?? kb.analyzer.analyze(p.text).words);
    let score = 0;
    for (const t of analysis.terms) if (terms.has(t.term)) score += t.kind === 'synonym' ? 0.5 : Math.min(t.term.length, 4);
    if (score > bestScore) {
      best = p.text;
      bestScore = score;
    }
  });
  return renderPassage(best, patterns);
}

/** The lexical matches with their scores times the coordination factor (unchanged at power 0). */
function coordinated(index: Parameters<typeof coordinate>[0], clauses: Parameters<typeof coordinate>[1], all: ScoredDoc[], power: number): ScoredDoc[] {
  const scores = { count: all.length, docs: Uint32Array.from(all, (d) => d.doc), scores: Float64Array.from(all, (d) => d.score) };
  coordinate(index, clauses, scores, power);
  return all.map((d, i) => ({ ...d, score: scores.scores[i]! }));
}
