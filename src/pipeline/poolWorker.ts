/**
 * The worker side of SyncWorkerPool: answers each batch a pool sends on this thread's
 * port, and tells the pool which item it is on, so a worker that dies can be named by
 * the file it was processing.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { WorkerAnswer, WorkerTask } from './syncWorkerPool.js';

/** One job: an item and the shared value (the same object until the pool sends another, see WorkerTask) to a result. */
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
  /** The shared value: it comes only with a batch that changes it (see WorkerTask). */
  let shared: unknown;
  port.on('message', (task: WorkerTask) => {
    let answer: WorkerAnswer;
    try {
      const job = jobs[task.job];
      if (!job) throw new Error(`unknown job ${task.job}`);
      if (task.shared) shared = task.shared.value;
      answer = { start: task.start, results: task.items.map((item, i) => (Atomics.store(progress, index, task.start + i), job(item, shared))) };
    } catch (err) {
      answer = { start: task.start, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(answer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
