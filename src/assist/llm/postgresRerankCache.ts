import pg from 'pg';
import { KbError } from '../../errors.js';
import type { CachedRanking } from './rerankCache.js';
import type { RerankCacheStore } from './rerankCacheStore.js';

/** Serialises the table's creation when replicas start at once. */
const SCHEMA_LOCK = 0x6b6272;
/** How often expired entries are deleted (a read never returns one, whatever this is). */
const PURGE_MS = 60 * 60_000;

const SCHEMA = `CREATE TABLE IF NOT EXISTS kb_rerank_cache (
  key TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  ranking JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

/**
 * Reranks cached in PostgreSQL (`KB_DATABASE_URL`), shared by every replica; keyed like
 * the SQLite cache (normalised prompt, candidate ids, model), valid for the TTL by the
 * database's clock. A read that fails is a miss: the model is asked instead.
 */
export class PostgresRerankCache implements RerankCacheStore {
  private readonly purge: NodeJS.Timeout;
  /** Writes not yet done: close() waits for them, or a short-lived `kb assist` would drop its rerank. */
  private readonly writing = new Set<Promise<void>>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly ttlSeconds: number,
    private readonly onError: (message: string, err: Error) => void,
  ) {
    this.purge = setInterval(() => void this.deleteExpired().catch((err: Error) => onError('expired reranks not deleted', err)), PURGE_MS).unref();
  }

  static async open(url: string, ttlSeconds: number, onError: (message: string, err: Error) => void): Promise<PostgresRerankCache> {
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    const cache = new PostgresRerankCache(pool, ttlSeconds, onError);
    try {
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        await db.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        await db.query(SCHEMA);
        await db.query('COMMIT');
      } finally {
        db.release();
      }
      await cache.deleteExpired();
    } catch (err) {
      await cache.close();
      throw new KbError('rerank.cache-unreachable', `rerank cache: cannot use PostgreSQL: ${(err as Error).message}`, 'check KB_DATABASE_URL and that the server is up');
    }
    return cache;
  }

  async get(key: string): Promise<CachedRanking | undefined> {
    try {
      const { rows } = await this.pool.query<{ ranking: CachedRanking['ranking'] }>(`SELECT ranking FROM kb_rerank_cache WHERE key = $1 AND ${fresh('$2')}`, [key, this.ttlSeconds]);
      return rows[0] ? { ranking: rows[0].ranking } : undefined;
    } catch (err) {
      this.onError('rerank cache not read; asking the model', err as Error);
      return undefined;
    }
  }

  async put(key: string, model: string, value: CachedRanking): Promise<void> {
    const write = this.pool
      .query('INSERT INTO kb_rerank_cache (key, model, ranking) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET model = $2, ranking = $3, created_at = now()', [key, model, JSON.stringify(value.ranking)])
      .then(
        () => undefined,
        (err: Error) => this.onError('rerank not cached', err),
      )
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
    await write;
  }

  async deleteExpired(): Promise<void> {
    await this.pool.query(`DELETE FROM kb_rerank_cache WHERE NOT (${fresh('$1')})`, [this.ttlSeconds]);
  }

  async close(): Promise<void> {
    clearInterval(this.purge);
    await Promise.all(this.writing);
    await this.pool.end();
  }
}

/** Younger than the TTL, given in seconds by parameter `param`. */
const fresh = (param: string) => `created_at > now() - ${param}::float8 * interval '1 second'`;
