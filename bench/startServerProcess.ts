import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 from /readyz. */
  readyMs: number;
  stop(): Promise<void>;
}

/**
 * `kb serve` in its own process, on a free port; resolves once /readyz answers 200. Its
 * output (startup line, then the access log) goes to a file, as in production, rather
 * than to a pipe this process would have to drain while it generates load.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<ServerProcess> {
  const log = join(mkdtempSync(join(tmpdir(), 'kb-bench-')), 'serve.log');
  const fd = openSync(log, 'w');
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'kb'), 'serve', '--port', '0', ...args], {
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
    pid: child.pid!,
    readyMs,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
