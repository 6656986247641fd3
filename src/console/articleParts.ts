import type { ArticleView } from './apiTypes.js';
import { articleTools } from './articleTools.js';
import { block, el, htmlBlock } from './dom.js';
import { locale, t } from './i18n.js';
import { replyBlock } from './replyTemplate.js';

/**
 * An article as the agent reads it on a call: the title, then what may be promised and whom
 * to escalate to (with the review date when overdue), the tools, the one-line answer, what
 * to say, the steps, and the rest.
 */
export function articleParts(v: ArticleView): Node[] {
  const parts: Array<Node | null> = [header(v), answer(v), v.reply ? replyBlock(v) : null];
  if (v.steps) parts.push(block('a-steps', t('steps'), 'steps-heading', [htmlBlock('steps', v.steps.html)]));
  parts.push(callouts(v));
  if (v.agent?.internal) {
    parts.push(
      el('section', { className: 'callout callout-internal', id: 'article-internal', attrs: { 'aria-labelledby': 'internal-heading' } }, [
        el('h3', { className: 'callout-title', id: 'internal-heading', text: t('internal') }),
        htmlBlock('callout-body', v.agent.internal),
      ]),
    );
  }
  v.sections
    .filter((s) => s.kind === 'other')
    .forEach((s, i) => parts.push(block('a-other', s.heading, `other-heading-${i}`, [htmlBlock('prose', s.html)])));
  if (v.related.length) {
    const links = v.related.map((r) => el('li', {}, [el('a', { text: r.title, attrs: { href: `#/article/${r.id}`, 'data-article-id': r.id } })]));
    parts.push(block('a-related', t('related'), 'related-heading', [el('ul', { className: 'related' }, links)]));
  }
  if (v.questions.length) {
    parts.push(
      el('details', { className: 'a-block a-questions' }, [
        el('summary', { className: 'block-title', text: `${t('questions')} (${v.questions.length})` }),
        el('ul', { className: 'questions' }, v.questions.map((q) => el('li', { text: q }))),
      ]),
    );
  }
  parts.push(footer(v));
  return parts.filter((p): p is Node => p !== null);
}

function header(v: ArticleView): HTMLElement {
  const badges: HTMLElement[] = [el('span', { className: 'chip chip-cat', text: v.category.name })];
  if (v.agent?.stale) badges.push(el('span', { className: 'badge badge-stale', text: t('staleBadge'), attrs: { 'data-badge': 'stale' } }));
  if (v.agent?.visibility === 'internal') badges.push(el('span', { className: 'badge badge-internal', text: t('internalBadge'), attrs: { 'data-badge': 'internal' } }));
  return el('header', { className: 'a-head' }, [
    el('div', { className: 'a-badges' }, badges),
    el('h2', { className: 'a-title', id: 'article-title', text: v.title }),
    v.locale !== locale() ? el('p', { className: 'a-fallback', text: t('fallback'), attrs: { lang: locale() } }) : null,
    callStrip(v),
    articleTools(v),
  ]);
}

/** On a call, what may be promised and whom to escalate to matter as much as the answer: at the top. */
function callStrip(v: ArticleView): HTMLElement | null {
  const ag = v.agent;
  if (!ag || (!ag.promise && !ag.escalation && !ag.stale)) return null;
  const item = (className: string, id: string, label: string | null, text: string) =>
    el('p', { className: `strip-item ${className}`, id }, [label ? el('span', { className: 'strip-label', text: label }) : null, el('span', { className: 'strip-text', text })]);
  return el('div', { className: 'a-strip', id: 'article-strip' }, [
    ag.stale ? item('strip-due', 'strip-due', null, t('dueOnTop', { date: ag.reviewDue })) : null,
    ag.promise ? item('strip-promise', 'strip-promise', t('promise'), ag.promise) : null,
    ag.escalation ? item('strip-escalation', 'strip-escalation', t('escalateTo'), ag.escalation.team) : null,
  ]);
}

function answer(v: ArticleView): HTMLElement {
  return el('section', { className: 'a-answer', id: 'article-answer', attrs: { 'aria-label': t('answer') } }, [el('p', { className: 'answer-text', text: v.answer })]);
}

/** The promise and the escalation in full (the strip at the top is their summary). */
function callouts(v: ArticleView): HTMLElement | null {
  const ag = v.agent;
  if (!ag || (!ag.promise && !ag.escalation)) return null;
  return el('div', { className: 'a-duo' }, [
    ag.promise
      ? el('section', { className: 'callout callout-promise', id: 'article-promise', attrs: { 'aria-labelledby': 'promise-heading' } }, [
          el('h3', { className: 'callout-title', id: 'promise-heading', text: t('promise') }),
          el('p', { className: 'callout-text', text: ag.promise }),
        ])
      : null,
    ag.escalation
      ? el('section', { className: 'callout callout-escalation', id: 'article-escalation', attrs: { 'aria-labelledby': 'escalation-heading' } }, [
          el('h3', { className: 'callout-title', id: 'escalation-heading' }, [`${t('escalateTo')} `, el('strong', { className: 'escalation-team', text: ag.escalation.team })]),
          ag.escalation.html ? htmlBlock('callout-body', ag.escalation.html) : null,
        ])
      : null,
  ]);
}

function footer(v: ArticleView): HTMLElement | null {
  const parts: Array<Node | null> = [];
  if (v.tags.length) parts.push(el('div', { className: 'tags', attrs: { role: 'group', 'aria-label': t('tags') } }, v.tags.map((tag) => el('span', { className: 'chip chip-tag', text: tag }))));
  if (v.agent) parts.push(el('p', { className: 'a-meta', text: t('meta', { owner: v.agent.owner, reviewed: v.agent.reviewed, due: v.agent.reviewDue }) }));
  return parts.length ? el('footer', { className: 'a-foot' }, parts) : null;
}
