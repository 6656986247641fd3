import type { EventFilter, EventStore, StoredEvent } from './event.js';
import type { EventSink } from './eventSink.js';
import { realTimers, type Timers } from './timers.js';

export interface BatchingOptions {
  /** Events per transaction; a full batch is written at once rather than at the next tick. @default 500 */
  batchSize?: number;
  /** Events held in memory at most; beyond it new events are dropped and counted. @default 10000 */
  maxQueue?: number;
  /** How often queued events are written. @default 1000 */
  intervalMs?: number;
  timers?: Timers;
}

/** What `/readyz` shows about the events store. */
export interface EventStoreStatus {
  backend: 'sqlite' | 'postgres';
  /** `failing`: the last write failed; events wait in the queue (up to its bound) and are retried. */
  state: 'ok' | 'failing' | 'closed';
  queued: number;
  written: number;
  dropped: number;
  lastError?: string;
}

/**
 * The store requests talk to: `record` only appends to an in-memory queue, and a timer
 * writes it in batches (every second, or as soon as a batch is full), one transaction
 * each. A slow or failing store never slows a response: the queue is bounded, events
 * beyond it are dropped and counted, failed batches go back to the queue and are retried.
 * A `kill -9` loses what is queued (at most about one batch); SIGTERM flushes.
 */
export class BatchingEventStore implements EventStore {
  private queue: StoredEvent[] = [];
  private dropped = 0;
  private written = 0;
  private lastError: string | undefined;
  private closed = false;
  private sizeFlushScheduled = false;
  private writing: Promise<void> = Promise.resolve();
  private readonly batchSize: number;
  private readonly maxQueue: number;
  private readonly timers: Timers;
  private readonly stopTimer: () => void;

  constructor(readonly sink: EventSink, opts: BatchingOptions = {}) {
    this.batchSize = opts.batchSize ?? 500;
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.timers = opts.timers ?? realTimers;
    this.stopTimer = this.timers.every(opts.intervalMs ?? 1000, () => void this.flush().catch(() => undefined));
  }

  record(event: StoredEvent): void {
    if (this.closed || this.queue.length >= this.maxQueue) {
      this.dropped++;
      return;
    }
    this.queue.push(event);
    if (this.queue.length >= this.batchSize && !this.sizeFlushScheduled) {
      this.sizeFlushScheduled = true;
      this.timers.defer(() => {
        this.sizeFlushScheduled = false;
        void this.flush().catch(() => undefined);
      });
    }
  }

  /** Writes everything queued so far, one batch at a time; rejects if the store fails (the events stay queued). */
  flush(): Promise<void> {
    const run = this.writing.then(() => this.drain());
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.batchSize);
      try {
        await this.sink.write(batch);
      } catch (err) {
        this.requeue(batch);
        this.lastError = (err as Error).message;
        throw err;
      }
      this.written += batch.length;
      this.lastError = undefined;
    }
  }

  /** A failed batch goes back in front; what no longer fits under the bound is dropped (the newest). */
  private requeue(batch: StoredEvent[]): void {
    this.queue = batch.concat(this.queue);
    const over = this.queue.length - this.maxQueue;
    if (over > 0) {
      this.queue.length = this.maxQueue;
      this.dropped += over;
    }
  }

  status(): EventStoreStatus {
    return {
      backend: this.sink.backend,
      state: this.closed ? 'closed' : this.lastError ? 'failing' : 'ok',
      queued: this.queue.length,
      written: this.written,
      dropped: this.dropped,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  async list(filter: EventFilter): Promise<StoredEvent[]> {
    return this.sink.list(filter);
  }

  async deleteSample(): Promise<number> {
    return this.sink.deleteSample();
  }

  async deleteBefore(cutoff: number): Promise<number> {
    return this.sink.deleteBefore(cutoff);
  }

  /** Stops the timer, writes what is queued, closes the database. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.stopTimer();
    try {
      await this.flush();
    } finally {
      this.closed = true;
      await this.sink.close();
    }
  }
}
