import { checkDatabaseUrl } from '../../shared/databaseUrl.js';
import type { RerankCacheStore } from './rerankCacheStore.js';

export interface RerankCacheOptions {
  /** The SQLite state file beside the index, used when there is no database. */
  stateFile: string;
  /** `KB_DATABASE_URL`: the cache shared by every replica and every CLI run. */
  databaseUrl?: string;
  ttlSeconds: number;
  /** A read or write that failed (the rerank goes on without the cache). */
  onError: (message: string, err: Error) => void;
}

/**
 * The rerank cache `kb serve` and `kb assist` both use: in PostgreSQL when
 * KB_DATABASE_URL is set, so a rerank paid for once is reused by every replica and
 * command; else in the state file. pg and SQLite load only for the store chosen.
 */
export async function openRerankCache(opts: RerankCacheOptions): Promise<RerankCacheStore> {
  if (!opts.databaseUrl) return new (await import('./rerankCache.js')).RerankCache(opts.stateFile, opts.ttlSeconds);
  const { PostgresRerankCache } = await import('./postgresRerankCache.js');
  return PostgresRerankCache.open(checkDatabaseUrl(opts.databaseUrl), opts.ttlSeconds, opts.onError);
}
