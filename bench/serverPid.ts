import { readFileSync } from 'node:fs';

/**
 * The process that serves, given the one spawned as `bin/kb serve`: for a large index
 * bin/kb starts the server again as its child (glibc huge pages, see bin/kb), so its CPU
 * and memory are the child's. Read once the server is ready (the child exists by then).
 */
export function serverPid(spawned: number): number {
  try {
    const children = readFileSync(`/proc/${spawned}/task/${spawned}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.length === 1 ? children[0]! : spawned;
  } catch {
    return spawned;
  }
}
