import { createEvents } from './001_events.js';

/** One step of the events schema; `version` is what the schema version table holds after it. */
export interface Migration {
  version: number;
  name: string;
  /** Dialect-neutral SQL (runs on SQLite and PostgreSQL), statements separated by `;`. */
  sql: string;
}

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'events', sql: createEvents }];

/** The newest schema this build knows; a store with a newer one is refused. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The table holding the applied version (one row). */
export const VERSION_TABLE = 'kb_events_schema';

/** Splits a migration into statements (the SQL holds no string literals with `;`). */
export function statements(sql: string): string[] {
  return sql.split(';').map((s) => s.trim()).filter(Boolean);
}
