import { Analyzer } from '../analysis/analyzer.js';
import { compileArticle } from '../compile/compileArticle.js';
import { lintArticle, lintArticles } from '../compile/lintArticles.js';
import { findContentFiles, type ArticleFile } from '../content/findContentFiles.js';
import { loadCategories, loadOutOfScope, loadSynonyms, type ElsewhereEntry } from '../content/loadConfig.js';
import { parseArticle } from '../content/parseArticle.js';
import { readTextFile } from '../content/readTextFile.js';
import type { Diagnostic } from '../errors.js';
import type { Category, CompiledArticle, SourceArticle, SynonymConfig } from '../types.js';
import { ContentHasher, contentStamp } from './contentHash.js';

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
  /** Questions the content does not answer (out-of-scope.yaml): the confidence's negative examples. */
  outOfScope: string[];
  /** Institutions and products that are not ours (out-of-scope.yaml): a signal of the confidence. */
  elsewhere: ElsewhereEntry[];
  /** The provider's own names (out-of-scope.yaml). */
  ours: string[];
  hash: string;
  /** See contentStamp: taken before any file was read. */
  stamp: string | undefined;
  files: number;
  /** Every problem found, errors and warnings, sorted by file and line. */
  diagnostics: Diagnostic[];
}

/** What one article file compiles to; `lineOf` only when compiled in this thread (see compileContent). */
export interface CompiledFile {
  article: CompiledArticle | null;
  diagnostics: Diagnostic[];
  lineOf?: SourceArticle['lineOf'];
}

/**
 * Compiles the given article files, results in the same order (the build plugs in its
 * cache and worker threads); `onRead` takes a file's bytes if it reads them, for the content hash.
 */
export type FileCompiler = (files: ArticleFile[], onProgress?: (done: number) => void, onRead?: (path: string, bytes: Buffer) => void) => CompiledFile[];

/**
 * Content and compile stages plus lint: reads every file, validates, renders, and runs
 * the cross-article checks. Never stops at the first problem: the result lists them all.
 */
export function compileContent(opts: CompileOptions, compileFiles: FileCompiler = compileEach): CompiledContent {
  const found = findContentFiles(opts.contentDir);
  const stamp = contentStamp(opts.contentDir, found.all);
  const diagnostics = [...found.diagnostics];
  const categories = loadCategories(opts.contentDir, diagnostics);
  const synonyms = loadSynonyms(opts.contentDir, diagnostics);
  const { examples: outOfScope, elsewhere, ours } = loadOutOfScope(opts.contentDir, diagnostics);
  const articles: CompiledArticle[] = [];
  const sources = new Map<string, { folder: string | undefined; lineOf: SourceArticle['lineOf'] }>();
  const total = found.articles.length;
  const hasher = new ContentHasher(opts.contentDir, found.all, new Set(found.articles.map((f) => f.path)));
  const compiled = compileFiles(found.articles, (done) => opts.onProgress?.({ stage: 'read', done, total }), (path, bytes) => hasher.add(path, bytes));
  compiled.forEach((c, i) => {
    const f = found.articles[i]!;
    diagnostics.push(...c.diagnostics);
    if (!c.article) return;
    articles.push(c.article);
    sources.set(f.file, { folder: f.folder, lineOf: c.lineOf ?? reparsedLineOf(f) });
  });
  opts.onProgress?.({ stage: 'read', done: total, total });
  diagnostics.push(...lintArticles(articles, { categories, now: opts.now ?? new Date(), sources, files: found.articles }));
  return {
    articles,
    categories,
    synonyms,
    outOfScope,
    elsewhere,
    ours,
    hash: hasher.digest(),
    stamp,
    files: found.articles.length,
    diagnostics: diagnostics.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** Reads, parses, compiles and lints (on its own) one article file. */
export function compileFile(f: Pick<ArticleFile, 'path' | 'file' | 'id' | 'locale'>): CompiledFile {
  const read = readTextFile(f.path);
  if (!read.ok) return { article: null, diagnostics: [{ severity: 'error', code: 'file.unreadable', file: f.file, message: read.message, hint: read.hint }] };
  const parsed = parseArticle(f.file, f.locale, f.id, read.text);
  if (!parsed.article) return { article: null, diagnostics: parsed.diagnostics };
  const compiled = compileArticle(parsed.article);
  const lint = lintArticle(compiled.article, parsed.article);
  return { article: compiled.article, diagnostics: [...parsed.diagnostics, ...compiled.diagnostics, ...lint], lineOf: parsed.article.lineOf };
}

function compileEach(files: ArticleFile[], onProgress?: (done: number) => void): CompiledFile[] {
  return files.map((f, i) => {
    onProgress?.(i);
    return compileFile(f);
  });
}

/**
 * Front-matter lines of a file compiled elsewhere (a worker thread, or an earlier build),
 * parsed again only if lint reports a problem in it.
 */
function reparsedLineOf(f: ArticleFile): SourceArticle['lineOf'] {
  let lineOf: SourceArticle['lineOf'] | undefined;
  return (path) => {
    if (!lineOf) {
      const read = readTextFile(f.path);
      lineOf = (read.ok && parseArticle(f.file, f.locale, f.id, read.text).article?.lineOf) || (() => undefined);
    }
    return lineOf(path);
  };
}

/** The segmenter dictionary and synonyms for this content, stored with the index. */
export function analyzerConfig(content: Pick<CompiledContent, 'articles' | 'synonyms'>) {
  return { synonyms: content.synonyms, userWords: Analyzer.userWords(content.synonyms, content.articles.flatMap((a) => a.tags)) };
}
