import type { FeedbackReason, StoredEvent } from '../../events/event.js';
import type { ArticleRow, ArticlesSection } from '../reportModel.js';
import { share, type Periods } from '../reportInput.js';

const MAX_COMMENTS = 5;

/** Per article: views, rank when opened, copies, feedback; the ones nobody found; helpfulness per category. */
export function articlesSection(p: Periods): ArticlesSection {
  const { articles } = p.input;
  const rows = new Map<string, ArticleRow & { ranks: number[] }>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      const a = articles.get(id);
      r = { id, title: a?.title ?? id, category: a?.category ?? 'unknown', views: { current: 0, previous: 0 }, meanRank: null, copies: 0, copyRate: 0, helpful: 0, notHelpful: 0, reasons: {}, comments: [], ranks: [] };
      rows.set(id, r);
    }
    return r;
  };
  for (const e of p.current) {
    if (!e.articleId) continue;
    if (e.type === 'open') {
      const r = row(e.articleId);
      r.views.current++;
      if (e.rank !== undefined && e.searchId !== undefined) r.ranks.push(e.rank);
    } else if (e.type === 'copy') row(e.articleId).copies++;
    else if (e.type === 'feedback') addFeedback(row(e.articleId), e);
  }
  for (const e of p.previous) if (e.type === 'open' && e.articleId && rows.has(e.articleId)) rows.get(e.articleId)!.views.previous++;
  const out = [...rows.values()].map(({ ranks, ...r }) => ({
    ...r,
    meanRank: ranks.length ? Math.round((ranks.reduce((a, b) => a + b, 0) / ranks.length) * 100) / 100 : null,
    copyRate: Math.min(1, share(r.copies, r.views.current)),
    comments: [...new Set(r.comments.reverse())].slice(0, MAX_COMMENTS),
  }));
  const opened = new Set(p.current.filter((e) => e.type === 'open').map((e) => e.articleId));
  return {
    rows: out.sort((a, b) => b.views.current - a.views.current || b.notHelpful - a.notHelpful || a.id.localeCompare(b.id)),
    unfound: p.articlesInScope.filter((a) => !opened.has(a.id)).map(({ id, title, category }) => ({ id, title, category })),
    helpfulByCategory: helpfulByCategory(p),
  };
}

function addFeedback(r: ArticleRow, e: StoredEvent): void {
  if (e.helpful) r.helpful++;
  else r.notHelpful++;
  if (!e.helpful && e.reason) r.reasons[e.reason as FeedbackReason] = (r.reasons[e.reason as FeedbackReason] ?? 0) + 1;
  if (e.comment) r.comments.push(e.comment);
}

function helpfulByCategory(p: Periods): ArticlesSection['helpfulByCategory'] {
  const count = (events: readonly StoredEvent[]) => {
    const by = new Map<string, { helpful: number; notHelpful: number }>();
    for (const e of events) {
      if (e.type !== 'feedback' || !e.articleId) continue;
      const category = p.input.articles.get(e.articleId)?.category ?? 'unknown';
      const c = by.get(category) ?? { helpful: 0, notHelpful: 0 };
      if (e.helpful) c.helpful++;
      else c.notHelpful++;
      by.set(category, c);
    }
    return by;
  };
  const now = count(p.current);
  const before = count(p.previous);
  const ratio = (c?: { helpful: number; notHelpful: number }) => (c && c.helpful + c.notHelpful ? c.helpful / (c.helpful + c.notHelpful) : null);
  return [...now.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([category, c]) => ({ category, ...c, ratio: ratio(c), previousRatio: ratio(before.get(category)) }));
}
