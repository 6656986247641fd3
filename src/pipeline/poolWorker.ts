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
    port.postMessage(answer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
