import { jaccard, shared } from './queryTerms.js';

/** Two wordings belong together from this Jaccard similarity of words + bigrams up. */
export const CLUSTER_SIMILARITY = 0.3;
/** ...and when they share at least this many words or bigrams: one common word ("card") is not a topic. */
export const MIN_SHARED = 2;

export interface ClusterItem {
  query: string;
  /** Analysed key: items with the same key are always in one cluster. */
  key: string;
  features: ReadonlySet<string>;
}

export interface Cluster<T extends ClusterItem> {
  /** The features of the cluster's first (biggest) wording, which later items are compared to. */
  seed: ReadonlySet<string>;
  items: T[];
}

/**
 * Greedy single-pass clustering, biggest first: identical keys are grouped, the groups are
 * visited from most to least frequent, and each joins the most similar existing cluster
 * whose seed it matches at `threshold` or above (sharing at least MIN_SHARED features), or starts a new one. Comparing with the
 * seed, not a growing union, keeps a cluster from drifting into a neighbouring topic; and
 * the result depends only on the counts, not on the order events arrived in.
 */
export function clusterBySimilarity<T extends ClusterItem>(items: readonly T[], threshold = CLUSTER_SIMILARITY): Array<Cluster<T>> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.key, [...(groups.get(item.key) ?? []), item]);
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.key.localeCompare(b[0]!.key));
  const clusters: Array<Cluster<T>> = [];
  for (const group of ordered) {
    const target = closestCluster(clusters, group[0]!.features, threshold);
    if (target) target.items.push(...group);
    else clusters.push({ seed: group[0]!.features, items: [...group] });
  }
  return clusters.sort((a, b) => b.items.length - a.items.length);
}

/** The cluster whose seed is most similar to `features`, if any reaches `threshold`. */
export function closestCluster<C extends { seed: ReadonlySet<string> }>(clusters: readonly C[], features: ReadonlySet<string>, threshold = CLUSTER_SIMILARITY): C | undefined {
  let best: C | undefined;
  let bestScore = threshold;
  for (const c of clusters) {
    const score = jaccard(c.seed, features);
    if (shared(c.seed, features) < MIN_SHARED) continue;
    if (score >= bestScore && (!best || score > bestScore)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
