import { join } from 'node:path';
import { checkDatabaseUrl } from '../shared/databaseUrl.js';
import { STATE_FILE } from '../store/stateFile.js';
import { BatchingEventStore, type BatchingOptions } from './batchingEventStore.js';
import type { EventStore } from './event.js';
import { SqliteEventSink } from './sqliteEventSink.js';

export interface OpenEventStoreOptions extends BatchingOptions {
  /** The folder of the index (`.kb`); events go to `<stateDir>/state.sqlite`. */
  stateDir: string;
  /** `postgres://...` (KB_DATABASE_URL): record into PostgreSQL instead. */
  databaseUrl?: string;
}

/**
 * Opens the events store and applies its migrations (refusing a schema newer than this
 * build knows): SQLite in the state file by default, PostgreSQL when `databaseUrl` is set.
 */
export async function openEventStore(opts: OpenEventStoreOptions): Promise<EventStore> {
  return openBatchingStore(opts);
}

/** The same, typed as the batching store (status, retention) for the server. */
export async function openBatchingStore(opts: OpenEventStoreOptions): Promise<BatchingEventStore> {
  if (opts.databaseUrl) checkDatabaseUrl(opts.databaseUrl);
  // pg loads only when used: most servers and commands record into SQLite.
  const sink = opts.databaseUrl ? await (await import('./postgresEventSink.js')).PostgresEventSink.open(opts.databaseUrl) : new SqliteEventSink(join(opts.stateDir, STATE_FILE));
  return new BatchingEventStore(sink, opts);
}
