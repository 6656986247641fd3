import type { Diagnostic } from '../errors.js';
import type { FrontMatter, Locale, SourceArticle } from '../types.js';
import { parseFrontMatter } from './frontMatter.js';
import { isYamlProblem } from './parseYaml.js';
import { FRONT_MATTER_FIELDS, frontMatterSchema } from './schema.js';
import { closest } from './closest.js';

export type ParseResult = { article: SourceArticle; diagnostics: Diagnostic[] } | { article: null; diagnostics: Diagnostic[] };

/**
 * Parses one article file's text: front matter (validated) and body. Returns every
 * problem found in the file rather than stopping at the first.
 */
export function parseArticle(file: string, locale: Locale, idFromName: string, text: string): ParseResult {
  const fm = parseFrontMatter(text);
  if (isYamlProblem(fm)) {
    return { article: null, diagnostics: [{ severity: 'error', code: 'front-matter.syntax', file, line: fm.line, message: fm.message, hint: fm.hint }] };
  }
  const diagnostics: Diagnostic[] = [];
  const lineOf = (path: PropertyKey[]) => fm.lineOf(path) ?? 1;
  const parsed = frontMatterSchema.safeParse(fm.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      diagnostics.push(schemaDiagnostic(file, issue, lineOf, fm.data));
    }
    return { article: null, diagnostics };
  }
  const meta: FrontMatter = parsed.data;
  if (meta.id !== idFromName) {
    diagnostics.push({
      severity: 'error', code: 'front-matter.id-mismatch', file, line: lineOf(['id']), field: 'id',
      message: `id "${meta.id}" does not match the file name (${idFromName}.${locale}.md)`,
      hint: `rename the file to ${meta.id}.${locale}.md or change the id`,
    });
  }
  if (fm.body.trim() === '') {
    diagnostics.push({
      severity: 'error', code: 'body.empty', file, line: fm.bodyLine, field: 'body',
      message: 'the article body is empty',
      hint: 'start the body with a one-line answer, then the reply template, steps, escalation and internal notes',
    });
  }
  const article: SourceArticle = { file, locale, meta, body: fm.body, bodyLine: fm.bodyLine, lineOf: fm.lineOf };
  return diagnostics.some((d) => d.severity === 'error') ? { article: null, diagnostics } : { article, diagnostics };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v ?? undefined;
}

function schemaDiagnostic(file: string, issue: Issue, lineOf: (path: PropertyKey[]) => number, data: unknown): Diagnostic {
  const field = issue.path.join('.') || undefined;
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const key = issue.keys[0] ?? '';
    const guess = closest(key, FRONT_MATTER_FIELDS);
    return {
      severity: 'error', code: 'front-matter.unknown-field', file, line: lineOf([key]), field: key,
      message: `unknown field "${issue.keys.join('", "')}"`,
      hint: guess ? `did you mean "${guess}"?` : `allowed fields: ${FRONT_MATTER_FIELDS.join(', ')}`,
    };
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return {
      severity: 'error', code: 'front-matter.missing-field', file, line: 1, field,
      message: `missing required field "${field}"`,
      hint: `add "${field}:" to the front matter`,
    };
  }
  return {
    severity: 'error', code: 'front-matter.invalid-field', file, line: lineOf(issue.path), field,
    message: `"${field}" ${issue.message.replace(/^Invalid input: /, '')}`,
  };
}
