import { Analyzer } from '../analysis/analyzer.js';
import type { ElsewhereEntry } from '../content/loadConfig.js';
import { KbError } from '../errors.js';
import type { CompiledIndex } from '../index/compiledIndex.js';
import { learnRelevanceOf } from '../relevance/learnRelevance.js';
import { Elsewhere, type ElsewhereName } from '../relevance/elsewhere.js';
import { NegativeExamples, type StoredNegatives } from '../relevance/negativeExamples.js';
import { ourNamesPattern } from '../relevance/ourNames.js';
import type { RelevanceModel } from '../relevance/relevanceModel.js';
import type { ArticleEntry } from '../store/articleList.js';
import { memoryArticleStore, type ArticleStore } from '../store/articleStore.js';
import type { KnowledgeBaseData } from '../store/knowledgeBaseFile.js';
import { loadKnowledgeBase, type LoadedKnowledgeBase, type ScopeData } from '../store/loadKnowledgeBase.js';
import { LruCache } from './lruCache.js';
import { LOCALES, SCOPES, type BuildInfo, type Category, type CompiledArticle, type Locale, type Scope } from '../types.js';

/** Queries that touch each of the analyzer's lazily made tables: Simplified and Traditional Chinese with a homophone typo, English with a typo. */
const WARM_QUERIES = ['体现到账', '匯款到賬', 'intermediry fee'];

/** Results kept per loaded index: a few MB at most. */
export const SEARCH_CACHE_SIZE = 2000;

/**
 * A built knowledge base loaded for querying: the analyzer it was built with, one compiled
 * index and one relevance model per scope, the list of articles, and the articles
 * themselves read on demand. Immutable: a rebuild produces a new instance, swapped in whole.
 */
export class KnowledgeBase {
  readonly info: BuildInfo;
  readonly categories: Category[];
  readonly analyzer: Analyzer;
  private readonly indexes: Partial<Record<Scope, CompiledIndex>>;
  private readonly models: Partial<Record<Scope, RelevanceModel>>;
  /** Loads a scope of `onDemand` on first use (see open). */
  private readonly loadScope: LoadedKnowledgeBase['loadScope'];
  private readonly onDemand: readonly Scope[];
  private readonly store: ArticleStore;
  private readonly idsOf: Partial<Record<Scope, string[]>> = {};
  /** Questions the content does not answer (content/out-of-scope.yaml). */
  readonly outOfScopeExamples: readonly string[];
  private readonly negatives: Partial<Record<Scope, NegativeExamples>> = {};
  private readonly elsewhereEntries: readonly ElsewhereEntry[];
  private elsewhereMatcher?: Elsewhere;
  /** `elsewhereEntries` as the build analysed them (absent in data made in memory). */
  private readonly elsewhereNames: readonly ElsewhereName[] | undefined;
  /** The provider's own names (content/out-of-scope.yaml) as ourNamesPattern makes them. */
  readonly ourNames: string;
  /** Per scope, the out-of-scope examples as the build weighed them (absent in data made in memory); dropped once used. */
  private readonly storedNegatives: Partial<Record<Scope, StoredNegatives>>;
  /**
   * Recent search results of this index (agents type the same prefixes and questions over
   * and over). Lives and dies with the instance, so a rebuilt index starts empty.
   */
  readonly searchCache = new LruCache<string, unknown>(SEARCH_CACHE_SIZE);

  /** `analyzer`: one already made from `loaded.analyzer` (a server makes it while the index's blobs are read). */
  constructor(loaded: LoadedKnowledgeBase, analyzer = new Analyzer(loaded.analyzer)) {
    this.info = loaded.info;
    this.categories = loaded.categories;
    this.analyzer = analyzer;
    this.indexes = { ...loaded.indexes };
    this.models = { ...loaded.relevance };
    this.loadScope = loaded.loadScope;
    this.onDemand = loaded.onDemand ?? [];
    this.store = loaded.articles;
    this.outOfScopeExamples = loaded.outOfScope ?? [];
    this.elsewhereEntries = loaded.elsewhere ?? [];
    this.elsewhereNames = loaded.elsewhereNames;
    this.ourNames = ourNamesPattern(loaded.ours ?? []);
    this.storedNegatives = { ...loaded.outOfScopeVectors };
  }

  /**
   * Opens `file` with the indexes and relevance models of `scopes` (default: both) loaded
   * now, and those of `onDemand` loaded on their first use (a query of that scope, or
   * `load`). Every scope of either list is checked to be in the file now.
   */
  static open(file: string, scopes?: readonly Scope[], onDemand?: readonly Scope[]): KnowledgeBase {
    return new KnowledgeBase(loadKnowledgeBase(file, scopes, onDemand));
  }

  /** The scopes whose index and relevance model are in memory. */
  get loadedScopes(): Scope[] {
    return SCOPES.filter((s) => this.indexes[s]);
  }

