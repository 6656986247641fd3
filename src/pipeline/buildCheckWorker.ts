/**
 * A build-check thread (see currentBuildOffThread): lists and stats the content files
 * while the thread that started it serves. At low priority: the check of 40,000 files takes
 * a second of CPU right after a start, when the first queries come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../shared/threadPriority.js';
import { currentBuild, type BuildCheckAnswer } from './currentBuild.js';

/**
 * Yields to the threads serving requests, yet keeps a share against a busy machine's other
 * processes at 0 (Linux's scheduler weighs nice 10 at about a tenth of nice 0, nice 19 at
 * about 1.5%).
 */
const CHECK_NICE = 10;

lowerThreadPriority(CHECK_NICE);

let answer: BuildCheckAnswer;
try {
  answer = { ok: true, info: currentBuild(workerData as Parameters<typeof currentBuild>[0]) };
} catch {
  // The caller rebuilds, and the build reports the same error where it is seen (the log, /readyz).
  answer = { ok: false };
}
parentPort!.postMessage(answer);
