import { envNumber } from '../shared/envSettings.js';
import type { BatchingEventStore } from './batchingEventStore.js';
import { realTimers, type Timers } from './timers.js';

export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 86_400_000;

/** `KB_EVENTS_RETENTION_DAYS`: whole days, at least 1. */
export function retentionDaysFrom(raw: string | undefined): number {
  return envNumber({ KB_EVENTS_RETENTION_DAYS: raw }, 'KB_EVENTS_RETENTION_DAYS', { fallback: DEFAULT_RETENTION_DAYS, code: 'config.bad-retention', expected: 'a whole number of days (at least 1)' });
}

/**
 * Deletes events older than `days` now and then once a day. Returns the stop function.
 * A failed deletion (store down) is retried the next day; `onDeleted` hears of each run.
 */
export function startRetention(
  store: Pick<BatchingEventStore, 'deleteBefore'>,
  days: number,
  timers: Timers = realTimers,
  onDeleted: (count: number, error?: Error) => void = () => undefined,
): { stop: () => void; done: Promise<void> } {
  const run = () =>
    store.deleteBefore(timers.now() - days * DAY_MS).then(
      (n) => onDeleted(n),
      (err: Error) => onDeleted(0, err),
    );
  const done = run();
  const stop = timers.every(DAY_MS, () => void run());
  return { stop, done };
}
