import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../errors.js';
import type { BuildInfo } from '../types.js';

export interface BuildRequest {
  contentDir: string;
  outFile: string;
}

export type BuildMessage = { ok: true; info: BuildInfo; diagnostics: Diagnostic[] } | { ok: false; message: string; diagnostics: Diagnostic[] };

/** Builds `contentDir` into `outFile` in a worker thread. Never rejects: failures come back as a message. */
export function buildInWorker(request: BuildRequest): Promise<BuildMessage> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./buildWorker.js', import.meta.url), { workerData: request });
    let settled = false;
    const settle = (m: BuildMessage) => {
      if (!settled) resolve(m);
      settled = true;
    };
    worker.once('message', settle);
    worker.once('error', (err) => settle({ ok: false, message: `build worker crashed: ${err.message}`, diagnostics: [] }));
    worker.once('exit', (code) => settle({ ok: false, message: `build worker exited with code ${code}`, diagnostics: [] }));
  });
}
