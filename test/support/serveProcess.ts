import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB_BIN, tempDir } from './paths.js';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | string>;
  log(): string;
}

/**
 * `kb serve` as a real child process on a free port, its output in a file; resolves once it
 * serves. `bin`: the CLI's entry script (bin/kb, or a bundle's).
 */
export async function startServeProcess(args: string[], env: NodeJS.ProcessEnv = {}, bin = KB_BIN): Promise<ServeProcess> {
  const log = join(tempDir('kb-serve-'), 'serve.log');
  const fd = openSync(log, 'w');
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { env: { ...process.env, KB_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  let ended = false;
  void exited.then(() => (ended = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const url = /serving \d+ articles at (http:\/\/\S+)/.exec(readFileSync(log, 'utf8'))?.[1];
    if (url) return { url, child, exited, log: () => readFileSync(log, 'utf8') };
    if (ended || Date.now() > deadline) throw new Error(`kb serve did not start:\n${readFileSync(log, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
