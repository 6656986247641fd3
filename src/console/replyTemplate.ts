import type { ArticleView } from './apiTypes.js';
import { copyText, showCopyStatus } from './clipboard.js';
import { block, el } from './dom.js';
import { sendEvent } from './events.js';
import { t } from './i18n.js';
import { currentArticle, openedOrigin } from './articlePane.js';

/**
 * The reply template with live placeholders. Values are kept per article and per blank's
 * position (the n-th distinct placeholder), not per name, so they survive the 中文 / English
 * switch: editors write the same blanks in the same order in both languages
 * ({客户称呼} ↔ {customer name}).
 */

/** The same placeholder syntax as the server's (src/query/articleView.ts). */
const PLACEHOLDER = /\{([^{}\n]{1,40})\}/g;
/** Filled values for this page's life only: they may hold a customer's details. */
const fills = new Map<string, string>();

function slotKey(articleId: string, slot: number): string {
  return `${articleId}\u0000${slot}`;
}

function valueOf(v: ArticleView, name: string): string {
  const slot = v.reply?.placeholders.indexOf(name) ?? -1;
  return slot < 0 ? '' : (fills.get(slotKey(v.id, slot)) ?? '');
}

/** The reply as it should be said, blanks filled where the agent filled them. */
function filledReply(v: ArticleView): string {
  return (v.reply?.text ?? '').replace(PLACEHOLDER, (m, name: string) => valueOf(v, name).trim() || m);
}

export function replyBlock(v: ArticleView): HTMLElement {
  const reply = v.reply!;
  const text = el('p', { className: 'reply-text', id: 'reply-text' });
  let last = 0;
  for (const m of reply.text.matchAll(PLACEHOLDER)) {
    if (m.index > last) text.append(reply.text.slice(last, m.index));
    text.append(el('span', { className: 'ph', attrs: { 'data-ph': m[1]! } }));
    last = m.index + m[0].length;
  }
  if (last < reply.text.length) text.append(reply.text.slice(last));

  const copyStatus = el('span', { className: 'copy-status', id: 'copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const copyButton = el('button', { className: 'btn btn-primary', id: 'copy-reply', text: t('copy'), attrs: { type: 'button', 'aria-keyshortcuts': 'Alt+C', title: 'Alt+C' } });
  copyButton.addEventListener('click', () => void copyReply());

  const children: Array<Node | null> = [text];
  if (reply.placeholders.length) children.push(fillFields(v, text));
  // Clicking a blank in the text jumps to its input.
  text.addEventListener('click', (event) => {
    const ph = (event.target as Element).closest<HTMLElement>('.ph');
    if (!ph) return;
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('#article input[data-placeholder]'))) {
      if (input.dataset.placeholder === ph.dataset.ph) return void input.focus();
    }
  });
  updatePlaceholders(v, text);
  return block('a-reply', t('reply'), 'reply-heading', children, el('div', { className: 'copy-wrap' }, [copyStatus, copyButton]));
}

function fillFields(v: ArticleView, text: HTMLElement): HTMLFieldSetElement {
  const names = v.reply!.placeholders;
  const inputs = names.map((name, slot) => {
    const input = el('input', { id: `ph-${slot}`, attrs: { type: 'text', 'data-placeholder': name, autocomplete: 'off', spellcheck: 'false' } });
    input.value = fills.get(slotKey(v.id, slot)) ?? '';
    input.addEventListener('input', () => {
      fills.set(slotKey(v.id, slot), input.value);
      updatePlaceholders(v, text);
    });
    return el('div', { className: 'fill' }, [el('label', { className: 'fill-label', text: name, attrs: { for: input.id } }), input]);
  });
  const clear = el('button', { className: 'btn btn-quiet', text: t('clearFields'), attrs: { type: 'button' } });
  const fieldset = el('fieldset', { className: 'fills' }, [el('legend', { className: 'fills-legend', text: t('fillIn') }), ...inputs, el('div', { className: 'fill fill-actions' }, [clear])]);
  clear.addEventListener('click', () => {
    names.forEach((_name, slot) => fills.delete(slotKey(v.id, slot)));
    for (const input of Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[data-placeholder]'))) input.value = '';
    updatePlaceholders(v, text);
    fieldset.querySelector('input')?.focus();
  });
  return fieldset;
}

function updatePlaceholders(v: ArticleView, text: HTMLElement): void {
  for (const span of Array.from(text.querySelectorAll<HTMLElement>('.ph'))) {
    const name = span.dataset.ph ?? '';
    const value = valueOf(v, name).trim();
    span.textContent = value || `{${name}}`;
    span.classList.toggle('is-filled', value !== '');
  }
}

/** Copy reply (button or Alt+C): the agent's strongest sign that the article answered it. */
export async function copyReply(): Promise<void> {
  const v = currentArticle();
  if (!v?.reply) return;
  const ok = await copyText(filledReply(v));
  showCopyStatus(document.getElementById('copy-status'), ok, t('copied'), t('copyFailed'));
  if (ok) void sendEvent({ type: 'copy', articleId: v.id, ...openedOrigin() });
}
