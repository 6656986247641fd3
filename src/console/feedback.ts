import { FEEDBACK_REASONS, MAX_COMMENT_CHARS, type FeedbackReason } from '../events/event.js';
import type { ArticleView } from './apiTypes.js';
import { openedOrigin } from './articlePane.js';
import { el } from './dom.js';
import { sendEvent } from './events.js';
import { t } from './i18n.js';

/**
 * Helpful / not helpful on every article (issue 9). Helpful is sent at once; not helpful
 * opens the reason chips and an optional comment, sent with "Send" (or Enter in the comment).
 */
export function feedbackBar(v: ArticleView): HTMLElement {
  const yes = el('button', { className: 'btn btn-quiet btn-small fb-yes', id: 'feedback-yes', text: t('helpful'), attrs: { type: 'button', 'aria-keyshortcuts': 'Alt+Y', title: 'Alt+Y', 'aria-pressed': 'false' } });
  const no = el('button', { className: 'btn btn-quiet btn-small fb-no', id: 'feedback-no', text: t('notHelpful'), attrs: { type: 'button', 'aria-keyshortcuts': 'Alt+N', title: 'Alt+N', 'aria-pressed': 'false', 'aria-controls': 'feedback-why', 'aria-expanded': 'false' } });
  const thanks = el('span', { className: 'fb-thanks', id: 'feedback-thanks', attrs: { role: 'status', 'aria-live': 'polite' } });
  const why = reasonPanel(v, () => done(false));
  const done = (helpful: boolean) => {
    yes.setAttribute('aria-pressed', String(helpful));
    no.setAttribute('aria-pressed', String(!helpful));
    no.setAttribute('aria-expanded', 'false');
    why.hidden = true;
    thanks.textContent = t('feedbackThanks');
  };
  yes.addEventListener('click', () => {
    void sendEvent({ type: 'feedback', articleId: v.id, helpful: true, ...searchOf() });
    done(true);
  });
  no.addEventListener('click', () => {
    why.hidden = !why.hidden;
    no.setAttribute('aria-expanded', String(!why.hidden));
    if (!why.hidden) why.querySelector<HTMLElement>('.fb-reason')?.focus();
  });
  return el('div', { className: 'a-feedback', attrs: { role: 'group', 'aria-label': t('feedbackAsk') } }, [yes, no, thanks, why]);
}

function searchOf(): { searchId?: string } {
  const { searchId } = openedOrigin();
  return searchId ? { searchId } : {};
}

function reasonPanel(v: ArticleView, onSent: () => void): HTMLElement {
  let reason: FeedbackReason | undefined;
  const chips = FEEDBACK_REASONS.map((r) => {
    const chip = el('button', { className: 'chip fb-reason', text: t(`reason_${r}`), attrs: { type: 'button', 'data-reason': r, 'aria-pressed': 'false' } });
    chip.addEventListener('click', () => {
      reason = reason === r ? undefined : r;
      for (const c of Array.from(panel.querySelectorAll<HTMLElement>('.fb-reason'))) c.setAttribute('aria-pressed', String(c.dataset.reason === reason));
    });
    return chip;
  });
  const comment = el('input', { className: 'fb-comment', id: 'feedback-comment', attrs: { type: 'text', maxlength: String(MAX_COMMENT_CHARS), autocomplete: 'off', 'aria-label': t('feedbackComment'), placeholder: t('feedbackComment') } });
  const send = el('button', { className: 'btn btn-primary btn-small', id: 'feedback-send', text: t('feedbackSend'), attrs: { type: 'button' } });
  const submit = () => {
    const text = comment.value.trim();
    void sendEvent({ type: 'feedback', articleId: v.id, helpful: false, ...(reason ? { reason } : {}), ...(text ? { comment: text } : {}), ...searchOf() });
    onSent();
  };
  send.addEventListener('click', submit);
  comment.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  const panel = el('div', { className: 'fb-why', id: 'feedback-why', attrs: { role: 'group', 'aria-label': t('feedbackWhy') } }, [
    el('span', { className: 'fb-why-label', text: t('feedbackWhy') }),
    el('div', { className: 'fb-reasons' }, chips),
    el('div', { className: 'fb-send-row' }, [comment, send]),
  ]);
  panel.hidden = true;
  return panel;
}

/** Alt+Y / Alt+N from anywhere. */
export function feedbackShortcut(helpful: boolean): void {
  document.getElementById(helpful ? 'feedback-yes' : 'feedback-no')?.click();
}
