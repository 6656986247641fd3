import type { QueryAnalysis } from '../analysis/analyzer.js';
import type { CompiledArticle, Scope } from '../types.js';

const MAX_SNIPPET = 140;

/**
 * The passage of an article that best shows why it matched, HTML-escaped, with matched
 * terms in `<mark>`. Passages are the answer, the similar questions and the lines of the
 * sections the scope may see; the one matching the most distinct query terms wins.
 * `pattern` comes from highlightPattern(), built once per query.
 */
export function snippet(article: CompiledArticle, patterns: HighlightPatterns | undefined, scope: Scope): string {
  let best = article.answer;
  let bestScore = 0;
  if (patterns) {
    for (const p of passagesOf(article, scope)) {
      const matched = new Set([...p.matchAll(patterns.match)].map((m) => m[0].toLowerCase()));
      const score = [...matched].reduce((sum, m) => sum + Math.min(m.length, 4), 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
  }
  return highlight(clip(best.trim(), patterns?.mark), patterns?.mark);
}

const passageCache = new WeakMap<CompiledArticle, Record<Scope, string[]>>();

function passagesOf(article: CompiledArticle, scope: Scope): string[] {
  let cached = passageCache.get(article);
  if (!cached) {
    const passages = (internal: boolean) =>
      [
        article.answer,
        ...article.questions,
        ...article.sections
          .filter((s) => s.kind !== 'answer' && (internal || s.kind !== 'internal'))
          .flatMap((s) => s.text.split(/\n|(?<=[。！？；])/)),
      ].filter((p) => p.trim() !== '');
    cached = { agent: passages(true), public: passages(false) };
    passageCache.set(article, cached);
  }
  return cached[scope];
}

export interface HighlightPatterns {
  /** Every form of the query's terms: chooses the passage. */
  match: RegExp;
  /** The forms worth marking: a lone Chinese character (到, 汇) is noise inside other words, so it is marked only when nothing longer is. */
  mark: RegExp;
}

/** Regexes over the highlightable forms of the query's terms, longest first. Built once per query. */
export function highlightPatterns(query: QueryAnalysis): HighlightPatterns | undefined {
  const forms = new Set<string>();
  for (const t of query.terms) for (const s of t.surfaces) if (s.length > 1 || /[\u3400-\u9fff]/.test(s)) forms.add(s);
  if (query.partial) forms.add(query.partial.prefix);
  if (!forms.size) return undefined;
  const longer = [...forms].filter((f) => f.length > 1);
  return { match: alternation([...forms]), mark: alternation(longer.length ? longer : [...forms]) };
}

function alternation(forms: string[]): RegExp {
  const alternatives = forms
    .sort((a, b) => b.length - a.length)
    .map((f) => (/^[a-z]/.test(f) ? `\\b${escapeRegExp(f)}[a-z]*` : escapeRegExp(f)));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** Cuts a long passage to a window around its first match. */
function clip(text: string, pattern: RegExp | undefined): string {
  if (text.length <= MAX_SNIPPET) return text;
  const first = pattern ? text.search(pattern) : 0;
  const start = Math.max(0, Math.min(first - 30, text.length - MAX_SNIPPET));
  const end = start + MAX_SNIPPET;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function highlight(text: string, pattern: RegExp | undefined): string {
  if (!pattern) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
