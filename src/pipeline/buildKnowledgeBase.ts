import { resolve } from 'node:path';
import { Analyzer } from '../analysis/analyzer.js';
import { ContentError } from '../errors.js';
import { Elsewhere } from '../relevance/elsewhere.js';
import { NegativeExamples, storeNegatives } from '../relevance/negativeExamples.js';
import { VocabularyUnion } from '../index/analysedArticle.js';
import { scopeArticles } from '../index/documents.js';
import { compileTermDocs, type CompiledIndex } from '../index/compiledIndex.js';
import { INDEX_FIELDS } from '../index/lunrIndex.js';
import type { TermTable } from '../index/termTable.js';
import { writeKnowledgeBase, type KnowledgeBaseData } from '../store/knowledgeBaseFile.js';
import { FORMAT_VERSION } from '../store/indexFile.js';
import { learnRelevance } from '../relevance/learnRelevance.js';
import { LOCALES, SCOPES, type BuildInfo, type CompiledArticle, type Scope } from '../types.js';
import { BuildCache, buildCacheFile } from './buildCache.js';
import { analyzerConfig, compileContent, type CompileOptions } from './compileContent.js';
import type { FileTerms } from './fileTerms.js';
import { FileWork, type FileWorkStats } from './fileWork.js';
import { PACKAGE_VERSION } from '../version.js';

export interface BuildOptions extends CompileOptions {
  outFile: string;
  /** Fail on warnings too. */
  strict?: boolean;
  /** Worker threads for compiling and analysing (0: none); default: by the amount of work and the cores available. */
  workers?: number;
  /** Reuse and update the build cache beside the index (default true). */
  cache?: boolean;
}

export interface BuildResult {
  info: BuildInfo;
  diagnostics: ReturnType<typeof compileContent>['diagnostics'];
  /** How much per-file work this build did and how much it reused. */
  stats: FileWorkStats;
  /**
   * The whole build in ms, writing the index file and the build cache included: several
   * seconds at 20,000 articles that `info.durationMs` (stored in the file, so taken before
   * writing it) cannot count.
   */
  totalMs: number;
}

/** One article file as the index needs it: its terms per scope and field, as term numbers. */
interface IndexedFile extends Pick<CompiledArticle, 'id' | 'locale' | 'visibility'> {
  terms: FileTerms;
}

/**
 * The whole pipeline: content → compile → lint → analysis → index → one SQLite file.
 * Throws ContentError (with every diagnostic) if the content has errors, or warnings
 * under `strict`; the previous file at `outFile` is then left exactly as it was.
 * Per-file work (compiling, analysing) comes from the build cache when the file and the
 * engine are unchanged (see BuildCache), and runs in worker threads when there is much
 * of it; what depends on every article (postings, weights, vocabulary) is recomputed.
 */
