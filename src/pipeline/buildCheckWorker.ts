/**
 * A build-check thread (see currentBuildOffThread): lists and stats the content files
 * while the thread that started it serves. At low priority: the check of 40,000 files takes
 * a second of CPU right after a start, when the first queries come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../shared/threadPriority.js';
import { CHECK_NICE, currentBuild, type BuildCheckAnswer } from './currentBuild.js';

lowerThreadPriority(CHECK_NICE);

let answer: BuildCheckAnswer;
try {
  answer = { ok: true, info: currentBuild(workerData as Parameters<typeof currentBuild>[0]) };
} catch {
  // The caller checks again on its own thread, which throws the same error where it is reported.
  answer = { ok: false };
}
parentPort!.postMessage(answer);
