/**
 * A build-check thread (see currentBuildOffThread): lists and stats the content files
 * while the thread that started it loads the index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { currentBuild, type BuildCheckAnswer } from './currentBuild.js';

let answer: BuildCheckAnswer;
try {
  answer = { ok: true, info: currentBuild(workerData as Parameters<typeof currentBuild>[0]) };
} catch {
  // The caller checks again on its own thread, which throws the same error where it is reported.
  answer = { ok: false };
}
parentPort!.postMessage(answer);
