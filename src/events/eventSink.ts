import { KbError } from '../errors.js';
import type { EventFilter, StoredEvent } from './event.js';

/** Where batches of events are written: one SQL database (SQLite file or PostgreSQL). */
export interface EventSink {
  readonly backend: 'sqlite' | 'postgres';
  /** Writes the batch in one transaction; an event already stored (same id) is skipped. */
  write(batch: readonly StoredEvent[]): Promise<void>;
  list(filter: EventFilter): Promise<StoredEvent[]>;
  deleteSample(): Promise<number>;
  /** Deletes events before `cutoff` (ms since the epoch); returns how many. */
  deleteBefore(cutoff: number): Promise<number>;
  close(): Promise<void>;
}

/** A store written by a newer kb: refuse it rather than guess at its schema. */
export function newerSchemaError(where: string, found: number, known: number): KbError {
  return new KbError(
    'events.schema-newer',
    `events store: ${where} has schema version ${found}, newer than this kb knows (${known})`,
    'upgrade kb on this machine, or point KB_DATABASE_URL / the state folder at another store',
  );
}
