import type { ConsoleHit } from './apiTypes.js';
import { categoryName } from './categories.js';
import { el, setSafeHtml } from './dom.js';
import { freshnessOf, type Freshness } from './freshness.js';
import { t } from './i18n.js';

/** One result, as both the search list and the live call's suggestions show it. */
export function hitItem(hit: ConsoleHit, options: { id: string; open: boolean; extraClass?: string; isNew?: boolean; attrs?: Record<string, string> }): HTMLLIElement {
  const snippet = el('p', { className: 's-snippet' });
  setSafeHtml(snippet, hit.snippet); // HTML-escaped by the server, <mark> only
  const title = el('span', { className: 's-title', attrs: { title: hit.title } }, [hit.title]);
  if (options.isNew) title.append(' ', el('span', { className: 's-new', text: t('newBadge') }));
  const fresh = el('span', { className: 's-fresh', attrs: { 'data-fresh-id': hit.id, 'data-fresh-locale': hit.locale } });
  paintFreshness(fresh, freshnessOf(hit.id, hit.locale));
  const meta: Array<Node | null> = [
    el('span', { className: 's-cat', text: categoryName(hit.category), attrs: { 'data-cat': hit.category } }),
    fresh,
    typeof hit.confidence === 'number' ? el('span', { className: 's-conf', text: t('confidence', { pct: Math.round(hit.confidence * 100) }), attrs: { 'data-confidence': String(hit.confidence) } }) : null,
  ];
  const className = ['suggestion', options.extraClass, options.open ? 'is-open' : ''].filter(Boolean).join(' ');
  return el('li', { className, id: options.id, attrs: { 'data-id': hit.id, lang: hit.locale, ...options.attrs } }, [
    el('div', { className: 's-head' }, [title]),
    el('p', { className: 's-meta' }, meta),
    el('p', { className: 's-answer', text: hit.answer }),
    snippet,
    hit.reason ? el('p', { className: 's-reason' }, [el('span', { className: 's-reason-label', text: t('reasonLabel') }), hit.reason]) : null,
  ]);
}

/** "reviewed 2026-03-01", or the overdue date in the warning colour. */
function paintFreshness(node: HTMLElement, f: Freshness | undefined): void {
  node.textContent = f ? (f.stale ? t('reviewOverdue', { date: f.reviewDue }) : t('reviewedOn', { date: f.reviewed })) : '';
  node.dataset.stale = f ? String(f.stale) : '';
  node.hidden = !f;
}

/** Fills in the freshness of every result on screen that has become known. */
export function repaintFreshness(): void {
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('.s-fresh[data-fresh-id]'))) {
    paintFreshness(node, freshnessOf(node.dataset.freshId!, node.dataset.freshLocale as 'zh-CN' | 'en'));
  }
}

/** The "No confident match" notice above a list that still shows its candidates (issue 11). */
export function paintConfidence(notice: HTMLElement, confident: boolean | undefined, hitCount: number): void {
  const unsure = confident === false && hitCount > 0;
  notice.textContent = unsure ? t('notConfident') : '';
  notice.hidden = !unsure;
}
