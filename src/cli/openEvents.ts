import { dirname, resolve } from 'node:path';
import type { EventStore } from '../events/event.js';
import { openEventStore } from '../events/openEventStore.js';
import type { CliIo } from './io.js';

/** The store the server records into: `state.sqlite` beside the index, or `KB_DATABASE_URL`. */
export function openEventsForCli(io: CliIo, index: string): Promise<EventStore> {
  return openEventStore({ stateDir: dirname(resolve(io.cwd, index)), databaseUrl: io.env.KB_DATABASE_URL || undefined });
}

/** Runs `fn` with the store open, and closes it whatever happens. */
export async function withEvents<T>(io: CliIo, index: string, fn: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openEventsForCli(io, index);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
