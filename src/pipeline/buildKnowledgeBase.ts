import { Analyzer } from '../analysis/analyzer.js';
import { ContentError } from '../errors.js';
import { scopeDocs } from '../index/documents.js';
import { compileIndex, type CompiledIndex } from '../index/compiledIndex.js';
import { FORMAT_VERSION, writeKnowledgeBase, type KnowledgeBaseData } from '../store/knowledgeBaseFile.js';
import { learnRelevance } from '../relevance/learnRelevance.js';
import { LOCALES, SCOPES, type BuildInfo, type CompiledArticle, type Scope } from '../types.js';
import { passageSources } from '../query/snippet.js';
import { PACKAGE_VERSION } from '../version.js';
import { analyzerConfig, compileContent, type CompileOptions } from './compileContent.js';

export interface BuildOptions extends CompileOptions {
  outFile: string;
  /** Fail on warnings too. */
  strict?: boolean;
}

export interface BuildResult {
  info: BuildInfo;
  diagnostics: ReturnType<typeof compileContent>['diagnostics'];
}

/**
 * The whole pipeline: content → compile → lint → analysis → index → one SQLite file.
 * Throws ContentError (with every diagnostic) if the content has errors, or warnings
 * under `strict`; the previous file at `outFile` is then left exactly as it was.
 */
export function buildKnowledgeBase(opts: BuildOptions): BuildResult {
  const started = performance.now();
  const content = compileContent(opts);
  const failing = content.diagnostics.filter((d) => d.severity === 'error' || opts.strict);
  if (failing.length) throw new ContentError(content.diagnostics.map((d) => (opts.strict ? { ...d, severity: 'error' as const } : d)));

  const config = analyzerConfig(content);
  const indexing = new Analyzer(config);
  const analyzer = { ...config, vocabulary: indexing.vocabulary(articleTexts(content.articles), keyTexts(content)) };
  const data: KnowledgeBaseData = {
    info: {
      formatVersion: FORMAT_VERSION,
      packageVersion: PACKAGE_VERSION,
      contentHash: content.hash,
      builtAt: new Date().toISOString(),
      articles: new Set(content.articles.map((a) => a.id)).size,
      files: content.files,
      locales: LOCALES.filter((l) => content.articles.some((a) => a.locale === l)),
      warnings: content.diagnostics.length,
      durationMs: 0,
    },
    analyzer,
    categories: content.categories,
    articles: content.articles,
    indexes: buildIndexes(content.articles, indexing, opts.onProgress),
    passageWords: new Map(content.articles.map((a) => [`${a.id}|${a.locale}`, JSON.stringify(passageSources(a).map((p) => indexing.analyze(p.text).words))])),
    // Learned once here, not by every process that loads the file.
    relevance: learnRelevance(content.articles, indexing, SCOPES),
  };
  opts.onProgress?.({ stage: 'write', done: 0, total: 1 });
  data.info.durationMs = Math.round(performance.now() - started);
  writeKnowledgeBase(opts.outFile, data);
  opts.onProgress?.({ stage: 'write', done: 1, total: 1 });
  return { info: data.info, diagnostics: content.diagnostics };
}

/** Every text of every article that is indexed (internal sections too: agents search them). */
function* articleTexts(articles: CompiledArticle[]): Generator<string> {
  for (const a of articles) {
    yield a.title;
    yield* a.questions;
    yield* a.tags;
    for (const s of a.sections) yield s.text;
  }
}

/** The vocabulary Chinese typos are corrected to: titles, tags, synonyms and terms. */
function* keyTexts(content: { articles: CompiledArticle[]; synonyms: { groups: string[][]; terms: string[] } }): Generator<string> {
  for (const a of content.articles) {
    yield a.title;
    yield* a.tags;
  }
  yield* content.synonyms.groups.flat();
  yield* content.synonyms.terms;
}

function buildIndexes(articles: CompiledArticle[], analyzer: Analyzer, onProgress: BuildOptions['onProgress']): Record<Scope, CompiledIndex> {
  const total = new Set(articles.map((a) => a.id)).size * 2;
  let done = 0;
  const progress = () => onProgress?.({ stage: 'index', done: done++, total });
  return {
    agent: compileIndex(scopeDocs(articles, 'agent', analyzer, progress)),
    public: compileIndex(scopeDocs(articles, 'public', analyzer, progress)),
  };
}
