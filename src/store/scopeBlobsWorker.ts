/**
 * A thread that reads the blobs of some scopes of an index file, and its article list, for
 * another thread (see readScopesOffThread) and hands the blobs' memory over rather than
 * copying it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scope } from '../types.js';
import { readArticleList } from './articleStore.js';
import { openIndexFile, readInfoText, readScopeBlobs, type ScopeBlobs } from './indexFile.js';
import type { ScopesAnswer } from './readScopesOffThread.js';

const { file, scopes } = workerData as { file: string; scopes: Scope[] };
let answer: ScopesAnswer;
const transfer: ArrayBuffer[] = [];
try {
  const db = openIndexFile(file);
  try {
    const blobs: Partial<Record<Scope, ScopeBlobs>> = {};
    for (const scope of scopes) blobs[scope] = handedOver(readScopeBlobs(db, scope), transfer);
    answer = { ok: true, blobs, articles: readArticleList(db).columns(), info: readInfoText(db) ?? '' };
  } finally {
    db.close();
  }
} catch {
  // The reading thread reads again itself, which throws the same error where it is reported.
  answer = { ok: false };
}
parentPort!.postMessage(answer, transfer);

/** Each blob in memory of its own, listed in `transfer`: moved to the other thread, not copied. */
function handedOver(blobs: ScopeBlobs, transfer: ArrayBuffer[]): ScopeBlobs {
  const own = (parts: Record<string, Buffer>) =>
    Object.fromEntries(
      Object.entries(parts).map(([part, b]) => {
        const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b : Buffer.from(b);
        transfer.push(whole.buffer as ArrayBuffer);
        return [part, whole];
      }),
    );
  return { index: own(blobs.index) as ScopeBlobs['index'], relevance: own(blobs.relevance) as ScopeBlobs['relevance'] };
}
