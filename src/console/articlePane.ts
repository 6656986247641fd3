import { api, errorText, isAbort } from './api.js';
import type { ArticleView } from './apiTypes.js';
import { articleParts } from './articleParts.js';
import { announce, byId, el } from './dom.js';
import { sendEvent, type Origin } from './events.js';
import { rememberFreshness } from './freshness.js';
import { highlightTerms } from './highlight.js';
import { locale, t } from './i18n.js';
import { rememberOpened } from './quickAccess.js';

/** The article pane: one article at a time, addressed as #/article/<id>. */

const ARTICLE_ROUTE = /^#\/article\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const pane = byId<HTMLElement>('article');
/** The same breakpoint as the stylesheets: one column. */
const stacked = window.matchMedia('(max-width: 860px)');

let current: ArticleView | null = null;
let controller: AbortController | undefined;
let seq = 0;

/** How the article on screen was reached: for the copy and feedback events, and the highlights. */
interface Opened {
  id: string;
  origin: Origin;
  terms: string[];
}
let opened: Opened | null = null;

export function currentArticleId(): string | null {
  return current?.id ?? null;
}

export function currentArticle(): ArticleView | null {
  return current;
}

export function openedOrigin(): Origin {
  return opened?.origin ?? {};
}

export function routeId(): string | null {
  return ARTICLE_ROUTE.exec(location.hash)?.[1] ?? null;
}

/** Opens an article as the agent asked for it (a click, Enter, a shortcut): recorded as an `open` event. */
export function openArticle(id: string, how: { origin?: Origin; terms?: string[] } = {}): void {
  opened = { id, origin: how.origin ?? {}, terms: how.terms ?? [] };
  void sendEvent({ type: 'open', articleId: id, ...opened.origin });
  const hash = `#/article/${id}`;
  if (location.hash !== hash) history.pushState(null, '', hash);
  void loadArticle(id);
}

window.addEventListener('popstate', () => {
  const id = routeId();
  if (id && id !== current?.id) void loadArticle(id);
  else if (!id && !location.hash) showEmpty();
});

/** Shows an article in the console's language (again after a switch: the fills stay). */
export async function loadArticle(id: string): Promise<void> {
  controller?.abort();
  const mine = new AbortController();
  controller = mine;
  const mySeq = ++seq;
  pane.setAttribute('aria-busy', 'true');
  try {
    const view = await api<ArticleView>(`/api/articles/${encodeURIComponent(id)}?locale=${encodeURIComponent(locale())}`, mine.signal);
    if (mySeq !== seq) return;
    const isNew = view.id !== current?.id;
    renderArticle(view);
    if (isNew) {
      pane.scrollTop = 0;
      if (stacked.matches) pane.scrollIntoView({ block: 'start' }); // narrow window: the article is below the list
    }
    announce(t('opened', { title: view.title }));
  } catch (e) {
    if (mySeq !== seq || isAbort(e)) return;
    // Keep the article on screen if there is one; say what went wrong above it.
    pane.querySelector('.article-error')?.remove();
    pane.prepend(el('p', { className: 'article-error', text: t('articleError', { msg: errorText(e) }), attrs: { role: 'alert' } }));
  } finally {
    if (mySeq === seq) {
      pane.setAttribute('aria-busy', 'false');
      controller = undefined;
    }
  }
}

function showEmpty(): void {
  controller?.abort();
  seq++;
  current = null;
  opened = null;
  delete pane.dataset.id;
  delete pane.dataset.locale;
  pane.removeAttribute('aria-labelledby');
  pane.replaceChildren(
    el('div', { className: 'article-empty' }, [
      el('p', { className: 'empty-title', text: t('emptyTitle'), attrs: { 'data-i18n': 'emptyTitle' } }),
      el('p', { className: 'empty-help', text: t('emptyHelp'), attrs: { 'data-i18n': 'emptyHelp' } }),
    ]),
  );
  markOpenSuggestion();
}

function renderArticle(view: ArticleView): void {
  current = view;
  if (opened?.id !== view.id) opened = { id: view.id, origin: {}, terms: [] };
  rememberFreshness(view);
  rememberOpened(view.id, view.title);
  pane.dataset.id = view.id;
  pane.dataset.locale = view.locale;
  pane.setAttribute('aria-labelledby', 'article-title');
  pane.lang = view.locale;
  pane.replaceChildren(...articleParts(view));
  highlightTerms(Array.from(pane.querySelectorAll('.answer-text, .steps, .prose, .callout-text, .callout-body, .reply-text')), opened.terms);
  markOpenSuggestion();
}

/** Marks the open article in both result lists. */
function markOpenSuggestion(): void {
  for (const item of Array.from(document.querySelectorAll<HTMLLIElement>('#suggestions li[data-id], #call-suggestions li[data-id]'))) {
    item.classList.toggle('is-open', item.dataset.id === current?.id);
  }
}

pane.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-article-id]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  openArticle(link.dataset.articleId!);
  pane.focus({ preventScroll: true });
});

/** Moves the focus to the article (the skip link). */
export function focusArticle(): void {
  pane.focus();
}
