import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledgeBase } from '../build/buildKnowledgeBase.js';
import { ContentError } from '../errors.js';
import type { BuildMessage, BuildRequest } from './rebuild.js';

/** Runs one build off the main thread, so serving never stalls while content is compiled. */
const { contentDir, outFile } = workerData as BuildRequest;
let message: BuildMessage;
try {
  const { info, diagnostics } = buildKnowledgeBase({ contentDir, outFile });
  message = { ok: true, info, diagnostics };
} catch (err) {
  message = { ok: false, message: (err as Error).message, diagnostics: err instanceof ContentError ? err.diagnostics : [] };
}
parentPort!.postMessage(message);
