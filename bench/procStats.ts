import { readFileSync } from 'node:fs';

/*
 * What Linux's /proc says of a process, for the benches (and the tests that check a
 * server's processes): its children, its CPU time, its memory.
 */

const TICKS_PER_SECOND = 100;

/** The child processes of `pid` (/proc/PID/task/PID/children). */
export function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/**
 * The process that serves, given the one spawned as `bin/kb serve`: for a large index
 * bin/kb starts the server again as its child (glibc huge pages, see bin/kb), so its CPU
 * and memory are the child's. Read once the server is ready (the child exists by then).
 */
export function serverPid(spawned: number): number {
  try {
    const children = childrenOf(spawned);
    return children.length === 1 ? children[0]! : spawned;
  } catch {
    return spawned;
  }
}

/** utime + stime in ms (fields 14 and 15 of a stat file, after the command name): of a process (`/proc/PID/stat`), or of one thread (`/proc/PID/task/TID/stat`). */
export function cpuMsOf(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of `pid` in MB (0 once it is gone). */
export function rssMbOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
