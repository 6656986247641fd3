import { api } from './api.js';
import type { ArticleView, Locale } from './apiTypes.js';

/**
 * How fresh each article is (its review date), for the result lists. Suggest hits do not
 * carry it, so it comes from the article views: those the agent opened, and a background
 * fetch for the hits on screen, each once per page life.
 */

export interface Freshness {
  reviewed: string;
  reviewDue: string;
  stale: boolean;
}

const known = new Map<string, Freshness>();
const asked = new Set<string>();
const key = (id: string, loc: Locale) => `${id}|${loc}`;

export function freshnessOf(id: string, loc: Locale): Freshness | undefined {
  return known.get(key(id, loc));
}

export function rememberFreshness(view: ArticleView): void {
  if (view.agent) known.set(key(view.id, view.locale), { reviewed: view.agent.reviewed, reviewDue: view.agent.reviewDue, stale: view.agent.stale });
}

/** Fetches what is missing for these hits, one request at a time, then calls `done`. */
export async function fetchFreshness(hits: Array<{ id: string; locale: Locale }>, done: () => void): Promise<void> {
  let found = false;
  for (const hit of hits) {
    const k = key(hit.id, hit.locale);
    if (known.has(k) || asked.has(k)) continue;
    asked.add(k);
    try {
      rememberFreshness(await api<ArticleView>(`/api/articles/${encodeURIComponent(hit.id)}?locale=${encodeURIComponent(hit.locale)}`));
      found = true;
    } catch {
      asked.delete(k); // only cosmetic: asked again next time
      break;
    }
  }
  if (found) done();
}
