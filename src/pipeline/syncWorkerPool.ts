import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** What the pool sends a worker: one batch of a job's items. */
export interface WorkerTask<T = unknown> {
  job: string;
  /** Which run of the pool this batch belongs to. */
  run: number;
  /**
   * Same for every batch of a run (e.g. the analyzer configuration, large at scale): sent
   * with a worker's first batch of the run only, and kept by the worker for the others.
   */
  shared?: unknown;
  start: number;
  items: T[];
}

/** What a worker answers: the results of one batch, or why it failed. */
export type WorkerAnswer<R = unknown> = { start: number; results: R[] } | { start: number; error: string };

/**
 * Worker threads driven synchronously: the build stays one synchronous function (the
 * CLI, the server's ensureBuilt and the tests call it so), and blocks on a shared
 * counter while the workers run. Each worker answers on its own port and then bumps the
 * counter; the caller reads answers with receiveMessageOnPort. Batches go to whichever
 * worker is free, and results land at their item's index, so the output does not depend
 * on the number of workers or on timing.
 */
export class SyncWorkerPool {
  private readonly workers: Array<{ worker: Worker; port: MessagePort }> = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private runs = 0;

  constructor(script: URL, size: number) {
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(script, { workerData: { port: port2, signal: this.signal }, transferList: [port2] });
      worker.unref();
      this.workers.push({ worker, port: port1 });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs `job` over `items` in batches of `batch`; results in item order. `onDone` after each batch with the number done. */
  run<T, R>(job: string, shared: unknown, items: readonly T[], batch: number, onDone?: (done: number) => void): R[] {
    const results = new Array<R>(items.length);
    let next = 0;
    let busy = 0;
    let done = 0;
    const run = ++this.runs;
    const hasShared = new Set<(typeof this.workers)[number]>();
    const send = (w: (typeof this.workers)[number]) => {
      if (next >= items.length) return;
      const task: WorkerTask<T> = { job, run, start: next, items: items.slice(next, (next = Math.min(next + batch, items.length))) };
      if (!hasShared.has(w)) {
        task.shared = shared;
        hasShared.add(w);
      }
      w.worker.postMessage(task);
      busy++;
    };
    this.workers.forEach(send);
    while (busy > 0) {
      const seen = Atomics.load(this.signal, 0);
      let received = 0;
      for (const w of this.workers) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const answer = m.message as WorkerAnswer<R>;
          busy--;
          received++;
          if ('error' in answer) throw new Error(`build worker: ${answer.error}`);
          answer.results.forEach((r, i) => (results[answer.start + i] = r));
          onDone?.((done += answer.results.length));
          send(w);
        }
      }
      // Sleep until a worker bumps the counter (the timeout only guards against a lost wake-up).
      if (!received && busy > 0) Atomics.wait(this.signal, 0, seen, 1000);
    }
    return results;
  }

  close(): void {
    for (const w of this.workers) {
      w.port.close();
      void w.worker.terminate();
    }
  }
}
