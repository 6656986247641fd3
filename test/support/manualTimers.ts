import type { Timers } from '../../src/events/timers.js';

/** Timers a test drives: `advance(ms)` moves the clock and fires what is due; `runDeferred()` runs deferred work. */
export class ManualTimers implements Timers {
  private clock: number;
  private intervals: Array<{ every: number; next: number; fn: () => void; cancelled: boolean }> = [];
  private deferred: Array<() => void> = [];

  constructor(start = Date.UTC(2026, 10, 1)) {
    this.clock = start;
  }

  now(): number {
    return this.clock;
  }

  every(ms: number, fn: () => void): () => void {
    const t = { every: ms, next: this.clock + ms, fn, cancelled: false };
    this.intervals.push(t);
    return () => void (t.cancelled = true);
  }

  defer(fn: () => void): void {
    this.deferred.push(fn);
  }

  get pendingDeferred(): number {
    return this.deferred.length;
  }

  runDeferred(): void {
    for (const fn of this.deferred.splice(0)) fn();
  }

  advance(ms: number): void {
    const end = this.clock + ms;
    for (;;) {
      const due = this.intervals.filter((t) => !t.cancelled && t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.clock = due.next;
      due.next += due.every;
      due.fn();
    }
    this.clock = end;
  }
}
