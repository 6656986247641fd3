import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's priority to `nice` (Linux, where each thread is a task named
 * by /proc/thread-self), so background work on it yields the cores to the threads serving
 * requests. Elsewhere, or when not allowed, nothing changes: the work just runs at normal priority.
 */
export function lowerThreadPriority(nice: number): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, nice);
  } catch {
    // Not Linux, or not permitted: the priority stays as it was.
  }
}
