import type { ArticleView } from './apiTypes.js';
import { currentArticle } from './articlePane.js';
import { copyText, showCopyStatus } from './clipboard.js';
import { el } from './dom.js';
import { feedbackBar } from './feedback.js';
import { t } from './i18n.js';
import { isPinned, togglePin } from './quickAccess.js';

/** The article's tool row: copy steps, copy a link for a colleague, pin, and the feedback buttons. */
export function articleTools(v: ArticleView): HTMLElement {
  const status = el('span', { className: 'tools-status', id: 'tools-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = (id: string, label: string, keys: string, onClick: () => void) => {
    const b = el('button', { className: 'btn btn-quiet btn-small', id, text: label, attrs: { type: 'button', 'aria-keyshortcuts': keys, title: keys } });
    b.addEventListener('click', onClick);
    return b;
  };
  const pinned = isPinned(v.id);
  const pin = button('pin-article', pinned ? t('unpin') : t('pin'), 'Alt+P', () => void pinToggle());
  pin.setAttribute('aria-pressed', String(pinned));
  return el('div', { className: 'a-tools' }, [
    v.steps ? button('copy-steps', t('copySteps'), 'Alt+S', () => void copySteps()) : null,
    button('copy-link', t('copyLink'), 'Alt+L', () => void copyLink()),
    pin,
    status,
    feedbackBar(v),
  ]);
}

/** The steps as a numbered plain-text list. */
export async function copySteps(): Promise<void> {
  const v = currentArticle();
  if (!v?.steps) return;
  const ok = await copyText(v.steps.items.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  showCopyStatus(document.getElementById('tools-status'), ok, t('copiedSteps'), t('copyFailed'));
}

/** A link a colleague can open: the console's address with the article route. */
export async function copyLink(): Promise<void> {
  const v = currentArticle();
  if (!v) return;
  const ok = await copyText(`${location.origin}${location.pathname}#/article/${v.id}`);
  showCopyStatus(document.getElementById('tools-status'), ok, t('copiedLink'), t('copyFailed'));
}

export function pinToggle(): void {
  const v = currentArticle();
  if (!v) return;
  const pinned = togglePin(v.id, v.title);
  const pin = document.getElementById('pin-article');
  if (pin) {
    pin.textContent = pinned ? t('unpin') : t('pin');
    pin.setAttribute('aria-pressed', String(pinned));
  }
}
