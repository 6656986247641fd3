/**
 * The worker side of SyncWorkerPool: answers each batch a pool sends on this thread's
 * port, and tells the pool which item it is on, so a worker that dies can be named by
 * the file it was processing.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { WorkerAnswer, WorkerTask } from './syncWorkerPool.js';

/** One job: an item and the run's shared value (the same object for every batch of a run) to a result. */
export type PoolJob = (item: unknown, shared: unknown) => unknown;

/** What the pool gives each of its workers (see SyncWorkerPool). */
export interface PoolWorkerData {
  port: MessagePort;
  /** Bumped after every answer, so the pool wakes up. */
  signal: Int32Array;
  /** Per worker, the index of the item it is working on. */
  progress: Int32Array;
  index: number;
}

export function serveJobs(jobs: Record<string, PoolJob>): void {
  const { port, signal, progress, index } = workerData as PoolWorkerData;
  /** The shared value of the current run: it comes with this worker's first batch of a run only (see WorkerTask). */
  let current: { run: number; shared: unknown } | undefined;
  port.on('message', (task: WorkerTask) => {
    let answer: WorkerAnswer;
    try {
      const job = jobs[task.job];
      if (!job) throw new Error(`unknown job ${task.job}`);
      if (current?.run !== task.run) current = { run: task.run, shared: task.shared };
      const shared = current.shared;
      answer = { start: task.start, results: task.items.map((item, i) => (Atomics.store(progress, index, task.start + i), job(item, shared))) };
    } catch (err) {
      answer = { start: task.start, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(answer, 'results' in answer ? transferable(answer.results) : []);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}

/** Below this, copying a result's bytes costs less than looking for them. */
const TRANSFER_FROM = 1 << 16;

/**
 * The large byte arrays of results (e.g. a scope's encoded index, hundreds of MB) that
 * own their whole memory: moved to the pool's thread instead of copied, so they are not
 * held twice. Looks two levels into each result (an object of objects of arrays).
 */
function transferable(results: unknown[]): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (value: unknown, depth: number) => {
    if (ArrayBuffer.isView(value)) {
      const b = value.buffer;
      if (b instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === b.byteLength && b.byteLength >= TRANSFER_FROM) found.add(b);
    } else if (depth > 0 && value && typeof value === 'object' && !Array.isArray(value)) for (const v of Object.values(value)) visit(v, depth - 1);
  };
  for (const r of results) visit(r, 2);
  return [...found];
}
