import { firstRank, meanReciprocalRank, ndcgAt, percentile, recallAt, type Judged } from './metrics.js';

/** How well `confident` separates answers from non-answers (rates in [0, 1]). */
export interface ConfidenceReport {
  /** In-domain queries whose top hit is right but marked not confident (target ≤ 0.05). */
  right_not_confident: number;
  /** Out-of-scope queries (`"expected": []`) marked not confident (target ≥ 0.90). */
  out_of_scope_not_confident: number;
  /** Confident answers whose top hit is right (out-of-scope ones never are). */
  confident_precision: number;
  /** Number of confident answers. */
  confident: number;
}

/** The `kb eval --json` report: exactly these keys. */
export interface EvalReport {
  /** All cases: in-domain and out-of-scope. */
  queries: number;
  /** Cases with expected articles: the ranking metrics are over these. */
  in_domain: number;
  /** Cases with `"expected": []`: there is no right answer, only not being confident. */
  out_of_scope: number;
  mrr: number;
  recall_at_1: number;
  recall_at_3: number;
  recall_at_10: number;
  ndcg_at_10: number;
  p50_ms: number;
  p99_ms: number;
  /** Null when the ranking reports no `confident` flag. */
  confidence: ConfidenceReport | null;
  /** In-domain cases whose first result is not an expected article. */
  misses: Array<{ query: string; expected: string[]; got: string | null; rank: number | null }>;
  /**
   * Where `confident` was wrong: a right top hit marked not confident, or an out-of-scope
   * query answered confidently (what an agent would read out). Empty without confidence.
   */
  confidence_errors: Array<{ query: string; kind: 'right_not_confident' | 'out_of_scope_confident'; got: string }>;
}

export interface EvalInput {
  query: string;
  /** Empty for an out-of-scope query. */
  expected: string[];
}

/** What a ranking returns: distinct article ids, best first, and maybe whether it is confident of the first. */
export type Ranking = string[] | { ids: string[]; confident: boolean };

/**
 * Runs every case through `rank`, timing each call, and computes the report. Ranking is
 * given as a function so the same evaluation serves typed queries and call transcripts.
 */
export function evaluate<T extends EvalInput>(cases: T[], rank: (c: T) => Ranking): EvalReport {
  const judged: Array<Judged & { query: string; confident?: boolean }> = [];
  const times: number[] = [];
  for (const c of cases) {
    const started = performance.now();
    const ranking = rank(c);
    times.push(performance.now() - started);
    const ids = Array.isArray(ranking) ? ranking : ranking.ids;
    judged.push({ query: c.query, expected: c.expected, ranked: [...new Set(ids)].slice(0, 10), ...(!Array.isArray(ranking) && { confident: ranking.confident }) });
  }
  const inDomain = judged.filter((j) => j.expected.length);
  const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
  return {
    queries: cases.length,
    in_domain: inDomain.length,
    out_of_scope: judged.length - inDomain.length,
    mrr: round(meanReciprocalRank(inDomain)),
    recall_at_1: round(recallAt(inDomain, 1)),
    recall_at_3: round(recallAt(inDomain, 3)),
    recall_at_10: round(recallAt(inDomain, 10)),
    ndcg_at_10: round(ndcgAt(inDomain, 10)),
    p50_ms: round(percentile(times, 50), 3),
    p99_ms: round(percentile(times, 99), 3),
    confidence: judged.every((j) => j.confident !== undefined) ? confidenceReport(judged as Array<Judged & { confident: boolean }>, round) : null,
    misses: inDomain
      .filter((j) => firstRank(j) !== 1)
      .map((j) => ({ query: j.query, expected: j.expected, got: j.ranked[0] ?? null, rank: firstRank(j) })),
    confidence_errors: judged.flatMap((j) => {
      const kind = confidenceError(j);
      return kind ? [{ query: j.query, kind, got: j.ranked[0]! }] : [];
    }),
  };
}

function confidenceError(j: Judged & { confident?: boolean }): EvalReport['confidence_errors'][number]['kind'] | null {
  if (j.confident === undefined) return null;
  if (j.expected.length) return !j.confident && firstRank(j, 1) === 1 ? 'right_not_confident' : null;
  return j.confident ? 'out_of_scope_confident' : null;
}

function confidenceReport(judged: Array<Judged & { confident: boolean }>, round: (x: number) => number): ConfidenceReport {
  const right = judged.filter((j) => j.expected.length && firstRank(j, 1) === 1);
  const outOfScope = judged.filter((j) => !j.expected.length);
  const confident = judged.filter((j) => j.confident);
  const share = (n: number, d: number) => (d ? round(n / d) : 0);
  return {
    right_not_confident: share(right.filter((j) => !j.confident).length, right.length),
    out_of_scope_not_confident: share(outOfScope.filter((j) => !j.confident).length, outOfScope.length),
    confident_precision: share(confident.filter((j) => firstRank(j, 1) === 1).length, confident.length),
    confident: confident.length,
  };
}
