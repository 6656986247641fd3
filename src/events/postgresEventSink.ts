import pg from 'pg';
import { KbError } from '../errors.js';
import { inTransaction } from '../shared/pgTransaction.js';
import type { EventFilter, StoredEvent } from './event.js';
import { COLUMNS, fromRow, toRow, whereClause } from './eventRow.js';
import { newerSchemaError, type EventSink } from './eventSink.js';
import { MIGRATIONS, SCHEMA_VERSION, statements, VERSION_TABLE } from './migrations/index.js';

/** Serialises migrations of several `kb serve` replicas starting at once (any fixed number). */
const MIGRATION_LOCK = 0x6b6265;

/**
 * Events in PostgreSQL (`KB_DATABASE_URL`), the same schema as SQLite, so several replicas
 * record into one place. Each batch is one multi-row INSERT in one transaction; ids are
 * UUIDs, so a batch retried after a lost acknowledgement is not stored twice. A schema
 * (`?options=-c search_path=...`) in the URL is honoured.
 */
export class PostgresEventSink implements EventSink {
  readonly backend = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresEventSink> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    // An idle client losing its connection (server restart) must not crash the process.
    pool.on('error', () => undefined);
    try {
      await migrate(pool, redact(url));
    } catch (err) {
      await pool.end();
      if (err instanceof KbError) throw err;
      throw new KbError('events.store-unreachable', `events store: cannot use PostgreSQL at ${redact(url)}: ${(err as Error).message}`, 'check KB_DATABASE_URL and that the server is up');
    }
    return new PostgresEventSink(pool);
  }

  async write(batch: readonly StoredEvent[]): Promise<void> {
    if (!batch.length) return;
    const values: unknown[] = [];
    const rows = batch.map((e) => {
      const row = toRow(e);
      const phs = row.map((v) => {
        values.push(v);
        return `$${values.length}`;
      });
      return `(${phs.join(', ')})`;
    });
    // One statement is one transaction: the batch is stored whole or not at all.
    await this.pool.query(`INSERT INTO kb_events (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
  }

  async list(filter: EventFilter): Promise<StoredEvent[]> {
    const where = whereClause(filter, (i) => `$${i}`);
    const { rows } = await this.pool.query(`SELECT * FROM kb_events ${where.sql} ORDER BY at_ms, id`, where.values);
    return rows.map(fromRow);
  }

  async deleteSample(): Promise<number> {
    return (await this.pool.query('DELETE FROM kb_events WHERE sample = 1')).rowCount ?? 0;
  }

  async deleteBefore(cutoff: number): Promise<number> {
    return (await this.pool.query('DELETE FROM kb_events WHERE at_ms < $1', [cutoff])).rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function migrate(pool: pg.Pool, where: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (version INTEGER NOT NULL)`);
    const { rows } = await client.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${VERSION_TABLE}`);
    const current = rows[0]?.v ?? 0;
    if (current > SCHEMA_VERSION) throw newerSchemaError(where, current, SCHEMA_VERSION);
    for (const m of MIGRATIONS.filter((x) => x.version > current)) {
      for (const s of statements(m.sql)) await client.query(s);
    }
    if (current < SCHEMA_VERSION) {
      await client.query(`DELETE FROM ${VERSION_TABLE}`);
      await client.query(`INSERT INTO ${VERSION_TABLE} (version) VALUES ($1)`, [SCHEMA_VERSION]);
    }
  });
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'KB_DATABASE_URL (unparseable)';
  }
}
