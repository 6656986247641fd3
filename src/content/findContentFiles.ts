import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { KbError, type Diagnostic } from '../errors.js';
import { LOCALES, type Locale } from '../types.js';

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  id: string;
  locale: Locale;
  /** First folder under content/, expected to be the category. */
  folder: string | undefined;
}

export interface ContentFiles {
  articles: ArticleFile[];
  /** Every file that feeds the build (articles and config), for the content hash. */
  all: string[];
  diagnostics: Diagnostic[];
}

export const CATEGORIES_FILE = 'categories.yaml';
export const SYNONYMS_FILE = 'synonyms.yaml';
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml';
const ARTICLE_NAME = new RegExp(`^([a-z0-9]+(?:-[a-z0-9]+)*)\\.(${LOCALES.join('|')})\\.md$`);

/**
 * Lists the content folder: article files named `<id>.<locale>.md` (any depth) and the
 * config files at its root. Hidden files and non-Markdown files (images) are skipped;
 * a Markdown file with any other name is reported, since it would silently be ignored.
 */
export function findContentFiles(root: string): ContentFiles {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new KbError('content.not-found', `content: folder not found: ${root}`, 'pass --content DIR, or run from the project folder');
  }
  const articles: ArticleFile[] = [];
  const all: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [path, file, name] of walk(join(root, '.'), '')) {
    if (file === CATEGORIES_FILE || file === SYNONYMS_FILE || file === OUT_OF_SCOPE_FILE) {
      all.push(path);
      continue;
    }
    if (!name.toLowerCase().endsWith('.md')) continue;
    const m = ARTICLE_NAME.exec(name);
    if (!m) {
      diagnostics.push({
        severity: 'error', code: 'file.bad-name', file,
        message: `Markdown file name must be <id>.<locale>.md with locale ${LOCALES.join(' or ')}`,
        hint: 'e.g. fees/fees-charge-codes.zh-CN.md; move notes for editors out of content/',
      });
      continue;
    }
    const parts = file.split('/');
    articles.push({ path, file, id: m[1]!, locale: m[2] as Locale, folder: parts.length > 1 ? parts[0] : undefined });
    all.push(path);
  }
  return { articles, all, diagnostics };
}

/**
 * Each file under `dir` (a normalised path) as [path, path relative to the content folder
 * with `/`, name]. Paths are concatenated, not joined: a name from readdir has no separator
 * and hidden names (`.`, `..`) are skipped, so the result is what `join` would give, without
 * normalising 40,000 strings (a start lists the content folder to check the build is current).
 */
function* walk(dir: string, relDir: string): Generator<[path: string, file: string, name: string]> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = prefix + e.name;
    const file = relDir ? `${relDir}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(path, file);
    else if (e.isFile()) yield [path, file, e.name];
  }
}
