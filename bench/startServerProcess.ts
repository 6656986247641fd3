import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../src/pipeline/ensureBuilt.js';
import { serverPid } from './procStats.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The content a server serves, and its built index. */
export interface ServedContent {
  content: string;
  index: string;
}

const SAMPLE: ServedContent = { content: join(ROOT, 'content'), index: join(ROOT, '.kb', 'kb.sqlite') };

export interface ServerProcess {
  url: string;
  /** The server's process id (to read its memory). */
  pid: number;
  /** Milliseconds from spawn to the first 200 from /readyz. */
  readyMs: number;
  /** The folder of its index and state file (events). */
  stateDir: string;
  stop(): Promise<void>;
}

/**
 * `kb serve` in its own process, on a free port; resolves once /readyz answers 200. Its
 * output (startup line, then the access log) goes to a file, as in production, rather
 * than to a pipe this process would have to drain while it generates load.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv = {}, served: ServedContent = SAMPLE): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  const log = join(dir, 'serve.log');
  // A copy of the built index in a folder of its own: the events the load records go to a
  // throwaway state file there, never to the developer's .kb/state.sqlite.
  ensureBuilt({ contentDir: served.content, outFile: served.index });
  copyFileSync(served.index, join(dir, 'kb.sqlite'));
  const fd = openSync(log, 'w');
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'kb'), 'serve', '--port', '0', '--index', join(dir, 'kb.sqlite'), '--content', served.content], {
    cwd: ROOT,
    env: { ...process.env, KB_RATE_LIMIT: '1000000000', KB_PUBLIC_RATE_LIMIT: '1000000000', ...env },
    stdio: ['ignore', fd, 'inherit'],
  });
  closeSync(fd);
  let exited = false;
  child.once('exit', () => (exited = true));
  let url: string | undefined;
  while (!url) {
    if (exited) throw new Error(`kb serve exited before it was ready; see ${log}`);
    url = /serving \d+ articles at (http:\/\/\S+)/.exec(readFileSync(log, 'utf8'))?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 5));
  }
  while ((await fetch(new URL('/readyz', url)).catch(() => undefined))?.status !== 200) await new Promise((r) => setTimeout(r, 5));
  const readyMs = performance.now() - started;
  return {
    url,
    pid: serverPid(child.pid!),
    readyMs,
    stateDir: dir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
