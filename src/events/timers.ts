/**
 * The clock and timers the events code runs on, injected so tests drive batching,
 * collapsing and retention with a manual clock instead of waiting.
 */
export interface Timers {
  now(): number;
  /** Calls `fn` every `ms`; returns a cancel function. Never keeps the process alive. */
  every(ms: number, fn: () => void): () => void;
  /** Calls `fn` soon, after the current request has been answered. */
  defer(fn: () => void): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  every(ms, fn) {
    const t = setInterval(fn, ms).unref();
    return () => clearInterval(t);
  },
  defer: (fn) => void setImmediate(fn),
};
