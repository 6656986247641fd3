import { Analyzer } from '../analysis/analyzer.js';
import { compileArticle } from '../compile/compileArticle.js';
import { lintArticles } from '../compile/lintArticles.js';
import { findContentFiles } from '../content/findContentFiles.js';
import { loadCategories, loadSynonyms } from '../content/loadConfig.js';
import { parseArticle } from '../content/parseArticle.js';
import { readTextFile } from '../content/readTextFile.js';
import type { Diagnostic } from '../errors.js';
import type { Category, CompiledArticle, SourceArticle, SynonymConfig } from '../types.js';
import { contentHash } from './contentHash.js';

export interface Progress {
  stage: 'read' | 'index' | 'write';
  done: number;
  total: number;
}

export interface CompileOptions {
  contentDir: string;
  /** "Today", for review staleness. */
  now?: Date;
  onProgress?: (p: Progress) => void;
}

export interface CompiledContent {
  articles: CompiledArticle[];
  categories: Category[];
  synonyms: SynonymConfig;
  hash: string;
  files: number;
  /** Every problem found, errors and warnings, sorted by file and line. */
  diagnostics: Diagnostic[];
}

/**
 * Content and compile stages plus lint: reads every file, validates, renders, and runs
 * the cross-article checks. Never stops at the first problem: the result lists them all.
 */
export function compileContent(opts: CompileOptions): CompiledContent {
  const found = findContentFiles(opts.contentDir);
  const diagnostics = [...found.diagnostics];
  const categories = loadCategories(opts.contentDir, diagnostics);
  const synonyms = loadSynonyms(opts.contentDir, diagnostics);
  const articles: CompiledArticle[] = [];
  const sources = new Map<string, { folder: string | undefined; lineOf: SourceArticle['lineOf'] }>();
  found.articles.forEach((f, i) => {
    opts.onProgress?.({ stage: 'read', done: i, total: found.articles.length });
    const read = readTextFile(f.path);
    if (!read.ok) {
      diagnostics.push({ severity: 'error', code: 'file.unreadable', file: f.file, message: read.message, hint: read.hint });
      return;
    }
    const parsed = parseArticle(f.file, f.locale, f.id, read.text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.article) return;
    const compiled = compileArticle(parsed.article);
    diagnostics.push(...compiled.diagnostics);
    articles.push(compiled.article);
    sources.set(f.file, { folder: f.folder, lineOf: parsed.article.lineOf });
  });
  opts.onProgress?.({ stage: 'read', done: found.articles.length, total: found.articles.length });
  diagnostics.push(...lintArticles(articles, { categories, now: opts.now ?? new Date(), sources, files: found.articles }));
  return {
    articles,
    categories,
    synonyms,
    hash: contentHash(opts.contentDir, found.all),
    files: found.articles.length,
    diagnostics: diagnostics.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** The segmenter dictionary and synonyms for this content, stored with the index. */
export function analyzerConfig(content: Pick<CompiledContent, 'articles' | 'synonyms'>) {
  return { synonyms: content.synonyms, userWords: Analyzer.userWords(content.synonyms, content.articles.flatMap((a) => a.tags)) };
}
