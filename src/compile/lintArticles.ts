import type { Diagnostic } from '../errors.js';
import { LOCALES, type Category, type CompiledArticle, type SectionKind } from '../types.js';

export interface LintContext {
  categories: Category[];
  /** "Today" for staleness, injectable so tests do not depend on the clock. */
  now: Date;
  /** Where each file is: its folder (first path segment) and the line of a front matter node. */
  sources: Map<string, { folder: string | undefined; lineOf(path: readonly PropertyKey[]): number | undefined }>;
}

/**
 * Words that mark agent-only text. Public sections are shown to customers, so any of
 * these there is almost certainly an internal note in the wrong place.
 */
export const INTERNAL_MARKERS = /内部备注|内部说明|仅限内部|仅内部|内部使用|勿对外|不要告诉客户|不得告知客户|不要对客户|internal notes?\b|internal only|internal use|agents? only|do not tell the customer|don't tell the customer|never tell the customer/i;

const EXPECTED_SECTIONS: SectionKind[] = ['reply', 'steps', 'escalation'];

/**
 * Checks that need every article at once: ids, translations, related links, repeated
 * similar questions, staleness, and internal text in public sections.
 */
export function lintArticles(articles: CompiledArticle[], ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map<string, CompiledArticle[]>();
  for (const a of articles) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
  const categoryIds = new Set(ctx.categories.map((c) => c.id));
  const questionOwner = new Map<string, CompiledArticle>();

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
      if (locale !== a.locale && !twins.some((t) => t.locale === locale) && a.locale === firstLocale(twins)) {
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
    const due = addDays(a.reviewed, a.reviewEveryDays);
    if (due < ctx.now) {
      warn('article.stale', 'reviewed', `review overdue since ${due.toISOString().slice(0, 10)} (reviewed ${a.reviewed}, every ${a.reviewEveryDays} days)`, 'review the article and update "reviewed"');
    }
    a.questions.forEach((q, i) => {
      const key = `${a.locale}|${questionKey(q)}`;
      const owner = questionOwner.get(key);
      if (owner && owner.id !== a.id) {
        err('article.duplicate-question', 'questions', `similar question "${q}" is also on ${owner.id} (${owner.file})`, 'a question must lead to one article: keep it on the better one', ['questions', i]);
      } else questionOwner.set(key, a);
    });
    for (const kind of EXPECTED_SECTIONS) {
      if (!a.sections.some((s) => s.kind === kind)) {
        out.push({ severity: 'warning', code: 'article.missing-section', file: a.file, line: a.sections[0]?.line, field: 'body', message: `no ${kind} section`, hint: 'see the README, "Content format" for the section headings' });
      }
    }
    // An internal article is agent-only as a whole; only public articles can leak.
    for (const s of a.visibility === 'public' ? a.sections : []) {
      if (s.kind === 'internal') continue;
      const m = INTERNAL_MARKERS.exec(`${s.heading}\n${s.text}`);
      if (m) {
        out.push({
          severity: 'error', code: 'article.internal-leak', file: a.file, line: s.line, field: s.heading || 'answer',
          message: `public section "${s.heading || 'answer'}" contains "${m[0]}", which looks like an internal note`,
          hint: 'move it under "## 内部备注" / "## Internal notes"',
        });
      }
    }
  }
  return out;
}

const firstLocale = (twins: CompiledArticle[]) => [...twins].sort((x, y) => LOCALES.indexOf(x.locale) - LOCALES.indexOf(y.locale))[0]!.locale;

/** Questions count as the same when they differ only in case, spaces and punctuation. */
function questionKey(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function addDays(date: string, days: number): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}
