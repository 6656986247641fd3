import { placeholders } from '../compile/placeholders.js';
import { reviewDue } from '../content/reviewDates.js';
import type { CompiledArticle, Locale, Scope, Section } from '../types.js';
import type { KnowledgeBase } from './knowledgeBase.js';

/** An article as the APIs return it: the parts an agent needs, each on its own. */
export interface ArticleView {
  id: string;
  locale: Locale;
  /** Locales this article exists in. */
  locales: Locale[];
  title: string;
  category: { id: string; name: string };
  tags: string[];
  questions: string[];
  /** The one-line answer. */
  answer: string;
  /** What to say, with the `{placeholders}` the agent fills in. */
  reply: { text: string; html: string; placeholders: string[] } | null;
  steps: { items: string[]; html: string } | null;
  /** Every section the scope may see, in order, as sanitized HTML. */
  sections: Array<Pick<Section, 'kind' | 'heading' | 'html'>>;
  related: Array<{ id: string; title: string }>;
  /** Agent scope only. */
  agent?: {
    visibility: CompiledArticle['visibility'];
    escalation: { team: string; html: string } | null;
    promise: string;
    /** Internal notes: never in the public scope. */
    internal: string | null;
    owner: string;
    reviewed: string;
    reviewDue: string;
    stale: boolean;
  };
}

/**
 * Shapes an article for `scope`. The public scope gets customer-facing text only: no
 * internal sections, no internal related articles, none of the agent-only fields.
 */
export function articleView(kb: KnowledgeBase, id: string, locale: Locale, scope: Scope, now = new Date()): ArticleView | undefined {
  const a = kb.article(id, locale, scope);
  if (!a) return undefined;
  const visible = a.sections.filter((s) => scope === 'agent' || s.kind !== 'internal');
  const first = (kind: Section['kind']) => visible.find((s) => s.kind === kind);
  const reply = first('reply');
  const steps = first('steps');
  const view: ArticleView = {
    id: a.id,
    locale: a.locale,
    locales: (['zh-CN', 'en'] as const).filter((l) => kb.article(id, l, scope)?.locale === l),
    title: a.title,
    category: { id: a.category, name: kb.categories.find((c) => c.id === a.category)?.names[a.locale] ?? a.category },
    tags: a.tags,
    questions: a.questions,
    answer: a.answer,
    reply: reply ? { text: reply.text, html: reply.html, placeholders: placeholders(reply.text) } : null,
    steps: steps ? { items: steps.text.split('\n').filter(Boolean), html: steps.html } : null,
    sections: visible.map(({ kind, heading, html }) => ({ kind, heading, html })),
    related: a.related.flatMap((rid) => {
      const r = kb.article(rid, a.locale, scope);
      return r ? [{ id: r.id, title: r.title }] : [];
    }),
  };
  if (scope === 'agent') {
    const due = reviewDue(a);
    const escalation = first('escalation');
    const internal = visible.filter((s) => s.kind === 'internal').map((s) => s.html).join('\n');
    view.agent = {
      visibility: a.visibility,
      escalation: escalation ? { team: a.escalateTo, html: escalation.html } : a.escalateTo ? { team: a.escalateTo, html: '' } : null,
      promise: a.promise,
      internal: internal || null,
      owner: a.owner,
      reviewed: a.reviewed,
      reviewDue: due.toISOString().slice(0, 10),
      stale: due < now,
    };
  }
  return view;
}
