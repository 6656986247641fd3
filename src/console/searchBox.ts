import { api, errorText, isAbort } from './api.js';
import type { ConsoleHit, Suggestions } from './apiTypes.js';
import { currentArticleId, openArticle } from './articlePane.js';
import { byId } from './dom.js';
import { origin } from './events.js';
import { fetchFreshness } from './freshness.js';
import { hitItem, paintConfidence, repaintFreshness } from './hitItem.js';
import { locale, t } from './i18n.js';
import { markedTerms } from './highlight.js';

/** Search as you type: a debounced /api/suggest, never showing an older query over a newer one. */

const DEBOUNCE_MS = 120;
const SUGGEST_LIMIT = '8';

const searchInput = byId<HTMLInputElement>('search');
const list = byId<HTMLUListElement>('suggestions');
const resultsStatus = byId<HTMLParagraphElement>('results-status');
const confidenceNotice = byId<HTMLParagraphElement>('results-confidence');

let hits: ConsoleHit[] = [];
let searchId: string | undefined;
let selected = -1;
/** The query whose hits are on screen. */
let shownQuery = '';
let debounceTimer: number | undefined;
let searchController: AbortController | undefined;
let searchSeq = 0;
/** Enter was pressed before the hits for the current text arrived: open the first one then. */
let openWhenReady = false;

export function currentQuery(): string {
  return searchInput.value.trim();
}

export function focusSearch(): void {
  searchInput.focus();
  searchInput.select();
}

function cancelSearch(): void {
  if (debounceTimer !== undefined) window.clearTimeout(debounceTimer);
  debounceTimer = undefined;
  searchController?.abort();
  searchController = undefined;
  searchSeq++;
  openWhenReady = false;
  list.removeAttribute('aria-busy');
  searchInput.classList.remove('is-busy');
}

function onSearchInput(): void {
  if (!currentQuery()) {
    cancelSearch();
    renderHits('', { hits: [] });
    return;
  }
  if (debounceTimer !== undefined) window.clearTimeout(debounceTimer);
  debounceTimer = window.setTimeout(() => void runSearch(), DEBOUNCE_MS);
}

/** Searches for the text in the box now (also after a language switch or a new token). */
export async function runSearch(): Promise<void> {
  if (debounceTimer !== undefined) window.clearTimeout(debounceTimer);
  debounceTimer = undefined;
  const q = currentQuery();
  if (!q) return renderHits('', { hits: [] });
  searchController?.abort();
  const controller = new AbortController();
  searchController = controller;
  const seq = ++searchSeq;
  list.setAttribute('aria-busy', 'true');
  searchInput.classList.add('is-busy');
  const params = new URLSearchParams({ q, locale: locale(), limit: SUGGEST_LIMIT });
  try {
    const data = await api<Suggestions>(`/api/suggest?${params}`, controller.signal);
    if (seq !== searchSeq) return; // an older query: never shown over a newer one
    renderHits(q, data);
    if (openWhenReady) {
      openWhenReady = false;
      openSelectedOrFirst();
    }
  } catch (e) {
    if (seq !== searchSeq || isAbort(e)) return;
    openWhenReady = false;
    renderHits(q, { hits: [] });
    setStatus(t('searchError', { msg: errorText(e) }), 'error');
  } finally {
    if (seq === searchSeq) {
      searchController = undefined;
      list.removeAttribute('aria-busy');
      searchInput.classList.remove('is-busy');
    }
  }
}

function setStatus(text: string, kind: 'count' | 'empty' | 'error' | '' = ''): void {
  resultsStatus.textContent = text;
  resultsStatus.className = kind ? `results-status is-${kind}` : 'results-status';
}

function renderHits(q: string, data: Pick<Suggestions, 'hits' | 'searchId' | 'confident'>): void {
  hits = data.hits;
  searchId = data.searchId;
  shownQuery = q;
  selected = -1;
  list.dataset.query = q;
  list.dataset.locale = locale();
  const open = currentArticleId();
  list.replaceChildren(...hits.map((hit, i) => hitItem(hit, { id: `suggestion-${i}`, open: hit.id === open, attrs: { role: 'option', 'aria-selected': 'false' } })));
  list.hidden = hits.length === 0;
  list.scrollTop = 0;
  paintConfidence(confidenceNotice, data.confident, hits.length);
  searchInput.setAttribute('aria-expanded', String(hits.length > 0));
  searchInput.removeAttribute('aria-activedescendant');
  if (!q) setStatus('');
  else if (hits.length) setStatus(t('resultsCount', { n: hits.length }), 'count');
  else setStatus(t('noMatch'), 'empty');
  void fetchFreshness(hits, repaintFreshness);
}

function select(index: number): void {
  const items = list.querySelectorAll<HTMLLIElement>('li[data-id]');
  selected = index;
  items.forEach((item, i) => {
    const on = i === index;
    item.classList.toggle('is-selected', on);
    item.setAttribute('aria-selected', String(on));
    if (on) item.scrollIntoView({ block: 'nearest' });
  });
  if (index >= 0 && items[index]) searchInput.setAttribute('aria-activedescendant', items[index].id);
  else searchInput.removeAttribute('aria-activedescendant');
}

function openHit(index: number): void {
  const hit = hits[index];
  if (!hit) return;
  const item = list.querySelectorAll<HTMLLIElement>('li[data-id]')[index];
  openArticle(hit.id, { origin: origin(searchId, index + 1), terms: item ? markedTerms(item) : [] });
}

function openSelectedOrFirst(): void {
  openHit(selected >= 0 ? selected : 0);
}

searchInput.addEventListener('input', (event) => {
  // While an IME is composing, the box holds pinyin, not the customer's words: wait for the characters.
  if ((event as InputEvent).isComposing) return;
  onSearchInput();
});
searchInput.addEventListener('compositionend', onSearchInput);

searchInput.addEventListener('keydown', (event) => {
  if (event.isComposing) return; // an IME is choosing characters: its keys are not ours
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!hits.length) return;
      event.preventDefault();
      const n = hits.length;
      select(event.key === 'ArrowDown' ? (selected + 1) % n : selected <= 0 ? n - 1 : selected - 1);
      break;
    }
    case 'Enter': {
      event.preventDefault();
      const q = currentQuery();
      if (!q) return;
      if (q !== shownQuery || debounceTimer !== undefined || searchController) {
        // The hits on screen are for older text: open the first hit for this text when it arrives.
        openWhenReady = true;
        if (debounceTimer !== undefined || !searchController) void runSearch();
        return;
      }
      openSelectedOrFirst();
      break;
    }
    case 'Escape': {
      event.preventDefault();
      searchInput.value = '';
      cancelSearch();
      renderHits('', { hits: [] });
      break;
    }
  }
});

list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the search box
list.addEventListener('click', (event) => {
  const item = (event.target as Element).closest<HTMLLIElement>('li[data-id]');
  if (!item) return;
  const index = hits.findIndex((h) => h.id === item.dataset.id);
  if (index < 0) return;
  select(index);
  openHit(index);
});
