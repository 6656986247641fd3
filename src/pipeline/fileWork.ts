import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Analyzer, type AnalyzerConfig } from '../analysis/analyzer.js';
import type { ArticleFile } from '../content/findContentFiles.js';
import { analyseArticle, type AnalysedArticle } from '../index/analysedArticle.js';
import type { CompiledArticle } from '../types.js';
import type { Vocabulary } from '../analysis/speller.js';
import { TermTable } from '../index/termTable.js';
import { BuildCache } from './buildCache.js';
import { decodeFileTerms, encodeFileTerms, LocalNumbering, localFileTerms, type FileTerms, type LocalFileTerms, type ThreadTerms } from './fileTerms.js';
import { compileFile, type CompiledFile } from './compileContent.js';
import { SyncWorkerPool } from './syncWorkerPool.js';

/** Below this many files to do, threads cost more than they save (a worker loads jieba's dictionary, ~0.2 s). */
const PARALLEL_FROM = 200;
/** More threads than this gain little: the build's own thread (cache, postings, SQLite) becomes the limit. */
const MAX_WORKERS = 8;
/** Files per message to a worker. */
const BATCH = 16;

/** What analysing one article gives the build's thread (see analyseFile). */
export interface AnalysedFile extends LocalFileTerms, Pick<AnalysedArticle, 'passageWords' | 'vocabulary'> {}

/**
 * An article analysed and turned into term numbers of the thread's table (in a worker
 * thread): the build's thread only renumbers them (LocalNumbering), and the analysed
 * words never cross threads.
 */
export function analyseFile(article: CompiledArticle, analyzer: Analyzer, terms: ThreadTerms): AnalysedFile {
  const analysed = analyseArticle(article, analyzer);
  return { ...localFileTerms(article, analysed, terms), passageWords: analysed.passageWords, vocabulary: analysed.vocabulary };
}

/** One article as the index and the file need it. */
export interface IndexedArticle {
  terms: FileTerms;
  /** See AnalysedArticle. */
  passageWords: string;
  vocabulary: Vocabulary;
}

export interface FileWorkStats {
  /** Article files compiled (Markdown → HTML and text) by this build. */
  compiled: number;
  /** Article files analysed by this build. */
  analysed: number;
  /** Article files whose analysed form came from the cache. */
  reused: number;
  /** Worker threads used (0: all in the build's thread). */
  workers: number;
}

/**
 * The per-file work of a build, done once per file version: compiling and analysing,
 * each either taken from the build cache or done now (in worker threads when there is
 * enough of it, see PARALLEL_FROM), and stored back for the next build.
 */
export class FileWork {
  readonly stats: FileWorkStats = { compiled: 0, analysed: 0, reused: 0, workers: 0 };
  private pool: SyncWorkerPool | undefined;
  private analyzer: Analyzer | undefined;
  /** Term numbers, continuing the cache's (its analyses are stored as these numbers). */
  readonly table: TermTable;
  /** Cache key of each article file (content-relative path). */
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly cache: BuildCache | undefined,
    /** Worker threads; undefined: chosen by the amount of work and the cores available. */
    private readonly workers: number | undefined,
  ) {
    this.table = new TermTable([...(cache?.terms ?? [])]);
  }

  /** A FileCompiler (see compileContent) going through the cache. */
  compile(files: ArticleFile[], onProgress?: (done: number) => void, onRead?: (path: string, bytes: Buffer) => void): CompiledFile[] {
    const out = new Array<CompiledFile>(files.length);
    const missing: number[] = [];
    files.forEach((f, i) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(f.path);
      } catch {
        out[i] = compileFile(f); // reports the file as unreadable
        return;
      }
      onRead?.(f.path, bytes);
      const key = BuildCache.key(f.file, bytes);
      this.keys.set(f.file, key);
      const cached = this.cache?.compiled(key);
      if (cached) out[i] = JSON.parse(cached) as CompiledFile;
      else missing.push(i);
    });
    this.stats.compiled = missing.length;
    const done = (n: number, compiled: CompiledFile) => {
      const i = missing[n]!;
      out[i] = compiled;
      this.cache?.putCompiled(this.keys.get(files[i]!.file)!, JSON.stringify({ ...compiled, lineOf: undefined }));
    };
    const pool = this.poolFor(missing.length);
    if (pool) {
      const fresh: CompiledFile[] = [];
      pool.run<ArticleFile, CompiledFile>('compile', undefined, missing.map((i) => files[i]!), BATCH, (_, results) => {
        fresh.push(...results);
        onProgress?.(fresh.length);
      }, (f) => f.file);
      fresh.forEach((r, n) => done(n, r));
    } else missing.forEach((i, n) => (onProgress?.(n), done(n, compileFile(files[i]!))));
    return out;
  }

  /**
   * What the index and the file need of each article, handed to `onIndexed` with its
   * position: from the cache when analysed under the same configuration, else analysed
   * now (in item order, so term numbers do not depend on the workers or on timing).
   */
  analyse(articles: readonly CompiledArticle[], config: AnalyzerConfig, configKey: string, onIndexed: (i: number, indexed: IndexedArticle) => void): void {
    const missing: number[] = [];
    articles.forEach((a, i) => {
      const cached = this.cache?.analysed(this.keys.get(a.file) ?? '', configKey);
      if (cached) {
        onIndexed(i, { terms: decodeFileTerms(cached.terms), passageWords: cached.passages, vocabulary: JSON.parse(cached.vocabulary) as Vocabulary });
        this.stats.reused++;
      } else missing.push(i);
    });
    this.stats.analysed += missing.length;
    const numberings = new Map<string, LocalNumbering>();
    const done = (n: number, analysed: AnalysedFile) => {
      const i = missing[n]!;
      let numbering = numberings.get(analysed.table);
      if (!numbering) numberings.set(analysed.table, (numbering = new LocalNumbering()));
      const terms = numbering.renumber(analysed, this.table);
      onIndexed(i, { terms, passageWords: analysed.passageWords, vocabulary: analysed.vocabulary });
      const key = this.keys.get(articles[i]!.file);
      if (key) this.cache?.putAnalysed(key, { terms: encodeFileTerms(terms), passages: analysed.passageWords, vocabulary: JSON.stringify(analysed.vocabulary) }, configKey);
    };
    const pool = this.poolFor(missing.length);
    const todo = missing.map((i) => articles[i]!);
    if (!pool) {
      const terms: ThreadTerms = { id: 'build', table: new TermTable() };
      return todo.forEach((a, n) => done(n, analyseFile(a, this.analyzerFor(config), terms)));
    }
    // Turned into term numbers as the results arrive, in item order, while the workers go on.
    pool.run<CompiledArticle, AnalysedFile>('analyse', config, todo, BATCH, (start, results) => results.forEach((r, k) => done(start + k, r)), (a) => a.file);
  }

  /** The analyzer of this thread for `config`. */
  analyzerFor(config: AnalyzerConfig): Analyzer {
    return (this.analyzer ??= new Analyzer(config));
  }

  close(): void {
    this.pool?.close();
  }

  private poolFor(files: number): SyncWorkerPool | undefined {
    if (this.pool) return this.pool;
    const size = this.workers ?? (files >= PARALLEL_FROM ? Math.min(availableParallelism(), MAX_WORKERS) : 0);
    if (size < 1 || files === 0 || (this.workers === undefined && size < 2)) return undefined;
    this.stats.workers = size;
    return (this.pool = new SyncWorkerPool(new URL('./buildThread.js', import.meta.url), size));
  }
}
