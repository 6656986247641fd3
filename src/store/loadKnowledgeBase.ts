import type Database from 'better-sqlite3';
import type { CompiledIndex } from '../index/compiledIndex.js';
import type { RelevanceModel } from '../relevance/relevanceModel.js';
import { SCOPES, type Scope } from '../types.js';
import type { ArticleList } from './articleList.js';
import { sqliteArticleStore, type ArticleStore } from './articleStore.js';
import { decodeIndex } from '../index/indexBlobs.js';
import { decodeRelevance } from '../relevance/relevanceBlobs.js';
import { readAllNegatives, readIndex, readNegatives, readRelevance, type KnowledgeBaseData } from './knowledgeBaseFile.js';
import type { StoredNegatives } from '../relevance/negativeExamples.js';
import { openIndexFile, readHeader, readInfoText, readingIndexFile, requireScopes, type ScopeBlobs } from './indexFile.js';

/** What a query process holds of a built knowledge base: small parts whole, articles on demand. */
export interface LoadedKnowledgeBase extends Pick<KnowledgeBaseData, 'info' | 'analyzer' | 'categories' | 'outOfScope' | 'elsewhere' | 'elsewhereNames' | 'ours' | 'outOfScopeVectors'> {
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

/** Parts of an index file a caller read already (a server reads them in two threads, see openForServingOverlapped). */
export interface AlreadyRead {
  /**
   * The build info (see readInfoText) of the file the parts were read from: they are used
   * only if the file opened now is the same build (a rebuild may have renamed a new one over it).
   */
  info?: string;
  /** readHeader's answer. */
  header?: ReturnType<typeof readHeader>;
  /** The blobs of some of the scopes to load (see readScopesOffThread). */
  blobs?: Partial<Record<Scope, ScopeBlobs>>;
  /** readArticleList's answer. */
  articles?: ArticleList;
}

/** What one scope's queries need: its compiled index, its relevance model and its weighed out-of-scope examples. */
export interface ScopeData {
  index: CompiledIndex;
  relevance: RelevanceModel;
  negatives?: StoredNegatives;
}

/**
 * Opens `file` for querying the indexes of `scopes` (default: both): the indexes and
 * relevance models as views over their blobs, the article list, and the articles
 * themselves only when asked for. The scopes of `onDemand` are checked to be there but
 * read only when `loadScope` is called (a server loads the public scope on its first
 * public request: one that answers agents only never pays for it). Refuses files of another format version.
 * `read`: parts already read from this file (see AlreadyRead), used instead of reading them again.
 */
export function loadKnowledgeBase(file: string, scopes: readonly Scope[] = SCOPES, onDemand: readonly Scope[] = [], read: AlreadyRead = {}): LoadedKnowledgeBase {
  let blobs: Partial<Record<Scope, ScopeBlobs>> = {};
  let header: AlreadyRead['header'];
  let list: ArticleList | undefined;
  const db = openIndexFile(file);
  const later = onDemand.filter((s) => !scopes.includes(s));
  try {
    return readingIndexFile(file, () => {
      if (read.info !== undefined && read.info === readInfoText(db)) ({ blobs = {}, header, articles: list } = read);
      requireScopes(db, later);
      return {
        ...(header ?? readHeader(db)),
        indexes: Object.fromEntries(scopes.map((scope) => [scope, blobs[scope] ? decodeIndex(blobs[scope].index) : readIndex(db, scope)])),
        relevance: Object.fromEntries(scopes.map((scope) => [scope, blobs[scope] ? decodeRelevance(blobs[scope].relevance) : readRelevance(db, scope)])),
        outOfScopeVectors: readAllNegatives(db, scopes),
        articles: sqliteArticleStore(db, file, list),
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
  return readingIndexFile(file, () => ({ index: readIndex(db, scope), relevance: readRelevance(db, scope), negatives: readNegatives(db, scope) }));
}
