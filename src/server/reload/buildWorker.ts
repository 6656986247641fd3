import { parentPort } from 'node:worker_threads';
import { buildKnowledgeBase } from '../../pipeline/buildKnowledgeBase.js';
import { ContentError } from '../../errors.js';
import type { BuildMessage, BuildRequest } from './rebuild.js';

/** Runs builds off the main thread, one per message, so serving never stalls while content is compiled. */
parentPort!.on('message', ({ contentDir, outFile }: BuildRequest) => {
  let message: BuildMessage;
  try {
    const { info, diagnostics } = buildKnowledgeBase({ contentDir, outFile });
    message = { ok: true, info, diagnostics };
  } catch (err) {
    message = { ok: false, message: (err as Error).message, diagnostics: err instanceof ContentError ? err.diagnostics : [] };
  }
  parentPort!.postMessage(message);
});
