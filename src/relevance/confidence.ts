/**
 * How sure the ranking is that a hit answers the query, in [0, 1], from signals the
 * ranking knows independently of the index's raw scores (which say nothing across
 * queries: an unrelated query can score higher than a right answer).
 */
export interface ConfidenceSignals {
  /** log(1 + the IDF weight of the query's informative terms): 0 for greetings and fillers. */
  informativeness: number;
  /** Share of that weight in words the content has at all, in [0, 1]. */
  known: number;
  /** Share of that weight the article matches (see ArticleTerms.coverage), in [0, 1]. */
  coverage: number;
  /** Share of that weight its title, similar questions and tags match, in [0, 1]. */
  keyCoverage: number;
  /** Share of the query's Chinese bigrams in the way the article is asked (key coverage for a query without Chinese), in [0, 1]. */
  gramCoverage: number;
  /** The heaviest informative word the article lacks, as a share of that weight, in [0, 1]. */
  missing: number;
  /** Similarity of the article's closest similar question, in [0, 1]. */
  similarity: number;
  /** The term model's probability for the article, in [0, 1]. */
  probability: number;
  /** Lead of this hit's fused score over the next hit's, relative to the top score, in [0, 1]. */
  gap: number;
}

/**
 * Logistic regression weights over the signals, fitted by scripts/fitConfidence.ts on the
 * development sets' top hits (right or wrong), the "fit" half of queries.oos.jsonl and
 * queries.oos-train2.jsonl; the other half and the holdout set are for reporting only.
 * The threshold leaves 4% of the fitted right top hits below it; a
 * cross-validation that holds out one kind of out-of-scope query at a time estimates how it generalises.
 */
const WEIGHTS: Record<keyof ConfidenceSignals, number> = {
  informativeness: 2.239,
  known: 1.686,
  coverage: 2.331,
  keyCoverage: 2.435,
  missing: -3.623,
  gramCoverage: 0.951,
  similarity: -0.243,
  probability: 1.993,
  gap: 0.973,
};
const BIAS = -10.434;

/** A result is confident when its top hit's confidence reaches this (chosen by the same script). */
export const CONFIDENT_AT = 0.218;

export function confidence(s: ConfidenceSignals): number {
  if (s.informativeness <= 0) return 0;
  let z = BIAS;
  for (const k of Object.keys(WEIGHTS) as Array<keyof ConfidenceSignals>) z += WEIGHTS[k] * s[k];
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
