import { byFrequency, mostFrequent, queryKey } from '../queryTerms.js';
import type { TopQuestion } from '../reportModel.js';
import type { Periods } from '../reportInput.js';
import { resolvedArticle } from '../searchSessions.js';

export const TOP_QUESTIONS = 20;

/** The most asked questions, one row per analysed-terms key, with the article they led to. */
export function topQuestionsSection(p: Periods, limit = TOP_QUESTIONS): TopQuestion[] {
  const { analyze, articles } = p.input;
  const key = (q: string) => queryKey(analyze, q);
  const rows = new Map<string, { queries: string[]; opened: string[] }>();
  for (const s of p.sessions) {
    const q = s.search.query?.trim();
    if (!q) continue;
    const k = key(q);
    const row = rows.get(k) ?? { queries: [], opened: [] };
    row.queries.push(q);
    const opened = resolvedArticle(s);
    if (opened) row.opened.push(opened);
    rows.set(k, row);
  }
  const previous = new Map<string, number>();
  for (const s of p.previousSessions) {
    const q = s.search.query?.trim();
    if (q) previous.set(key(q), (previous.get(key(q)) ?? 0) + 1);
  }
  return [...rows.entries()]
    .sort((a, b) => b[1].queries.length - a[1].queries.length || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([k, row]) => {
      const [query, ...variants] = byFrequency(row.queries);
      const top = mostFrequent(row.opened);
      return {
        key: k,
        query: query!,
        variants: variants.slice(0, 5),
        count: row.queries.length,
        previous: previous.get(k) ?? 0,
        topArticle: top ? { id: top, title: articles.get(top)?.title ?? top, opens: row.opened.filter((id) => id === top).length } : undefined,
      };
    });
}
