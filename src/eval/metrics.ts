/**
 * Ranking metrics over "the rank of the first expected article" (1-based; null when it
 * is not in the returned list), plus the full ranked list for nDCG.
 */

export interface Judged {
  /** Distinct article ids as returned, best first. */
  ranked: string[];
  expected: string[];
}

/** 1-based position of the first expected id among the first `k` results, or null. */
export function firstRank(j: Judged, k = 10): number | null {
  const i = j.ranked.slice(0, k).findIndex((id) => j.expected.includes(id));
  return i === -1 ? null : i + 1;
}

export function meanReciprocalRank(judged: Judged[], k = 10): number {
  return mean(judged.map((j) => {
    const r = firstRank(j, k);
    return r ? 1 / r : 0;
  }));
}

export function recallAt(judged: Judged[], k: number): number {
  return mean(judged.map((j) => (firstRank(j, k) ? 1 : 0)));
}

/** nDCG@k with binary relevance: every expected id is relevant. */
export function ndcgAt(judged: Judged[], k: number): number {
  return mean(judged.map((j) => {
    const dcg = j.ranked.slice(0, k).reduce((s, id, i) => s + (j.expected.includes(id) ? 1 / Math.log2(i + 2) : 0), 0);
    const ideal = Array.from({ length: Math.min(new Set(j.expected).size, k) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
    return ideal ? dcg / ideal : 0;
  }));
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
