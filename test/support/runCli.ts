import { spawn, spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { KB_BIN } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A child's run as a CliRun. One that did not exit (killed by a signal, or never started) has
 * code -1 and says why at the end of its stderr, so a failing comparison names the signal.
 */
export function cliRun(code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string, error?: Error): CliRun {
  if (code !== null) return { code, stdout, stderr };
  return { code: -1, stdout: stdout ?? '', stderr: `${stderr ?? ''}[no exit code: ${error?.message ?? `killed by ${signal ?? 'an unknown cause'}`}]` };
}

/**
 * Runs bin/kb as a child process, the way a user or a script does, with `env` added to the
 * environment. `timeout` (ms) ends a command that should have exited but keeps running.
 */
export function runKb(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout?: number): CliRun {
  const r = spawnSync(process.execPath, [KB_BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout });
  return cliRun(r.status, r.signal, r.stdout, r.stderr, r.error);
}

/**
 * The same without blocking this process: for commands that talk to a server the test runs
 * in this process (the fake OpenAI server), which spawnSync would freeze.
 */
export function runKbAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [KB_BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(cliRun(code, signal, stdout, stderr)));
  });
}

/** Runs the CLI in this process through main(), capturing its output. */
export async function runMain(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}
