import type { ConsoleHit, Entity, SuggestionsEvent } from './apiTypes.js';
import { currentArticleId, openArticle } from './articlePane.js';
import { call, markCallBusy, ui, type LiveCall } from './callState.js';
import { announce, el } from './dom.js';
import { origin } from './events.js';
import { fetchFreshness } from './freshness.js';
import { markedTerms } from './highlight.js';
import { hitItem, paintConfidence, repaintFreshness } from './hitItem.js';
import { locale, t, tMaybe } from './i18n.js';

/** What the live call understood, and the articles it suggests. */

/** A `suggestions` event from the call's stream. */
export function onSuggestions(c: LiveCall, event: SuggestionsEvent): void {
  if (event.turns < c.shownTurns) return; // an older line's answer, already overtaken
  c.shownTurns = event.turns;
  const shownBefore = call.lastEvent?.query ? call.lastEvent.hits : [];
  const before = new Set(shownBefore.map((h) => h.id));
  call.newHitIds = new Set(shownBefore.length ? event.hits.filter((h) => !before.has(h.id)).map((h) => h.id) : []);
  renderCallEvent(event);
  if (!ui.list.contains(document.activeElement)) ui.list.scrollTop = 0; // the best match in view
  const top = event.hits[0];
  if (event.query && top && top.id !== shownBefore[0]?.id) announce(t('topSuggestion', { title: top.title }));
}

export function renderCallWaiting(): void {
  ui.query.textContent = '';
  ui.queryEmpty.hidden = false;
  ui.entities.replaceChildren();
  ui.entities.hidden = true;
  ui.pii.hidden = true;
  ui.rerank.textContent = '';
  ui.confidence.hidden = true;
  ui.list.replaceChildren();
  ui.list.hidden = true;
  ui.resultsStatus.textContent = t('callWaiting');
  ui.resultsStatus.hidden = false;
}

/** In the agent's words: what the AI ranking did for this list. */
export function rerankLabel(event: SuggestionsEvent): string {
  if (!event.final) return t('rerankPending');
  switch (event.rerank) {
    case 'ok':
      return t('rerankOk');
    case 'timeout':
      return t('rerankTimeout');
    case 'error':
      return t('rerankError');
    default:
      return '';
  }
}

function entityChip(entity: Entity): HTMLLIElement {
  let label = '';
  let value = entity.text;
  let title = '';
  switch (entity.type) {
    case 'amount':
      label = t('entityAmount');
      if (typeof entity.value === 'number') value = [new Intl.NumberFormat(locale()).format(entity.value), entity.currency].filter(Boolean).join(' ');
      break;
    case 'mt103':
      value = 'MT103';
      break;
    case 'uetr': {
      label = 'UETR';
      const full = String(entity.value ?? entity.text);
      value = `${full.slice(0, 8)}…`;
      title = full;
      break;
    }
    case 'swift_bic':
      label = 'SWIFT';
      value = String(entity.value ?? entity.text);
      break;
    case 'date':
      label = t('entityDate');
      break;
    case 'duration':
      label = t('entityDuration');
      break;
  }
  return el('li', { className: 'entity', attrs: { 'data-type': entity.type, ...(title ? { title } : {}) } }, [
    label ? el('span', { className: 'entity-type', text: label }) : null,
    el('span', { className: 'entity-value', text: value }),
  ]);
}

export function renderCallEvent(event: SuggestionsEvent): void {
  call.lastEvent = event;
  ui.query.textContent = event.query;
  ui.queryEmpty.hidden = event.query !== '';

  // The same amount said twice is one chip.
  const seen = new Set<string>();
  const entities = event.entities.filter((e) => {
    const key = `${e.type}\u0000${e.value ?? e.text}\u0000${e.currency ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  ui.entities.replaceChildren(...entities.map(entityChip));
  ui.entities.hidden = entities.length === 0;

  const kinds = event.personalData.map((k) => tMaybe(`pii${k}`, k));
  ui.pii.textContent = kinds.length ? t('piiMasked', { kinds: kinds.join(t('piiSep')) }) : '';
  ui.pii.hidden = kinds.length === 0;

  ui.rerank.textContent = rerankLabel(event);
  ui.rerank.dataset.rerank = event.final ? event.rerank : 'pending';
  if (event.rerankDetail) ui.rerank.title = event.rerankDetail;
  else ui.rerank.removeAttribute('title');

  // Greetings and small talk leave no topic: the hits for them are noise, so none are shown.
  const hits = event.query ? event.hits : [];
  const focusedId = ui.list.contains(document.activeElement) ? (document.activeElement as HTMLElement).closest<HTMLElement>('li[data-id]')?.dataset.id : undefined;
  const focusedIndex = focusedId ? Array.from(ui.list.children).findIndex((li) => (li as HTMLElement).dataset.id === focusedId) : -1;
  ui.list.dataset.turns = String(event.turns);
  ui.list.dataset.final = String(event.final);
  ui.list.dataset.locale = event.locale;
  ui.list.replaceChildren(...hits.map((hit, i) => callItem(hit, i)));
  ui.list.hidden = hits.length === 0;
  paintConfidence(ui.confidence, event.confident, hits.length);
  markCallBusy(call.live);

  if (!event.query) ui.resultsStatus.textContent = t('callWaiting');
  else if (!hits.length) ui.resultsStatus.textContent = t('callNoMatch');
  else ui.resultsStatus.textContent = '';
  ui.resultsStatus.hidden = ui.resultsStatus.textContent === '';
  void fetchFreshness(hits, repaintFreshness);

  // Re-rendering never moves the focus, except back onto the list when it was there.
  if (focusedIndex >= 0) {
    const items = ui.list.querySelectorAll<HTMLLIElement>('li[data-id]');
    const same = Array.from(items).find((li) => li.dataset.id === focusedId);
    (same ?? items[Math.min(focusedIndex, items.length - 1)])?.focus({ preventScroll: true });
  }
}

function callItem(hit: ConsoleHit, i: number): HTMLLIElement {
  return hitItem(hit, { id: `call-suggestion-${i}`, open: hit.id === currentArticleId(), extraClass: 'call-suggestion', isNew: call.newHitIds.has(hit.id), attrs: { tabindex: '0' } });
}

function openSuggestion(item: HTMLLIElement): void {
  const id = item.dataset.id!;
  const rank = call.lastEvent?.hits.findIndex((h) => h.id === id) ?? -1;
  openArticle(id, { origin: origin(call.lastEvent?.searchId, rank >= 0 ? rank + 1 : undefined), terms: markedTerms(item) });
}

// Click or Enter opens the article; ↑↓ move between suggestions.
ui.list.addEventListener('mousedown', (event) => {
  if (document.activeElement === ui.line) event.preventDefault(); // keep the focus where the agent is typing
});
ui.list.addEventListener('click', (event) => {
  const item = (event.target as Element).closest<HTMLLIElement>('li[data-id]');
  if (item) openSuggestion(item);
});
ui.list.addEventListener('keydown', (event) => {
  const item = (event.target as Element).closest<HTMLLIElement>('li[data-id]');
  if (!item) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openSuggestion(item);
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling;
    (next as HTMLElement | null)?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    ui.line.focus();
  }
});
