import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../../errors.js';
import type { BuildInfo } from '../../types.js';

export interface BuildRequest {
  contentDir: string;
  outFile: string;
}

export type BuildMessage = { ok: true; info: BuildInfo; diagnostics: Diagnostic[] } | { ok: false; message: string; diagnostics: Diagnostic[] };

/**
 * Builds content in one long-lived worker thread, so serving never stalls while content
 * is compiled, and a rebuild does not pay again for starting a thread and loading the
 * segmenter's dictionary (seconds on a busy machine, against ~0.1 s for a small build).
 * Builds run one after another. A worker that crashes is replaced on the next build.
 */
export class BuildWorker {
  private worker: Worker | undefined;
  private settle: ((m: BuildMessage) => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** Starts the thread now, so that the first rebuild finds it warm. */
  warm(): void {
    this.thread();
  }

  /** Never rejects: failures come back as a message. */
  build(request: BuildRequest): Promise<BuildMessage> {
    const result = this.queue.then(() => this.run(request));
    this.queue = result;
    return result;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private run(request: BuildRequest): Promise<BuildMessage> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.thread().postMessage(request);
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./buildWorker.js', import.meta.url));
    // An idle build thread must not keep a stopping process alive.
    worker.unref();
    const done = (m: BuildMessage) => {
      const settle = this.settle;
      this.settle = undefined;
      settle?.(m);
    };
    worker.on('message', done);
    worker.once('error', (err) => {
      if (this.worker === worker) this.worker = undefined;
      done({ ok: false, message: `build worker crashed: ${err.message}`, diagnostics: [] });
    });
    worker.once('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      done({ ok: false, message: `build worker exited with code ${code}`, diagnostics: [] });
    });
    this.worker = worker;
    return worker;
  }
}
