import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp } from '../shared/escapeRegExp.js';

/**
 * Temporary files older than this are stale even when a process with their pid is alive:
 * pids are reused, and no build takes anywhere near this long.
 */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** The file a build writes before renaming it over `file`: `<file>.<pid>.<ms>.tmp`, in the same folder. */
export function tempFileFor(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.tmp`;
}

/**
 * Removes the temporary files that builds of `file` left behind when they were killed
 * (kill -9, power loss): those whose process is gone, or that are older than
 * STALE_TEMP_MS. A build running right now in another process keeps its file. Returns
 * the names removed.
 */
export function removeStaleTempFiles(file: string, now = Date.now()): string[] {
  const dir = dirname(file);
  const name = new RegExp(`^${escapeRegExp(basename(file))}\\.(\\d+)\\.(\\d+)\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of names) {
    const m = name.exec(entry);
    if (!m || (isAlive(Number(m[1])) && now - Number(m[2]) < STALE_TEMP_MS)) continue;
    try {
      rmSync(join(dir, entry), { force: true });
      removed.push(entry);
    } catch {
      // Not ours to remove (permissions): the next build tries again.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The nearest ancestor of `path` that exists but is not a folder, if any: why a mkdir failed. */
export function fileInTheWay(path: string): string | undefined {
  for (let p = dirname(path); p !== dirname(p); p = dirname(p)) {
    if (existsSync(p)) return statSync(p).isDirectory() ? undefined : p;
  }
  return undefined;
}
