import { closestCluster, clusterBySimilarity, type ClusterItem } from '../clusterGaps.js';
import { byFrequency, mostFrequent, queryFeatures, queryKey } from '../queryTerms.js';
import type { GapSection } from '../reportModel.js';
import type { Periods } from '../reportInput.js';
import { isUnconfident, resolvedArticle, type SearchSession } from '../searchSessions.js';

export const GAP_CLUSTERS = 20;

interface GapItem extends ClusterItem {
  noConfident: boolean;
  topResult?: string;
}

/** A search the knowledge base failed: no confident answer, or nothing opened after it. */
export function isGap(s: SearchSession): boolean {
  return Boolean(s.search.query?.trim()) && (isUnconfident(s.search) || !resolvedArticle(s));
}

/** Failed searches clustered by similar wording, biggest first, with examples. */
export function gapsSection(p: Periods, limit = GAP_CLUSTERS): GapSection {
  const { analyze } = p.input;
  const toItem = (s: SearchSession): GapItem => {
    const query = s.search.query!.trim();
    return { query, key: queryKey(analyze, query), features: queryFeatures(analyze, query), noConfident: isUnconfident(s.search), topResult: s.search.resultIds?.[0] };
  };
  const current = p.sessions.filter(isGap).map(toItem);
  const previous = p.previousSessions.filter(isGap).map(toItem);
  const clusters = clusterBySimilarity(current).map((c) => ({ ...c, previous: 0 }));
  for (const item of previous) {
    const c = closestCluster(clusters, item.features);
    if (c) c.previous++;
  }
  return {
    total: { current: current.length, previous: previous.length },
    clusters: clusters.slice(0, limit).map((c) => {
      const examples = byFrequency(c.items.map((i) => i.query));
      return {
        label: examples[0]!,
        count: c.items.length,
        previous: c.previous,
        noConfident: c.items.filter((i) => i.noConfident).length,
        noOpen: c.items.filter((i) => !i.noConfident).length,
        examples: examples.slice(0, 5),
        topResult: mostFrequent(c.items.flatMap((i) => (i.topResult ? [i.topResult] : []))),
      };
    }),
  };
}
