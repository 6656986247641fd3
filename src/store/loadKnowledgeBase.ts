import type { CompiledIndex } from '../index/compiledIndex.js';
import type { RelevanceModel } from '../relevance/relevanceModel.js';
import { SCOPES, type Scope } from '../types.js';
import { sqliteArticleStore, type ArticleStore } from './articleStore.js';
import { openIndexFile, readHeader, readIndex, readingIndexFile, readRelevance, type KnowledgeBaseData } from './knowledgeBaseFile.js';

/** What a query process holds of a built knowledge base: small parts whole, articles on demand. */
export interface LoadedKnowledgeBase extends Pick<KnowledgeBaseData, 'info' | 'analyzer' | 'categories'> {
  /** The compiled index of each scope asked for. */
  indexes: Partial<Record<Scope, CompiledIndex>>;
  /** The relevance model of each scope asked for. */
  relevance: Partial<Record<Scope, RelevanceModel>>;
  articles: ArticleStore;
}

/**
 * Opens `file` for querying the indexes of `scopes` (default: both): the indexes and
 * relevance models as views over their blobs, the article list, and the articles
 * themselves only when asked for. Refuses files of another format version.
 */
export function loadKnowledgeBase(file: string, scopes: readonly Scope[] = SCOPES): LoadedKnowledgeBase {
  const db = openIndexFile(file);
  try {
    return readingIndexFile(file, () => ({
      ...readHeader(db),
      indexes: Object.fromEntries(scopes.map((scope) => [scope, readIndex(db, scope)])),
      relevance: Object.fromEntries(scopes.map((scope) => [scope, readRelevance(db, scope)])),
      articles: sqliteArticleStore(db, file),
    }));
  } catch (err) {
    db.close();
    throw err;
  }
}
