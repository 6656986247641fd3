import { firstRank, meanReciprocalRank, ndcgAt, percentile, recallAt, type Judged } from './metrics.js';

/** The `kb eval --json` report: exactly these keys. */
export interface EvalReport {
  queries: number;
  mrr: number;
  recall_at_1: number;
  recall_at_3: number;
  recall_at_10: number;
  ndcg_at_10: number;
  p50_ms: number;
  p99_ms: number;
  /** Cases whose first result is not an expected article. */
  misses: Array<{ query: string; expected: string[]; got: string | null; rank: number | null }>;
}

export interface EvalInput {
  query: string;
  expected: string[];
}

/**
 * Runs every case through `rank` (which returns distinct article ids, best first),
 * timing each call, and computes the report. Ranking is given as a function so the same
 * evaluation serves typed queries and call transcripts.
 */
export function evaluate<T extends EvalInput>(cases: T[], rank: (c: T) => string[]): EvalReport {
  const judged: Array<Judged & { query: string }> = [];
  const times: number[] = [];
  for (const c of cases) {
    const started = performance.now();
    const ranked = rank(c);
    times.push(performance.now() - started);
    judged.push({ query: c.query, expected: c.expected, ranked: [...new Set(ranked)].slice(0, 10) });
  }
  const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
  return {
    queries: cases.length,
    mrr: round(meanReciprocalRank(judged)),
    recall_at_1: round(recallAt(judged, 1)),
    recall_at_3: round(recallAt(judged, 3)),
    recall_at_10: round(recallAt(judged, 10)),
    ndcg_at_10: round(ndcgAt(judged, 10)),
    p50_ms: round(percentile(times, 50), 3),
    p99_ms: round(percentile(times, 99), 3),
    misses: judged
      .filter((j) => firstRank(j) !== 1)
      .map((j) => ({ query: j.query, expected: j.expected, got: j.ranked[0] ?? null, rank: firstRank(j) })),
  };
}