  /**
   * Makes now what a first search makes on demand: the analyzer's tables (OpenCC's, the
   * pinyin of the speller's Chinese words, its English vocabulary) and each loaded scope's
   * out-of-scope examples, so a server's first query after ready, or after a swap, is as
   * fast as the next (they took the first agent's search about 60 ms).
   */
  warm(): void {
    for (const q of WARM_QUERIES) this.analyzer.analyzeQuery(q);
    for (const scope of this.loadedScopes) this.outOfScope(scope);
    void this.elsewhere;
  }

  /** Loads `scopes` now if they are loaded on demand and not yet (a server warming a new index before it serves). */
  load(scopes: readonly Scope[]): void {
    for (const scope of scopes) if (this.onDemand.includes(scope)) this.index(scope);
  }

  /**
   * A knowledge base over data in memory (a test's, a benchmark's): the relevance models
   * of indexed scopes that come without one are learned here, as `kb build` learns them.
   */
  static fromData(data: KnowledgeBaseData): KnowledgeBase {
    const scopes = SCOPES.filter((s) => data.indexes[s]);
    const missing = scopes.filter((s) => !data.relevance?.[s]);
    const analyzer = new Analyzer(data.analyzer);
    const relevance = { ...data.relevance, ...(missing.length ? learnRelevanceOf(data.articles, analyzer, missing) : {}) };
    return new KnowledgeBase({ ...data, relevance: Object.fromEntries(scopes.map((s) => [s, relevance[s]!])), articles: memoryArticleStore(data.articles, data.passageWords) });
  }

  index(scope: Scope): CompiledIndex {
    return this.indexes[scope] ?? this.loadOnDemand(scope).index;
  }

  /** The build's analysed words of each snippet passage of `article` (see passageSources). */
  passageWords(article: CompiledArticle): string[][] | undefined {
    return this.store.passageWords(article.id, article.locale);
  }

  /** The same as stored (JSON), unparsed. */
  passageWordsJson(article: CompiledArticle): string | undefined {
    return this.store.passageWordsJson(article.id, article.locale);
  }

  /** What the ranking learned from the similar questions of the articles `scope` sees. */
  relevance(scope: Scope): RelevanceModel {
    return this.models[scope] ?? this.loadOnDemand(scope).relevance;
  }

  /** Institutions and products that are not ours (content/out-of-scope.yaml), as the build analysed them (else analysed on first use). */
  get elsewhere(): Elsewhere {
    return (this.elsewhereMatcher ??= this.elsewhereNames ? new Elsewhere(this.elsewhereNames) : Elsewhere.of(this.elsewhereEntries, this.analyzer));
  }

  /**
   * The out-of-scope examples, weighed by `scope`'s question matcher (so their similarity
   * compares with a similar question's): as the build weighed them, else analysed on first
   * use (a few hundred short texts: about 200 ms).
   */
  outOfScope(scope: Scope): NegativeExamples {
    const found = this.negatives[scope];
    if (found) return found;
    const matcher = this.relevance(scope).matcher;
    const idf = (f: string) => matcher.idfOf(f);
    const stored = this.storedNegatives[scope];
    delete this.storedNegatives[scope];
    return (this.negatives[scope] = stored
      ? NegativeExamples.fromStored(this.outOfScopeExamples, stored, idf)
      : NegativeExamples.of(this.outOfScopeExamples, this.outOfScopeExamples.map((t) => this.analyzer.analyzeQuery(t)), idf));
  }

  /** Reads a scope of `onDemand` (synchronously: requests that come meanwhile wait, none sees half of it). */
  private loadOnDemand(scope: Scope): ScopeData {
    if (!this.loadScope || !this.onDemand.includes(scope)) throw notLoaded(scope);
    const loaded = this.loadScope(scope);
    this.indexes[scope] = loaded.index;
    this.models[scope] = loaded.relevance;
    if (loaded.negatives) this.storedNegatives[scope] = loaded.negatives;
    return loaded;
  }

  /** Article ids visible in `scope`, sorted. */
  ids(scope: Scope): string[] {
    return (this.idsOf[scope] ??= this.store.list.allIds().filter((id) => this.entry(id, 'en', scope)).sort());
  }

  /**
   * The article in `locale`, or in the other locale when it has no translation. Internal
   * articles do not exist for the public scope.
   */
  article(id: string, locale: Locale, scope: Scope): CompiledArticle | undefined {
    const found = this.entry(id, locale, scope);
    return found && this.store.article(found.id, found.locale);
  }

  /** What `article` would return, without reading the article: its id, locale, category and visibility. */
  entry(id: string, locale: Locale, scope: Scope): ArticleEntry | undefined {
    const { list } = this.store;
    const found = list.entry(id, locale) ?? LOCALES.map((l) => list.entry(id, l)).find(Boolean);
    if (!found || (scope === 'public' && !list.allPublic(id))) return undefined;
    return found;
  }
}

function notLoaded(scope: Scope): KbError {
  return new KbError('index.scope-not-loaded', `index: the ${scope} index was not loaded`, 'open the knowledge base with that scope');
}
