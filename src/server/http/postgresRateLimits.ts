import { MemoryStore, type ClientRateLimitInfo, type Options, type Store } from 'express-rate-limit';
import pg from 'pg';
import { inTransaction } from '../../shared/pgTransaction.js';

/** Serialises the table's creation when replicas start at once. */
const SCHEMA_LOCK = 0x6b626c;
/** After a failure, counting stays in memory this long before PostgreSQL is tried again. */
const RETRY_MS = 5_000;
/** A counter must never hold a request up for long: past this the request is counted in memory. */
const QUERY_TIMEOUT_MS = 2_000;

const SCHEMA = `CREATE TABLE IF NOT EXISTS kb_rate_limits (
  key TEXT PRIMARY KEY,
  window_start TIMESTAMPTZ NOT NULL,
  hits INTEGER NOT NULL
)`;

/**
 * One hit, atomically (one upsert; the row is locked by it): the window opens at the
 * client's first request, as in express-rate-limit's MemoryStore, by the database's clock,
 * so every replica counts into the same window; a window older than `$2` ms starts again at 1.
 * (All SET expressions read the row as it was.)
 */
const INCREMENT = `INSERT INTO kb_rate_limits AS r (key, window_start, hits) VALUES ($1, now(), 1)
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.window_start > now() - $2::float8 * interval '1 ms' THEN r.hits + 1 ELSE 1 END,
  window_start = CASE WHEN r.window_start > now() - $2::float8 * interval '1 ms' THEN r.window_start ELSE now() END
RETURNING hits, window_start`;

/** Where the store tells about outages (the server's logger). */
export interface OutageLog {
  warn(fields: { err: string }, message: string): void;
  info(message: string): void;
}

/**
 * Rate-limit counters in PostgreSQL (`KB_DATABASE_URL`), shared by every replica, so a
 * client gets the configured rate in all, not per replica. One pool for all the limiters;
 * `store(name)` gives each limiter its own counters. When PostgreSQL fails, requests are
 * counted in this process's memory (the limit then holds per replica) with one warning per
 * outage, and PostgreSQL is tried again after a few seconds: a database outage never stops
 * the API.
 */
export class PostgresRateLimits {
  private readonly pool: pg.Pool;
  private schema: Promise<void> | undefined;
  private downUntil = 0;
  private down = false;
  private purge: NodeJS.Timeout | undefined;

  constructor(url: string, private readonly log: OutageLog) {
    this.pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: QUERY_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS });
    // An idle connection that breaks is replaced on the next query; its error is that query's.
    this.pool.on('error', () => undefined);
  }

  /** The counters of one limiter, its keys prefixed with `name`. */
  store(name: string): Store {
    return new SharedCounters(this, name);
  }

  /** Runs `query` against PostgreSQL, or returns undefined (and warns once) while it fails. */
  async attempt<T>(query: (pool: pg.Pool) => Promise<T>): Promise<T | undefined> {
    if (Date.now() < this.downUntil) return undefined;
    try {
      this.schema ??= this.createSchema();
      await this.schema;
      const result = await query(this.pool);
      if (this.down) this.log.info('rate limits: PostgreSQL answers again; counting there again');
      this.down = false;
      return result;
    } catch (err) {
      this.schema = undefined;
      this.downUntil = Date.now() + RETRY_MS;
      if (!this.down) this.log.warn({ err: (err as Error).message }, 'rate limits: PostgreSQL failed; counting in this replica\'s memory until it answers');
      this.down = true;
      return undefined;
    }
  }

  /** Deletes counters of windows long past, every window (an increment never counts on them). */
  purgeEvery(windowMs: number): void {
    this.purge ??= setInterval(() => void this.attempt((pool) => pool.query(`DELETE FROM kb_rate_limits WHERE window_start < now() - $1::float8 * interval '1 ms'`, [windowMs])), windowMs).unref();
  }

  async close(): Promise<void> {
    clearInterval(this.purge);
    await this.pool.end();
  }

  private async createSchema(): Promise<void> {
    await inTransaction(this.pool, async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await db.query(SCHEMA);
    });
  }
}

/** express-rate-limit's Store over the shared table, with memory as the fallback. */
class SharedCounters implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;
  private readonly fallback = new MemoryStore();

  constructor(private readonly shared: PostgresRateLimits, name: string) {
    this.prefix = `${name}:`;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
    this.fallback.init(options);
    this.shared.purgeEvery(options.windowMs);
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const row = await this.shared.attempt(async (pool) => (await pool.query<{ hits: number; window_start: Date }>(INCREMENT, [this.prefix + key, this.windowMs])).rows[0]!);
    if (!row) return this.fallback.increment(key);
    return { totalHits: row.hits, resetTime: new Date(row.window_start.getTime() + this.windowMs) };
  }

  async decrement(key: string): Promise<void> {
    const done = await this.shared.attempt((pool) => pool.query('UPDATE kb_rate_limits SET hits = GREATEST(hits - 1, 0) WHERE key = $1', [this.prefix + key]));
    if (!done) await this.fallback.decrement(key);
  }

  async resetKey(key: string): Promise<void> {
    await this.shared.attempt((pool) => pool.query('DELETE FROM kb_rate_limits WHERE key = $1', [this.prefix + key]));
    await this.fallback.resetKey(key);
  }

  shutdown(): void {
    this.fallback.shutdown();
  }
}
