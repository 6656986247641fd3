import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { KbError } from '../errors.js';
import type { EventFilter, EventStore, StoredEvent } from './event.js';

/**
 * Opens the event store: SQLite `<stateDir>/state.sqlite`.
 *
 * A minimal stand-in written for the reports branch so `kb report`, `kb learn` and
 * `/insights` run against a real file; the events branch owns this module and its version
 * (batched queue, migrations, PostgreSQL) replaces this one at merge. Reports use only the
 * `EventStore` interface. Its table has a name of its own (`reports_stub_events`), so a
 * state file used with this branch never clashes with the real store's migrations.
 */
export async function openEventStore(opts: { stateDir: string; databaseUrl?: string }): Promise<EventStore> {
  if (opts.databaseUrl) {
    throw new KbError('events.postgres-unavailable', 'events: PostgreSQL is not available in this build', 'unset KB_DATABASE_URL to use the SQLite store');
  }
  mkdirSync(opts.stateDir, { recursive: true });
  const db = new Database(join(opts.stateDir, 'state.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS reports_stub_events (
    id TEXT PRIMARY KEY, at INTEGER NOT NULL, type TEXT NOT NULL, scope TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS reports_stub_events_at ON reports_stub_events (at)`);
  const insert = db.prepare('INSERT OR IGNORE INTO reports_stub_events (id, at, type, scope, sample, body) VALUES (?, ?, ?, ?, ?, ?)');
  return {
    record(event: StoredEvent) {
      try {
        insert.run(event.id, event.at, event.type, event.scope, event.sample ? 1 : 0, JSON.stringify(event));
      } catch {
        // The contract: recording never throws. The real store counts drops.
      }
    },
    async flush() {},
    async list(filter: EventFilter) {
      const where: string[] = [];
      const args: Array<string | number> = [];
      if (filter.since !== undefined) where.push('at >= ?') && args.push(filter.since);
      if (filter.until !== undefined) where.push('at < ?') && args.push(filter.until);
      if (filter.scope) where.push('scope = ?') && args.push(filter.scope);
      if (filter.types?.length) where.push(`type IN (${filter.types.map(() => '?').join(',')})`) && args.push(...filter.types);
      const sql = `SELECT body FROM reports_stub_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at, rowid`;
      return (db.prepare(sql).all(...args) as Array<{ body: string }>).map((r) => JSON.parse(r.body) as StoredEvent);
    },
    async deleteSample() {
      return db.prepare('DELETE FROM reports_stub_events WHERE sample = 1').run().changes;
    },
    async close() {
      db.close();
    },
  };
}
