import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { EventFilter, StoredEvent } from './event.js';
import { COLUMNS, fromRow, toRow, whereClause } from './eventRow.js';
import { newerSchemaError, type EventSink } from './eventSink.js';
import { MIGRATIONS, SCHEMA_VERSION, statements, VERSION_TABLE } from './migrations/index.js';

/**
 * Events in a SQLite file (the state file beside the index, shared with the rerank cache;
 * never the index, which every build replaces). WAL, statements prepared once, each
 * batch one transaction. better-sqlite3 is synchronous: a batch of 500 rows takes about
 * a millisecond, run from the store's timer, never inside a request.
 */
export class SqliteEventSink implements EventSink {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<unknown[]>;
  private readonly writeMany: (batch: readonly StoredEvent[]) => void;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Another process (a second `kb serve`, `kb report`) may hold the write lock for a batch.
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db, file);
    this.insert = this.db.prepare(`INSERT INTO kb_events (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`);
    this.writeMany = this.db.transaction((batch: readonly StoredEvent[]) => {
      for (const e of batch) this.insert.run(toRow(e));
    });
  }

  async write(batch: readonly StoredEvent[]): Promise<void> {
    this.writeMany(batch);
  }

  async list(filter: EventFilter): Promise<StoredEvent[]> {
    const where = whereClause(filter, () => '?');
    const rows = this.db.prepare(`SELECT * FROM kb_events ${where.sql} ORDER BY at_ms, id`).all(where.values) as Array<Record<string, unknown>>;
    return rows.map(fromRow);
  }

  async deleteSample(): Promise<number> {
    return this.db.prepare('DELETE FROM kb_events WHERE sample = 1').run().changes;
  }

  async deleteBefore(cutoff: number): Promise<number> {
    return this.db.prepare('DELETE FROM kb_events WHERE at_ms < ?').run(cutoff).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Applies the pending migrations in one immediate transaction (a second process waits). */
function migrate(db: Database.Database, file: string): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (version INTEGER NOT NULL)`);
    const row = db.prepare(`SELECT MAX(version) AS v FROM ${VERSION_TABLE}`).get() as { v: number | null };
    const current = row.v ?? 0;
    if (current > SCHEMA_VERSION) throw newerSchemaError(file, current, SCHEMA_VERSION);
    for (const m of MIGRATIONS.filter((x) => x.version > current)) {
      for (const s of statements(m.sql)) db.exec(s);
    }
    if (current < SCHEMA_VERSION) {
      db.exec(`DELETE FROM ${VERSION_TABLE}`);
      db.prepare(`INSERT INTO ${VERSION_TABLE} (version) VALUES (?)`).run(SCHEMA_VERSION);
    }
  }).immediate();
}
