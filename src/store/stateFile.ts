import { dirname, join } from 'node:path';

/** The state file: events and the rerank cache, what outlives a build (never the index itself). */
export const STATE_FILE = 'state.sqlite';

/** The state file of an index: `state.sqlite` in the index's folder (`.kb/`). */
export function stateFileOf(indexFile: string): string {
  return join(dirname(indexFile), STATE_FILE);
}
