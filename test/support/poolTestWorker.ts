/**
 * A SyncWorkerPool worker for the pool's tests: it echoes items, and dies the ways a
 * build worker can (process.exit, running out of memory) on the item that asks for it.
 */
import { serveJobs } from '../../src/pipeline/poolWorker.js';

const hoard: unknown[] = [];
/** The shared values this worker has been sent, in order. */
const sharedSeen: unknown[] = [];

serveJobs({
  echo: (item) => {
    if (item === 'exit') process.exit(3);
    if (item === 'out of memory') for (;;) hoard.push(new Array(1e5).fill(hoard.length));
    if (item === 'throw') throw new Error('cannot do this item');
    return `${item as string}!`;
  },
  // The shared values this worker has been sent so far (each time the job's value differs from the last seen).
  shared: (_, shared) => {
    if (sharedSeen.at(-1) !== shared) sharedSeen.push(shared);
    return sharedSeen.length;
  },
});
