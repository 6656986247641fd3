/**
 * Makes the bundle's code cache from a representative run instead of from the bare parse.
 * A cache made right after compiling holds only the code V8 compiles eagerly (the top
 * level); every function a start then runs (module set-up, the analyzer, the HTTP stack)
 * is parsed and compiled again in every process. Made after a run, the cache holds the
 * bytecode of every function that run compiled, so a start deserialises them instead.
 *
 * The run: the sample content built into a temporary index (`kb build`, in a process of its
 * own: the build's code in the cache would only make every start's cache bigger), served
 * from the bundle (`kb serve --published`, the path every start takes), the console page
 * and a few suggestions asked for (Chinese, English with a typo, traditional characters, a
 * prefix), as a start's first queries are. Run by scripts/bundle.ts in a child process of its
 * own, a plain `node` with no flags, because V8 accepts a cache only from a process with
 * the same flags as the one reading it.
 *
 *   node dist/scripts/bundle/trainCodeCache.js BUNDLE_DIR CONTENT_DIR
 *
 * Exits non-zero (and writes nothing) when any step fails; the bundle then keeps the
 * cache of the bare parse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { BUNDLE_FILE, CODE_CACHE_SUFFIX, runBundle } from './commonJsWrapper.js';

type Cli = typeof import('../../src/cli/main.js');

/** What a start's first queries look like (the same kinds as bench/startAb.ts asks). */
const QUERIES = ['中转行扣费', 'intermediry bank fee', '匯款到賬時間', 'swift mt1', '买家汇了10000美金只到了9975'];

/** The CLI as compiled (this file is dist/scripts/bundle/trainCodeCache.js). */
const KB_BIN = fileURLToPath(new URL('../../../bin/kb', import.meta.url));

const SERVING = /serving \d+ articles at (http:\/\/\S+?)\/? /;

/** Runs the bundled CLI with `args` in this process; its output, once `run` returns (a server keeps running). */
async function runCli(cli: Cli, args: string[]): Promise<{ exitCode: number; output: string }> {
  let output = '';
  const stream = () => new PassThrough().on('data', (d: Buffer) => (output += d.toString('utf8')));
  // The real process but for its arguments and output (process's own are getters: shadowed, not set).
  const proc = Object.create(process, {
    argv: { value: [process.execPath, 'kb', ...args] },
    stdout: { value: stream() },
    stderr: { value: stream() },
    exitCode: { value: undefined, writable: true },
  }) as NodeJS.Process;
  await cli.run(proc);
  return { exitCode: Number(proc.exitCode ?? 0), output };
}

async function train(bundleDir: string, content: string): Promise<void> {
  const filename = join(bundleDir, BUNDLE_FILE);
  const { script, exports: cli } = runBundle<Cli>(filename);
  const work = mkdtempSync(join(tmpdir(), 'kb-code-cache-'));
  try {
    const index = join(work, 'kb.sqlite');
    const built = spawnSync(process.execPath, [KB_BIN, 'build', '--content', content, '--out', index], { env: { ...process.env, KB_NO_BUNDLE: '1' }, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`kb build failed:\n${built.stderr || built.error?.message}`);
    const served = await runCli(cli, ['serve', '--published', '--index', index, '--port', '0', '--host', '127.0.0.1']);
    const url = SERVING.exec(served.output)?.[1];
    if (!url) throw new Error(`kb serve did not start:\n${served.output}`);
    for (const path of ['/', '/readyz', ...QUERIES.map((q) => `/api/suggest?q=${encodeURIComponent(q)}`)]) {
      const res = await fetch(url + path);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
      await res.arrayBuffer();
    }
    // Written beside, then renamed over: a start reading the cache meanwhile sees a whole one.
    const cacheFile = filename + CODE_CACHE_SUFFIX;
    writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
    renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [bundleDir, content] = process.argv.slice(2);
if (!bundleDir || !content) {
  process.stderr.write('usage: node dist/scripts/bundle/trainCodeCache.js BUNDLE_DIR CONTENT_DIR\n');
  process.exit(2);
}
try {
  await train(bundleDir, content);
  process.exit(0); // the server is still listening: the cache is all this process was for
} catch (err) {
  process.stderr.write(`trainCodeCache: ${(err as Error).message}\n`);
  process.exit(1);
}
