import type { CachedRanking } from './rerankCache.js';

/**
 * Where reranks are cached: the SQLite state file of one server (`RerankCache`), or
 * PostgreSQL shared by every replica (`PostgresRerankCache`), so a call's line reranked
 * on one replica is not paid for again on another. Entries expire after the TTL.
 */
export interface RerankCacheStore {
  /** The cached ranking for `key`, if one younger than the TTL exists. */
  get(key: string): CachedRanking | undefined | Promise<CachedRanking | undefined>;
  put(key: string, model: string, value: CachedRanking): void | Promise<void>;
  close(): void | Promise<void>;
}
