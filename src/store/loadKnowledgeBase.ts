import type Database from 'better-sqlite3';
import type { CompiledIndex } from '../index/compiledIndex.js';
import type { RelevanceModel } from '../relevance/relevanceModel.js';
import { SCOPES, type Scope } from '../types.js';
import { sqliteArticleStore, type ArticleStore } from './articleStore.js';
import { decodeIndex } from '../index/indexBlobs.js';
import { decodeRelevance } from '../relevance/relevanceBlobs.js';
import { openIndexFile, readHeader, readIndex, readingIndexFile, readRelevance, requireScopes, type KnowledgeBaseData, type ScopeBlobs } from './knowledgeBaseFile.js';

/** What a query process holds of a built knowledge base: small parts whole, articles on demand. */
export interface LoadedKnowledgeBase extends Pick<KnowledgeBaseData, 'info' | 'analyzer' | 'categories'> {
  /** The compiled index of each scope loaded. */
  indexes: Partial<Record<Scope, CompiledIndex>>;
  /** The relevance model of each scope loaded. */
  relevance: Partial<Record<Scope, RelevanceModel>>;
  articles: ArticleStore;
  /** Loads a scope not loaded yet (one of `onDemand` given to loadKnowledgeBase). */
  loadScope?: (scope: Scope) => ScopeData;
  /** The scopes `loadScope` can load. */
  onDemand?: readonly Scope[];
}

/** What one scope's queries need: its compiled index and its relevance model. */
export interface ScopeData {
  index: CompiledIndex;
  relevance: RelevanceModel;
}

/**
 * Opens `file` for querying the indexes of `scopes` (default: both): the indexes and
 * relevance models as views over their blobs, the article list, and the articles
 * themselves only when asked for. The scopes of `onDemand` are checked to be there but
 * read only when `loadScope` is called (a server loads the public scope on its first
 * public request: one that answers agents only never pays for it). Refuses files of another format version.
 * `read`: blobs of `scopes` already read from this file (see readScopesOffThread), used instead of reading them again.
 */
export function loadKnowledgeBase(file: string, scopes: readonly Scope[] = SCOPES, onDemand: readonly Scope[] = [], read: Partial<Record<Scope, ScopeBlobs>> = {}): LoadedKnowledgeBase {
  const db = openIndexFile(file);
  const later = onDemand.filter((s) => !scopes.includes(s));
  try {
    return readingIndexFile(file, () => {
      requireScopes(db, later);
      return {
        ...readHeader(db),
        indexes: Object.fromEntries(scopes.map((scope) => [scope, read[scope] ? decodeIndex(read[scope].index) : readIndex(db, scope)])),
        relevance: Object.fromEntries(scopes.map((scope) => [scope, read[scope] ? decodeRelevance(read[scope].relevance) : readRelevance(db, scope)])),
        articles: sqliteArticleStore(db, file),
        ...(later.length && { onDemand: later, loadScope: (scope: Scope) => readScope(db, file, scope) }),
      };
    });
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The handle stays open for the article store: the file it reads is immutable (see sqliteArticleStore). */
function readScope(db: Database.Database, file: string, scope: Scope): ScopeData {
  return readingIndexFile(file, () => ({ index: readIndex(db, scope), relevance: readRelevance(db, scope) }));
}