export function buildKnowledgeBase(opts: BuildOptions): BuildResult {
  const started = performance.now();
  const cache = opts.cache === false ? undefined : new BuildCache(buildCacheFile(opts.outFile));
  const work = new FileWork(cache, opts.workers);
  try {
    const content = compileContent(opts, (files, onProgress, onRead) => work.compile(files, onProgress, onRead));
    const failing = content.diagnostics.filter((d) => d.severity === 'error' || opts.strict);
    if (failing.length) throw new ContentError(content.diagnostics.map((d) => (opts.strict ? { ...d, severity: 'error' as const } : d)));

    const config = analyzerConfig(content);
    const indexed = analyseAll(content.articles, config, work, opts.onProgress);
    const synonymTexts = [...content.synonyms.groups.flat(), ...content.synonyms.terms];
    const analyzer = work.analyzerFor(config);
    indexed.vocabulary.add(analyzer.vocabulary([], synonymTexts));
    const sorted: { ids?: number[] } = {};
    const data: KnowledgeBaseData = {
      info: {
        formatVersion: FORMAT_VERSION,
        packageVersion: PACKAGE_VERSION,
        contentHash: content.hash,
        ...(content.stamp && { contentStamp: content.stamp }),
        contentDir: resolve(opts.contentDir),
        builtAt: new Date().toISOString(),
        articles: new Set(content.articles.map((a) => a.id)).size,
        files: content.files,
        locales: LOCALES.filter((l) => content.articles.some((a) => a.locale === l)),
        warnings: content.diagnostics.length,
        durationMs: 0,
      },
      analyzer: { ...config, vocabulary: indexed.vocabulary.result(), synonymPhrases: analyzer.synonymPhrases },
      categories: content.categories,
      outOfScope: content.outOfScope,
      elsewhere: content.elsewhere,
      ours: content.ours,
      articles: content.articles,
      // The agent's first: the public index's terms are a subset of its terms, and reuse their order.
      indexes: Object.fromEntries(SCOPES.map((scope) => [scope, scopeIndex(indexed.files, work.table, scope, sorted)])) as Record<Scope, CompiledIndex>,
      passageWords: indexed.passageWords,
      // Learned once here, not by every process that loads the file, from the texts' term numbers the cache keeps,
      // in the order the agent index sorted its terms (it has every term of every text).
      relevance: learnRelevance(
        content.articles.map((article, i) => ({ article, texts: indexed.files[i]!.terms.texts })),
        work.table.terms,
        SCOPES,
        sorted.ids,
      ),
    };
    Object.assign(data, weighOutOfScope(data));
    opts.onProgress?.({ stage: 'write', done: 0, total: 1 });
    data.info.durationMs = Math.round(performance.now() - started);
    writeKnowledgeBase(opts.outFile, data);
    cache?.commit(work.table.terms);
    opts.onProgress?.({ stage: 'write', done: 1, total: 1 });
    return { info: data.info, diagnostics: content.diagnostics, stats: work.stats, totalMs: Math.round(performance.now() - started) };
  } finally {
    work.close();
    cache?.close();
  }
}

/**
 * The out-of-scope examples weighed by each scope's question matcher, and the names of
 * elsewhere analysed, as a query process would make them on its first search (analysed by
 * the analyzer the file stores), stored so that no process analyses them again.
 */
function weighOutOfScope(data: KnowledgeBaseData): Pick<KnowledgeBaseData, 'outOfScopeVectors' | 'elsewhereNames'> {
  const analyzer = new Analyzer(data.analyzer);
  const examples = (data.outOfScope ?? []).map((text) => analyzer.analyzeQuery(text));
  return {
    outOfScopeVectors: Object.fromEntries(
      Object.entries(data.relevance ?? {}).map(([scope, model]) => [scope, storeNegatives(NegativeExamples.weighed(examples, (f) => model.matcher.idfOf(f)))]),
    ),
    elsewhereNames: Elsewhere.analyse(data.elsewhere ?? [], analyzer),
  };
}

/**
 * Analyses (or takes from the cache) every article, keeping only what the index and the
 * file need: term numbers per field, passage words, vocabulary (an analysis is dropped
 * as soon as it is turned into these).
 */
function analyseAll(articles: CompiledArticle[], config: ReturnType<typeof analyzerConfig>, work: FileWork, onProgress: BuildOptions['onProgress']) {
  const configKey = BuildCache.configKey(config);
  const files = new Array<IndexedFile>(articles.length);
  const passageWords = new Map<string, string>();
  const vocabulary = new VocabularyUnion();
  let done = 0;
  onProgress?.({ stage: 'index', done: 0, total: articles.length });
  work.analyse(articles, config, configKey, (i, indexed) => {
    const a = articles[i]!;
    files[i] = { id: a.id, locale: a.locale, visibility: a.visibility, terms: indexed.terms };
    passageWords.set(`${a.id}|${a.locale}`, indexed.passageWords);
    vocabulary.add(indexed.vocabulary);
    if (++done % 1024 === 0) onProgress?.({ stage: 'index', done, total: articles.length });
  });
  onProgress?.({ stage: 'index', done: articles.length, total: articles.length });
  return { files, passageWords, vocabulary };
}

/** The compiled index of `scope`: one document per article, its locales' terms in order. */
function scopeIndex(files: IndexedFile[], table: TermTable, scope: Scope, sorted: { ids?: number[] }): CompiledIndex {
  const docs = scopeArticles(files, scope).map((locales) => ({
    ref: locales[0]!.id,
    fields: INDEX_FIELDS.map((_, f) => locales.map((l) => l.terms[scope][f]!)),
  }));
  return compileTermDocs(docs, table, sorted);
}
