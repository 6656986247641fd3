import { HttpError } from '../../errors.js';

export interface SearchQueueOptions {
  /**
   * Searches allowed to wait; one more is refused with 503 and Retry-After.
   * @default 64
   */
  maxWaiting?: number;
  /**
   * Seconds a refused client is told to wait.
   * @default 1
   */
  retryAfterSeconds?: number;
  /**
   * Runs the next search later. `setImmediate` by default, so everything else the event
   * loop has (health probes, new connections, other requests) runs between two searches.
   * Tests pass their own to hold searches back.
   */
  schedule?: (next: () => void) => void;
}

/**
 * Admission control for searches. A search is synchronous CPU work; run straight from
 * request handlers, a burst of them holds the event loop until the last one is done, and
 * /healthz, /readyz and every other request wait behind them. Here searches run one per
 * event-loop turn, at most `maxWaiting` wait, and the rest are refused at once (503 with
 * Retry-After) so a load balancer or client backs off instead of piling up.
 */
export class SearchQueue {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;
  private readonly maxWaiting: number;
  private readonly retryAfterSeconds: number;
  private readonly schedule: (next: () => void) => void;

  constructor(opts: SearchQueueOptions = {}) {
    this.maxWaiting = opts.maxWaiting ?? 64;
    this.retryAfterSeconds = opts.retryAfterSeconds ?? 1;
    this.schedule = opts.schedule ?? ((next) => setImmediate(next));
  }

  /** Searches waiting to run. */
  get length(): number {
    return this.waiting.length;
  }

  /** Runs `search` in its turn; rejects with a 503 HttpError (retryAfterSeconds set) when too many wait. */
  run<T>(search: () => T): Promise<T> {
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(
        new HttpError(503, 'search.busy', `too many searches waiting (${this.maxWaiting})`, 'retry after the number of seconds in Retry-After', this.retryAfterSeconds),
      );
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(search());
        } catch (err) {
          reject(err as Error);
        }
      });
      this.wake();
    });
  }

  private wake(): void {
    if (this.scheduled || !this.waiting.length) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      this.wake();
    });
  }
}
