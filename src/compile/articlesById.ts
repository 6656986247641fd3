import type { CompiledArticle } from '../types.js';

/** The compiled articles grouped by id (one per locale each), in the order they were given. */
export function articlesById<A extends Pick<CompiledArticle, 'id'>>(articles: readonly A[]): Map<string, A[]> {
  const byId = new Map<string, A[]>();
  for (const a of articles) {
    const group = byId.get(a.id);
    if (group) group.push(a);
    else byId.set(a.id, [a]);
  }
  return byId;
}
