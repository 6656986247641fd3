import { normalize } from '../analysis/normalize.js';
import { daysAfter, reviewDue } from '../content/reviewDates.js';
import type { Diagnostic } from '../errors.js';
import { articlesById } from './articlesById.js';
import { numberSplitAtComma } from './numberSplitAtComma.js';
import { placeholders } from './placeholders.js';
import { escapeRegExp } from '../shared/escapeRegExp.js';
import { LOCALES, type Category, type CompiledArticle, type Locale, type SectionKind } from '../types.js';

export interface LintContext {
  categories: Category[];
  /** "Today" for staleness, injectable so tests do not depend on the clock. */
  now: Date;
  /** Where each file is: its folder (first path segment) and the line of a front matter node. */
  sources: Map<string, SourceInfo>;
  /**
   * Every article file found, by its name's id and locale, compiled or not: a translation
   * whose file is broken is reported as broken, not also as missing.
   */
  files: Array<{ id: string; locale: Locale }>;
}

interface SourceInfo {
  folder: string | undefined;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * A review date may be up to a day ahead: an editor east of the build machine writes
 * today's date while it is still yesterday there.
 */
const REVIEW_DATE_GRACE_DAYS = 1;

/**
 * Words that mark agent-only text, matched after the analyzer's normalisation (NFKC,
 * Traditional → Simplified) and in lower case. Public sections are shown to customers,
 * so any of these there is almost certainly an internal note in the wrong place.
 */
const INTERNAL_MARKERS = /内部|机密|保密|勿外传|仅限坐席|坐席专用|坐席须知|仅供坐席|勿对外|不对外|(?:勿|不要|不得|切勿|别)(?:告知|告诉|透露给|对)客户|internal notes?\b|internal only|internal use|for internal|confidential|agents? only|for agents\b|staff only|(?:do not|don't|never) (?:tell|share with|disclose to|mention to) the (?:customer|client)|not for (?:the )?customers?/;

const EXPECTED_SECTIONS: SectionKind[] = ['reply', 'steps', 'escalation'];

/**
 * Checks that need every article at once (ids, translations, related links, repeated
 * similar questions) or today's date (staleness); see lintArticle for the others.
 */
export function lintArticles(articles: CompiledArticle[], ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = articlesById(articles);
  const categoryIds = new Set(ctx.categories.map((c) => c.id));
  const hasFile = new Set(ctx.files.map((f) => `${f.id}|${f.locale}`));
  out.push(...duplicateQuestions(articles, ctx));

  for (const a of articles) {
    const source = ctx.sources.get(a.file);
    const report = (severity: Diagnostic['severity']) => (code: string, field: string, message: string, hint?: string, path?: PropertyKey[]) =>
      out.push({ severity, code, file: a.file, line: source?.lineOf(path ?? [field]), field, message, hint });
    const err = report('error');
    const warn = report('warning');

    const twins = byId.get(a.id)!;
    const sameLocale = twins.filter((t) => t.locale === a.locale);
    if (sameLocale.length > 1 && sameLocale[0] !== a) {
      err('article.duplicate-id', 'id', `duplicate id "${a.id}" (${a.locale}): also defined in ${sameLocale[0]!.file}`, 'ids must be unique per locale: rename one of them');
    }
    if (categoryIds.size && !categoryIds.has(a.category)) {
      err('article.unknown-category', 'category', `unknown category "${a.category}"`, `use one of: ${[...categoryIds].join(', ')}`);
    }
    const folder = source?.folder;
    if (folder !== undefined && folder !== a.category && categoryIds.has(a.category)) {
      warn('article.folder-mismatch', 'category', `category "${a.category}" but the file is in folder ${folder}/`, `move it to ${a.category}/`);
    }
    a.related.forEach((rel, i) => {
      if (!byId.has(rel)) err('article.unknown-related', 'related', `related id "${rel}" does not exist`, 'check the spelling, or remove it', ['related', i]);
      if (rel === a.id) warn('article.self-related', 'related', 'the article lists itself as related', undefined, ['related', i]);
    });
    for (const locale of LOCALES) {
      if (locale !== a.locale && !hasFile.has(`${a.id}|${locale}`) && a.locale === firstLocale(twins)) {
        warn('article.missing-translation', 'id', `no ${locale} translation of "${a.id}"`, `add ${a.file.replace(/\.[^.]+\.md$/, `.${locale}.md`)}`);
      }
    }
    const other = twins.find((t) => t.locale !== a.locale);
    if (other && a.locale === firstLocale(twins)) {
      if (other.visibility !== a.visibility) {
        err('article.visibility-mismatch', 'visibility', `visibility is "${a.visibility}" here but "${other.visibility}" in ${other.file}`, 'translations of one article must have the same visibility');
      }
      if (other.category !== a.category) {
        err('article.category-mismatch', 'category', `category is "${a.category}" here but "${other.category}" in ${other.file}`);
      }
    }
    const due = reviewDue(a);
    if (due < ctx.now) {
      warn('article.stale', 'reviewed', `review overdue since ${due.toISOString().slice(0, 10)} (reviewed ${a.reviewed}, every ${a.reviewEveryDays} days)`, 'review the article and update "reviewed"');
    }
    if (daysAfter(a.reviewed, -REVIEW_DATE_GRACE_DAYS) > ctx.now) {
      // An error, not a warning: a future date silently takes the article off the review schedule.
      err('article.review-in-future', 'reviewed', `"reviewed" is ${a.reviewed}, after today (${ctx.now.toISOString().slice(0, 10)}): it would keep the article from ever being due for review`, 'write the date the article was last reviewed');
    }
  }
  return out;
}

/**
 * Checks of one article on its own (sections, markup, numbers, internal text in public
 * places): the build runs them when it compiles the file, and caches the result with it.
 */
export function lintArticle(a: CompiledArticle, source: Pick<SourceInfo, 'lineOf'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const kind of EXPECTED_SECTIONS) {
    if (!a.sections.some((s) => s.kind === kind)) {
      out.push({ severity: 'warning', code: 'article.missing-section', file: a.file, line: a.sections[0]?.line, field: 'body', message: `no ${kind} section`, hint: 'see the README, "Content format" for the section headings' });
    }
  }
  out.push(...markupInText(a, source));
  out.push(...numberSplitAtComma(a, (path) => source.lineOf(path)));
  // An internal article is agent-only as a whole; only public articles can leak.
  if (a.visibility === 'public') out.push(...internalLeaks(a, source));
  return out;
}

/** The words of `text` that mark it as an internal note, if any (also for generated test content). */
export function internalMarker(text: string): RegExpExecArray | null {
  return INTERNAL_MARKERS.exec(normalize(text).toLowerCase());
}

/** Internal-looking text in what a public article shows customers: front matter and public sections. */
function internalLeaks(a: CompiledArticle, source: Pick<SourceInfo, 'lineOf'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const hint = 'move it under "## 内部备注" / "## Internal notes", or make the article internal';
  const check = (text: string, field: string, line: number | undefined, where: string) => {
    const m = internalMarker(text);
    if (!m) return;
    // Quote the words as written when they survive normalisation unchanged, apart from case.
    const quoted = new RegExp(escapeRegExp(m[0]), 'i').exec(text)?.[0] ?? m[0];
    out.push({ severity: 'error', code: 'article.internal-leak', file: a.file, line, field, message: `${where} contains "${quoted}", which looks like an internal note`, hint });
  };
  check(a.title, 'title', source.lineOf(['title']), 'the public title');
  a.tags.forEach((t, i) => check(t, 'tags', source.lineOf(['tags', i]), 'a public tag'));
  a.questions.forEach((q, i) => check(q, 'questions', source.lineOf(['questions', i]), 'a public question'));
  for (const s of a.sections) {
    if (s.kind !== 'internal') check(`${s.heading}\n${s.text}`, s.heading || 'answer', s.line, `public section "${s.heading || 'answer'}"`);
  }
  return out;
}

/** An HTML tag or comment, a character reference, or Markdown emphasis, code or link syntax. */
const MARKUP = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);|\*\*|__|`|\[[^\]]*\]\(/i;

/**
 * Markup in fields that are plain text (the API says so): clients show them as text, so
 * markup there shows up literally, or worse, runs in a client that inserts it as HTML.
 */
function markupInText(a: CompiledArticle, source: Pick<SourceInfo, 'lineOf'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (value: string, field: string, path: PropertyKey[] | undefined, line?: number) => {
    const m = MARKUP.exec(value);
    if (!m) return;
    out.push({
      severity: 'warning', code: 'article.markup-in-text', file: a.file, line: line ?? source.lineOf(path ?? [field]), field,
      message: `"${field}" is plain text but contains markup "${m[0].slice(0, 40)}"`,
      hint: 'write plain words here: clients show this field as text, not HTML or Markdown',
    });
  };
  check(a.title, 'title', undefined);
  a.tags.forEach((t, i) => check(t, 'tags', ['tags', i]));
  a.questions.forEach((q, i) => check(q, 'questions', ['questions', i]));
  check(a.owner, 'owner', undefined);
  check(a.promise, 'promise', undefined);
  check(a.escalateTo, 'escalate_to', undefined);
  for (const s of a.sections) {
    if (s.heading) check(s.heading, 'heading', undefined, s.line);
    if (s.kind === 'reply') for (const name of placeholders(s.text)) check(name, 'placeholder', undefined, s.line);
  }
  return out;
}

/**
 * A similar question on two articles (of one locale) is reported on each of them, at the
 * question's own line, naming the other: either file may be the copy to fix.
 */
function duplicateQuestions(articles: CompiledArticle[], ctx: LintContext): Diagnostic[] {
  const asked = new Map<string, Array<{ a: CompiledArticle; q: string; i: number }>>();
  for (const a of articles) {
    a.questions.forEach((q, i) => {
      const key = `${a.locale}|${questionKey(q)}`;
      asked.set(key, [...(asked.get(key) ?? []), { a, q, i }]);
    });
  }
  const out: Diagnostic[] = [];
  for (const askers of asked.values()) {
    for (const { a, q, i } of askers) {
      const others = askers.filter((o) => o.a.id !== a.id).map((o) => `${o.a.id} (${o.a.file})`);
      if (!others.length) continue;
      out.push({
        severity: 'error', code: 'article.duplicate-question', file: a.file, line: ctx.sources.get(a.file)?.lineOf(['questions', i]), field: 'questions',
        message: `similar question "${q}" is also on ${[...new Set(others)].join(', ')}`,
        hint: 'a question must lead to one article: keep it on the better one',
      });
    }
  }
  return out;
}

const firstLocale = (twins: CompiledArticle[]) => [...twins].sort((x, y) => LOCALES.indexOf(x.locale) - LOCALES.indexOf(y.locale))[0]!.locale;

/** Questions count as the same when they differ only in case, spaces and punctuation. */
function questionKey(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
