import { reviewDue } from '../../content/reviewDates.js';
import type { ArticleInfo } from '../articleCatalog.js';
import { DAY_MS, dayOf } from '../period.js';
import type { StaleArticle, StaleSection } from '../reportModel.js';
import type { Periods } from '../reportInput.js';

/** An article counts as stale when its review is overdue or due within this many days. */
export const DUE_SOON_DAYS = 30;

/** Review dates as of `at`: due date and days overdue (negative: not yet due). */
export function reviewStatus(a: Pick<ArticleInfo, 'reviewed' | 'reviewEveryDays'>, at: number): { due: string; overdueDays: number } {
  const due = reviewDue(a).getTime();
  return { due: dayOf(due), overdueDays: Math.floor((at - due) / DAY_MS) };
}

/** Articles overdue or due soon at the end of the period, by owner, the busiest owner first. */
export function staleSection(p: Periods): StaleSection {
  const { until, since } = p.input;
  const views = new Map<string, number>();
  for (const e of p.current) if (e.type === 'open' && e.articleId) views.set(e.articleId, (views.get(e.articleId) ?? 0) + 1);
  const isStale = (a: ArticleInfo, at: number) => reviewStatus(a, at).overdueDays >= -DUE_SOON_DAYS;
  const owners = new Map<string, StaleArticle[]>();
  for (const a of p.articlesInScope) {
    if (!isStale(a, until)) continue;
    const row: StaleArticle = { id: a.id, title: a.title, reviewed: a.reviewed, ...reviewStatus(a, until), views: views.get(a.id) ?? 0 };
    owners.set(a.owner, [...(owners.get(a.owner) ?? []), row]);
  }
  const byOwner = [...owners.entries()].map(([owner, articles]) => ({
    owner,
    views: articles.reduce((n, a) => n + a.views, 0),
    articles: articles.sort((x, y) => y.views - x.views || y.overdueDays - x.overdueDays),
  }));
  return {
    count: { current: p.articlesInScope.filter((a) => isStale(a, until)).length, previous: p.articlesInScope.filter((a) => isStale(a, since)).length },
    byOwner: byOwner.sort((a, b) => b.views - a.views || b.articles.length - a.articles.length || a.owner.localeCompare(b.owner)),
  };
}
