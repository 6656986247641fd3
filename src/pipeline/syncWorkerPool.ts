import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import { KbError } from '../errors.js';
import type { SupervisorData, WorkerExit } from './poolSupervisor.js';

/** What the pool sends a worker: one batch of a job's items. */
export interface WorkerTask<T = unknown> {
  job: string;
  /**
   * The value every batch of a run shares (e.g. the analyzer configuration, large at
   * scale): sent only when it differs from the one this worker last got, which the worker
   * keeps; so what a worker makes of it (the build's analyzer, its term table) lasts from
   * run to run instead of being made again for each.
   */
  shared?: { value: unknown };
  start: number;
  items: T[];
}

/** What a worker answers: the results of one batch, or why it failed. */
export type WorkerAnswer<R = unknown> = { start: number; results: R[] } | { start: number; error: string };

/** A worker thread stopped (process.exit, a crash, out of memory): the run cannot finish. */
export class WorkerExitError extends KbError {
  constructor(
    message: string,
    /** What the worker was processing (see `describe` in SyncWorkerPool.run), if known. */
    readonly item: string | undefined,
  ) {
    super('build.worker-exited', message, 'run the build again with --workers 0 to do the work in one thread and see the error where it happens');
    this.name = 'WorkerExitError';
  }
}

interface PoolWorker {
  port: MessagePort;
  /** The batch it is working on. */
  batch?: { start: number; end: number };
  /** The shared value it was last sent (compared by identity). */
  shared?: unknown;
}

/**
 * Worker threads driven synchronously: the build stays one synchronous function (the
 * CLI, the server's ensureBuilt and the tests call it so), and blocks on a shared
 * counter while the workers run. Each worker answers on its own port and then bumps the
 * counter; the caller reads answers with receiveMessageOnPort. Batches go to whichever
 * worker is free, and results are handed over in item order, so the output does not
 * depend on the number of workers or on timing. The workers are started by a
 * supervisor thread (poolSupervisor.ts) that reports a worker's exit, so a worker that
 * dies fails the run with a WorkerExitError instead of leaving it waiting for ever.
 */
export class SyncWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly progress: Int32Array;
  private readonly supervisor: Worker;
  private readonly control: MessagePort;
  private exited: WorkerExit | undefined;

  /** `script`: a module that calls serveJobs (poolWorker.ts). */
  constructor(script: URL, size: number, opts: { resourceLimits?: ResourceLimits } = {}) {
    this.progress = new Int32Array(new SharedArrayBuffer(4 * size));
    const ports: MessagePort[] = [];
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      this.workers.push({ port: port1 });
      ports.push(port2);
    }
    const { port1, port2 } = new MessageChannel();
    this.control = port1;
    const data: SupervisorData = { script: script.href, ports, control: port2, signal: this.signal, progress: this.progress, ...(opts.resourceLimits && { resourceLimits: opts.resourceLimits }) };
    this.supervisor = new Worker(new URL('./poolSupervisor.js', import.meta.url), { workerData: data, transferList: [...ports, port2] });
    this.supervisor.unref();
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs `job` over `items` in batches of `batch`, handing the results to `onResults` in
   * item order (`start`: the index of the first). `describe` names an item in errors.
   */
  run<T, R>(job: string, shared: unknown, items: readonly T[], batch: number, onResults: (start: number, results: R[]) => void, describe: (item: T) => string = String): void {
    const waiting = new Map<number, R[]>();
    let next = 0;
    let handed = 0;
    let busy = 0;
    const send = (w: PoolWorker) => {
      if (next >= items.length) return;
      const end = Math.min(next + batch, items.length);
      const task: WorkerTask<T> = { job, start: next, items: items.slice(next, end) };
      if (!('shared' in w) || w.shared !== shared) {
        task.shared = { value: shared };
        w.shared = shared;
      }
      w.batch = { start: next, end };
      next = end;
      w.port.postMessage(task);
      busy++;
    };
    this.checkAlive(items, describe);
    this.workers.forEach(send);
    while (busy > 0) {
      const seen = Atomics.load(this.signal, 0);
      let received = 0;
      for (const w of this.workers) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const answer = m.message as WorkerAnswer<R>;
          busy--;
          received++;
          w.batch = undefined;
          if ('error' in answer) throw new Error(`build worker: ${answer.error}`);
          waiting.set(answer.start, answer.results);
          send(w);
        }
      }
      // Hand over what is complete from the front: results in item order, whichever worker finished first.
      for (let r = waiting.get(handed); r; r = waiting.get(handed)) {
        waiting.delete(handed);
        const start = handed;
        handed += r.length;
        onResults(start, r);
      }
      if (!received) this.checkAlive(items, describe);
      // Sleep until a worker or the supervisor bumps the counter (the timeout only guards against a lost wake-up).
      if (!received && busy > 0) Atomics.wait(this.signal, 0, seen, 1000);
    }
  }

  close(): void {
    for (const w of this.workers) w.port.close();
    this.control.close();
    // Its workers stop with it.
    void this.supervisor.terminate();
  }

  /** Throws if a worker has stopped, naming the item it was on. */
  private checkAlive<T>(items: readonly T[], describe: (item: T) => string): void {
    const m = receiveMessageOnPort(this.control);
    if (m) this.exited ??= m.message as WorkerExit;
    const exit = this.exited;
    if (!exit) return;
    const batch = this.workers[exit.worker]?.batch;
    const at = batch && Atomics.load(this.progress, exit.worker);
    const index = batch && at !== undefined && at >= batch.start && at < batch.end ? at : batch?.start;
    const item = index === undefined ? undefined : describe(items[index]!);
    const why = exit.error ? exit.error.split('\n')[0] : `exit code ${exit.code}`;
    throw new WorkerExitError(`build worker ${exit.worker + 1} of ${this.size} stopped (${why})${item ? ` while processing ${item}` : ''}`, item);
  }
}
