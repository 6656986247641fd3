/**
 * `kb serve` start of two checkouts, back to back: spawn → /readyz 200, interleaved runs,
 * medians of the wall time, the process's own CPU time to ready (user + system from
 * /proc/PID/stat: steadier than the wall on a shared machine), its main thread's (the
 * start's critical path when other threads have a core) and its RSS once ready.
 * Each side serves its own index (a build by other code is stale to the other side)
 * through a symlink in a temp folder, so the events go to a throwaway state file there.
 * Once ready, each start answers FIRST_QUERIES, timed: a start that left work to the
 * first queries shows there (ready must mean ready).
 *
 * With --published, each serves its index as a replica does (`kb serve --published`: never
 * built, never checked against the content).
 *
 *   node dist/bench/startAb.js --baseline /work/main --baseline-index A.sqlite \
 *     --index B.sqlite --content DIR [--runs 5] [--published]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, round } from './stats.js';
import { cpuMsOf, rssMbOf, serverPid } from './procStats.js';
import { ROOT } from './startServerProcess.js';

interface Start {
  wallMs: number;
  /** Every thread's CPU time to ready. */
  cpuMs: number;
  /** The main thread's: what a start takes on a machine with a core free for the other threads. */
  mainCpuMs: number;
  rssMb: number;
  /** `/api/suggest` of each of FIRST_QUERIES in turn, right after ready (ms, client side). */
  firstQueriesMs: number;
}

/** Chinese (jieba, pinyin homophones), English with a typo (speller), traditional characters (OpenCC), a prefix. */
const FIRST_QUERIES = ['中转行扣费', 'intermediry bank fee', '匯款到賬時間', 'swift mt1'];

/** One start of `root`'s kb serving `index`; the server is stopped once measured. */
async function startOnce(root: string, index: string, content: string, published: boolean): Promise<Start> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-start-'));
  const linked = join(dir, 'kb.sqlite');
  symlinkSync(resolve(index), linked);
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'kb'), 'serve', '--port', '0', '--index', linked, '--content', content, ...(published ? ['--published'] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null) throw new Error(`kb serve (${root}) exited before it was ready:\n${output}`);
    url = /serving \d+ articles at (http:\/\/\S+)/.exec(output)?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 2));
  }
  while ((await fetch(new URL('/readyz', url)).catch(() => undefined))?.status !== 200) await new Promise((r) => setTimeout(r, 2));
  const wallMs = performance.now() - started;
  // The server's own figures (for a large index it is bin/kb's child); the parent's CPU adds to its own.
  const server = serverPid(child.pid!);
  const parentCpuMs = server === child.pid ? 0 : cpuMsOf(`/proc/${child.pid}/stat`);
  const ready = { wallMs, cpuMs: cpuMsOf(`/proc/${server}/stat`) + parentCpuMs, mainCpuMs: cpuMsOf(`/proc/${server}/task/${server}/stat`), rssMb: rssMbOf(server) };
  const queried = performance.now();
  for (const q of FIRST_QUERIES) {
    const res = await fetch(new URL(`/api/suggest?q=${encodeURIComponent(q)}`, url));
    if (res.status !== 200) throw new Error(`kb serve (${root}): /api/suggest?q=${q} answered ${res.status}`);
    await res.arrayBuffer();
  }
  const start = { ...ready, firstQueriesMs: performance.now() - queried };
  child.kill('SIGTERM');
  await exited;
  rmSync(dir, { recursive: true, force: true });
  return start;
}

function summary(starts: Start[]): Start {
  const of = (key: keyof Start) => round(median(starts.map((s) => s[key])), 0);
  return { wallMs: of('wallMs'), cpuMs: of('cpuMs'), mainCpuMs: of('mainCpuMs'), rssMb: of('rssMb'), firstQueriesMs: of('firstQueriesMs') };
}

const USAGE = `usage: node dist/bench/startAb.js --baseline ROOT --baseline-index FILE --index FILE --content DIR [--runs N] [--published]
  ROOT: another checkout with its dist built (e.g. main's); FILE: an index each side built itself
  (an index built by other code is stale and would be rebuilt); runs alternate which side starts first.
  --published: serve each index as a replica does (kb serve --published).
  Prints JSON: medians of wall, CPU, main-thread CPU and RSS at ready, and of the first queries after it.`;
const { values } = parseArgs({
  options: { baseline: { type: 'string' }, 'baseline-index': { type: 'string' }, index: { type: 'string' }, content: { type: 'string' }, runs: { type: 'string', default: '5' }, published: { type: 'boolean', default: false }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.baseline || !values['baseline-index'] || !values.index || !values.content) throw new Error(USAGE);
const sides = [
  { name: 'baseline', root: values.baseline, index: values['baseline-index'], starts: [] as Start[] },
  { name: 'this', root: ROOT, index: values.index, starts: [] as Start[] },
];
for (let run = 0; run < Number(values.runs); run++) {
  // Alternating which side goes first, so neither always meets the page cache the other warmed.
  for (const side of run % 2 ? [...sides].reverse() : sides) side.starts.push(await startOnce(side.root, side.index, values.content, values.published));
}
const [base, mine] = sides.map((s) => summary(s.starts)) as [Start, Start];
console.log(JSON.stringify({
  runs: Number(values.runs),
  content: values.content,
  published: values.published,
  baseline: { root: values.baseline, ...base, each: sides[0]!.starts },
  this: { ...mine, each: sides[1]!.starts },
  ratio: { wall: round(mine.wallMs / base.wallMs), cpu: round(mine.cpuMs / base.cpuMs), mainCpu: round(mine.mainCpuMs / base.mainCpuMs), rss: round(mine.rssMb / base.rssMb), firstQueries: round(mine.firstQueriesMs / base.firstQueriesMs) },
}, null, 1));
