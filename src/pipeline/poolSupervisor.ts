/**
 * The thread that starts a SyncWorkerPool's workers and watches them. The pool's own
 * thread blocks while its workers run, so it never sees a worker's `exit` event: this
 * thread's event loop is free, sees it (process.exit, a crash, running out of memory),
 * and tells the pool on its control port, waking it like an answer does.
 */
import { Worker, workerData, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import type { PoolWorkerData } from './poolWorker.js';

/** What the pool gives this thread. */
export interface SupervisorData {
  script: string;
  ports: MessagePort[];
  control: MessagePort;
  signal: Int32Array;
  progress: Int32Array;
  resourceLimits?: ResourceLimits;
}

/** What this thread tells the pool: a worker stopped. */
export interface WorkerExit {
  worker: number;
  code: number;
  /** The error that stopped it, if any (an uncaught exception, ERR_WORKER_OUT_OF_MEMORY). */
  error?: string;
}

const { script, ports, control, signal, progress, resourceLimits } = workerData as SupervisorData;

ports.forEach((port, index) => {
  const data: PoolWorkerData = { port, signal, progress, index };
  const worker = new Worker(new URL(script), { workerData: data, transferList: [port], ...(resourceLimits && { resourceLimits }) });
  let error: string | undefined;
  worker.on('error', (err) => (error = err.stack ?? String(err)));
  worker.on('exit', (code) => {
    const exit: WorkerExit = { worker: index, code, ...(error && { error }) };
    control.postMessage(exit);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
