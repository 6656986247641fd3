import type lunr from 'lunr';
import { Analyzer, type TextAnalysis } from '../analysis/analyzer.js';
import type { TextAnalyzer } from '../relevance/features.js';
import { loadLunrIndex } from '../index/lunrIndex.js';
import { readKnowledgeBase, type KnowledgeBaseData } from '../store/knowledgeBaseFile.js';
import { RelevanceModel } from '../relevance/relevanceModel.js';
import { LruCache } from './lruCache.js';
import { LOCALES, type BuildInfo, type Category, type CompiledArticle, type Locale, type Scope } from '../types.js';

/** Results kept per loaded index: a few MB at most. */
export const SEARCH_CACHE_SIZE = 2000;

/**
 * A built knowledge base loaded for querying: the analyzer it was built with, one lunr
 * index per scope, and every article in memory (a few hundred KB for the sample).
 * Immutable: a rebuild produces a new instance, swapped in whole.
 */
export class KnowledgeBase {
  readonly info: BuildInfo;
  readonly categories: Category[];
  readonly analyzer: Analyzer;
  private readonly indexes: Record<Scope, lunr.Index>;
  private readonly byId = new Map<string, Partial<Record<Locale, CompiledArticle>>>();
  private readonly models: Record<Scope, RelevanceModel>;
  /**
   * Recent search results of this index (agents type the same prefixes and questions over
   * and over). Lives and dies with the instance, so a rebuilt index starts empty.
   */
  readonly searchCache = new LruCache<string, unknown>(SEARCH_CACHE_SIZE);

  constructor(data: KnowledgeBaseData) {
    this.info = data.info;
    this.categories = data.categories;
    this.analyzer = new Analyzer(data.analyzer);
    this.indexes = { agent: loadLunrIndex(data.indexes.agent), public: loadLunrIndex(data.indexes.public) };
    for (const a of data.articles) this.byId.set(a.id, { ...this.byId.get(a.id), [a.locale]: a });
    // Learned when loaded, not on first use: a loaded index answers its first query at full speed.
    // Both scopes share most text: analyse each text once.
    const analysed = new Map<string, TextAnalysis>();
    const memo = { analyze: (text: string) => analysed.get(text) ?? analysed.set(text, this.analyzer.analyze(text)).get(text)! };
    this.models = { agent: this.buildRelevance('agent', memo), public: this.buildRelevance('public', memo) };
  }

  static open(file: string): KnowledgeBase {
    return new KnowledgeBase(readKnowledgeBase(file));
  }

  index(scope: Scope): lunr.Index {
    return this.indexes[scope];
  }

  /** What the ranking learned from the similar questions of the articles `scope` sees. */
  relevance(scope: Scope): RelevanceModel {
    return this.models[scope];
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
