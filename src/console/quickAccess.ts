import { openArticle } from './articlePane.js';
import { byId, el } from './dom.js';
import { t } from './i18n.js';
import { storageJson, storageSet } from './storage.js';

/**
 * Agents reopen the same few articles all day: pinned ones, then the recently opened, each
 * one keystroke away (Alt+1 … Alt+9). Kept in localStorage: ids and titles only.
 */

interface Entry {
  id: string;
  title: string;
}

const PINNED_KEY = 'kb-console.pinned';
const RECENT_KEY = 'kb-console.recent';
const MAX_RECENT = 8;
const MAX_SHOWN = 9;

const bar = byId<HTMLElement>('quick');
let pinned: Entry[] = storageJson(() => localStorage, PINNED_KEY, [] as Entry[]);
let recent: Entry[] = storageJson(() => localStorage, RECENT_KEY, [] as Entry[]);

export function isPinned(id: string): boolean {
  return pinned.some((e) => e.id === id);
}

/** Pins or unpins; returns whether it is pinned now. */
export function togglePin(id: string, title: string): boolean {
  pinned = isPinned(id) ? pinned.filter((e) => e.id !== id) : [...pinned, { id, title }];
  storageSet(() => localStorage, PINNED_KEY, JSON.stringify(pinned));
  renderQuickAccess();
  return isPinned(id);
}

export function rememberOpened(id: string, title: string): void {
  recent = [{ id, title }, ...recent.filter((e) => e.id !== id)].slice(0, MAX_RECENT);
  for (const e of pinned) if (e.id === id) e.title = title; // follow the language shown
  storageSet(() => localStorage, RECENT_KEY, JSON.stringify(recent));
  storageSet(() => localStorage, PINNED_KEY, JSON.stringify(pinned));
  renderQuickAccess();
}

/** Pinned first, then recent ones not pinned, numbered 1 to 9. */
function shown(): Array<Entry & { kind: 'pinned' | 'recent' }> {
  const pins = pinned.map((e) => ({ ...e, kind: 'pinned' as const }));
  const rest = recent.filter((e) => !isPinned(e.id)).map((e) => ({ ...e, kind: 'recent' as const }));
  return [...pins, ...rest].slice(0, MAX_SHOWN);
}

export function renderQuickAccess(): void {
  const entries = shown();
  bar.hidden = entries.length === 0;
  bar.replaceChildren(
    el('span', { className: 'quick-label', text: pinned.length ? `${t('pinned')} · ${t('recent')}` : t('recent') }),
    ...entries.map((e, i) => {
      const b = el('button', { className: `quick-item is-${e.kind}`, attrs: { type: 'button', 'data-id': e.id, 'aria-keyshortcuts': `Alt+${i + 1}`, title: `Alt+${i + 1}` } }, [
        el('kbd', { className: 'quick-key kbd-only', text: String(i + 1) }),
        el('span', { className: 'quick-title', text: e.title }),
      ]);
      b.addEventListener('click', () => openArticle(e.id));
      return b;
    }),
  );
}

/** Alt+<n>: opens the n-th quick-access article. */
export function openQuick(n: number): boolean {
  const entry = shown()[n - 1];
  if (entry) openArticle(entry.id);
  return !!entry;
}
