import { Analyzer, type TextAnalysis } from '../analysis/analyzer.js';
import { KbError } from '../errors.js';
import type { CompiledIndex } from '../index/compiledIndex.js';
import type { TextAnalyzer } from '../relevance/features.js';
import { readKnowledgeBase, type KnowledgeBaseData } from '../store/knowledgeBaseFile.js';
import { RelevanceModel } from '../relevance/relevanceModel.js';
import { LruCache } from './lruCache.js';
import { LOCALES, SCOPES, type BuildInfo, type Category, type CompiledArticle, type Locale, type Scope } from '../types.js';

/** Results kept per loaded index: a few MB at most. */
export const SEARCH_CACHE_SIZE = 2000;

/**
 * A built knowledge base loaded for querying: the analyzer it was built with, one compiled
 * index per scope, and every article in memory (a few hundred KB for the sample).
 * Immutable: a rebuild produces a new instance, swapped in whole.
 */
export class KnowledgeBase {
  readonly info: BuildInfo;
  readonly categories: Category[];
  readonly analyzer: Analyzer;
  private readonly indexes: Partial<Record<Scope, CompiledIndex>>;
  private readonly byId = new Map<string, Partial<Record<Locale, CompiledArticle>>>();
  /** One relevance model per loaded index: a scope not loaded costs nothing. */
  private readonly models: Partial<Record<Scope, RelevanceModel>> = {};
  private readonly passageJson: Map<string, string>;
  /**
   * Recent search results of this index (agents type the same prefixes and questions over
   * and over). Lives and dies with the instance, so a rebuilt index starts empty.
   */
  readonly searchCache = new LruCache<string, unknown>(SEARCH_CACHE_SIZE);

  constructor(data: KnowledgeBaseData) {
    this.info = data.info;
    this.categories = data.categories;
    this.analyzer = new Analyzer(data.analyzer);
    this.indexes = data.indexes;
    this.passageJson = data.passageWords ?? new Map();
    for (const a of data.articles) this.byId.set(a.id, { ...this.byId.get(a.id), [a.locale]: a });
    // Learned when loaded, not on first use: a loaded index answers its first query at full speed.
    // Both scopes share most text: analyse each text once.
    const analysed = new Map<string, TextAnalysis>();
    const memo = { analyze: (text: string) => analysed.get(text) ?? analysed.set(text, this.analyzer.analyze(text)).get(text)! };
    for (const scope of SCOPES) if (this.indexes[scope]) this.models[scope] = this.buildRelevance(scope, memo);
  }

  /** Opens `file` with the indexes of `scopes` (default: both). */
  static open(file: string, scopes?: readonly Scope[]): KnowledgeBase {
    return new KnowledgeBase(readKnowledgeBase(file, scopes));
  }

  index(scope: Scope): CompiledIndex {
    const index = this.indexes[scope];
    if (!index) throw notLoaded(scope);
    return index;
  }

  /** The build's analysed words of each snippet passage of `article` (see passageSources), parsed on first use. */
  passageWords(article: CompiledArticle): string[][] | undefined {
    const json = this.passageJson.get(`${article.id}|${article.locale}`);
    return json === undefined ? undefined : (JSON.parse(json) as string[][]);
  }

  /** What the ranking learned from the similar questions of the articles `scope` sees. */
  relevance(scope: Scope): RelevanceModel {
    const model = this.models[scope];
    if (!model) throw notLoaded(scope);
    return model;
  }

  private buildRelevance(scope: Scope, analyzer: TextAnalyzer): RelevanceModel {
    const locales = (id: string) => LOCALES.map((l) => this.byId.get(id)![l]).filter((a) => a !== undefined);
    return RelevanceModel.build(this.ids(scope).map(locales), scope, analyzer);
  }

  /** Article ids visible in `scope`, sorted. */
  ids(scope: Scope): string[] {
    return [...this.byId.keys()].filter((id) => this.article(id, 'en', scope)).sort();
  }

  /**
   * The article in `locale`, or in the other locale when it has no translation. Internal
   * articles do not exist for the public scope.
   */
  article(id: string, locale: Locale, scope: Scope): CompiledArticle | undefined {
    const locales = this.byId.get(id);
    if (!locales) return undefined;
    const found = locales[locale] ?? LOCALES.map((l) => locales[l]).find(Boolean);
    if (!found || (scope === 'public' && Object.values(locales).some((a) => a.visibility !== 'public'))) return undefined;
    return found;
  }
}

function notLoaded(scope: Scope): KbError {
  return new KbError('index.scope-not-loaded', `index: the ${scope} index was not loaded`, 'open the knowledge base with that scope');
}
