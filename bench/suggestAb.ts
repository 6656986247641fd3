/**
 * `/api/suggest` and in-process search of two checkouts, back to back (issue 8's
 * throughput targets): interleaved rounds, medians, and the CPU each request or search
 * costs (steadier than the wall clock on a shared machine).
 *
 *   http     each side's `kb serve` on the same index (a symlink in a temp folder, so
 *            events go to a throwaway state file), autocannon at 50 connections with
 *            every request unique (bench/httpLoad.ts, as the scale bench drives it);
 *            req/s, p99 and the server's CPU (user + system) per request
 *   inproc   each side's `search()` (no result cache) in a child process over the
 *            queries: p50 / p99 and CPU per search
 *
 *   node dist/bench/suggestAb.js --baseline /work/wt/base --index FILE --content DIR \
 *     --queries FILE.jsonl [--mode http|inproc] [--rounds 3] [--seconds 5] [--repeat 1]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from './httpLoad.js';
import { median, round } from './stats.js';
import { cpuMsOf, serverPid } from './procStats.js';
import { ROOT } from './startServerProcess.js';

interface HttpRound {
  rps: number;
  p99: number;
  cpuMsPerRequest: number;
  errors: number;
}

/** One load of `root`'s kb serve on `index`; the server is stopped after it. */
async function httpOnce(root: string, index: string, content: string, paths: string[], seconds: number): Promise<HttpRound> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-suggest-ab-'));
  const linked = join(dir, 'kb.sqlite');
  symlinkSync(resolve(index), linked);
  const child = spawn(process.execPath, [join(root, 'bin', 'kb'), 'serve', '--port', '0', '--index', linked, '--content', content, '--published'], {
    cwd: root,
    env: { ...process.env, KB_RATE_LIMIT: '1000000000', KB_PUBLIC_RATE_LIMIT: '1000000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  // Drained, not kept past the startup line: the access log must not fill a pipe.
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    if (output.length < 10_000) output += d;
  });
  try {
    let url: string | undefined;
    while (!url) {
      if (child.exitCode !== null) throw new Error(`${root}: kb serve exited: ${output}`);
      url = /serving \d+ articles at (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 10));
    }
    while ((await fetch(new URL('/readyz', url)).catch(() => undefined))?.status !== 200) await new Promise((r) => setTimeout(r, 10));
    // A short warm-up (JIT, the first articles read), not counted.
    await load(url, paths.slice(0, 50), 1, true);
    const server = serverPid(child.pid!);
    const cpuBefore = cpuMsOf(`/proc/${server}/stat`);
    const result = await load(url, paths, seconds, true);
    const cpu = cpuMsOf(`/proc/${server}/stat`) - cpuBefore;
    return { rps: result.requests_per_s, p99: result.p99_ms, cpuMsPerRequest: round(cpu / Math.max(1, result.total), 3), errors: result.errors + result.non_2xx };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The in-process measure, run in a child process of `root`'s own dist. */
const INPROC = `
const [root, index, queriesFile, repeat] = process.argv.slice(1);
const { KnowledgeBase } = await import(root + '/dist/src/query/knowledgeBase.js');
const { search } = await import(root + '/dist/src/query/search.js');
const { readFileSync } = await import('node:fs');
const queries = readFileSync(queriesFile, 'utf8').trim().split('\\n').map((l) => JSON.parse(l).query).filter(Boolean);
const kb = KnowledgeBase.open(index, ['agent']);
for (const q of queries) search(kb, q, { cache: false });
const times = [];
const cpu = process.cpuUsage();
for (let r = 0; r < Number(repeat); r++) for (const q of queries) { const t = performance.now(); search(kb, q, { cache: false }); times.push(performance.now() - t); }
const used = process.cpuUsage(cpu);
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.ceil(p / 100 * times.length) - 1)];
process.stdout.write(JSON.stringify({ p50: at(50), p99: at(99), cpuMsPerSearch: (used.user + used.system) / 1000 / times.length }));
`;

interface InprocRound {
  p50: number;
  p99: number;
  cpuMsPerSearch: number;
}

function inprocOnce(root: string, index: string, queriesFile: string, repeat: number): InprocRound {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', INPROC, resolve(root), resolve(index), resolve(queriesFile), String(repeat)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${root}: ${run.stderr}`);
  return JSON.parse(run.stdout) as InprocRound;
}

function summary<T extends object>(rounds: T[]): Record<string, number> {
  const keys = Object.keys(rounds[0]!) as Array<keyof T>;
  return Object.fromEntries(keys.map((k) => [k, round(median(rounds.map((r) => Number(r[k]))), 3)]));
}

const USAGE = `usage: node dist/bench/suggestAb.js --baseline ROOT --index FILE --queries FILE.jsonl [--content DIR]
       [--mode http|inproc] [--rounds 3] [--seconds 5] [--repeat 1]
  ROOT: another checkout with its dist built (e.g. main's), measured alternately with this one.
  http (default): each side's kb serve --published on the same index (--content required),
    50 connections, every request unique, --seconds per round: req/s, p99, server CPU per request.
  inproc: each side's search() in a child process over the queries, --repeat passes:
    p50 / p99 and CPU per search. Prints each round, then JSON medians and ratios.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean' },
      baseline: { type: 'string' },
      index: { type: 'string' },
      content: { type: 'string' },
      queries: { type: 'string' },
      mode: { type: 'string', default: 'http' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      repeat: { type: 'string', default: '1' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.baseline || !values.index || !values.queries || (values.mode === 'http' && !values.content)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const sides = { baseline: resolve(values.baseline), this: ROOT };
  const rounds = Number(values.rounds);
  const results: Record<keyof typeof sides, Array<HttpRound | InprocRound>> = { baseline: [], this: [] };
  const queries = readFileSync(values.queries, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { query?: string }).query)
    .filter((q): q is string => Boolean(q));
  const paths = queries.map((q) => `/api/suggest?q=${encodeURIComponent(q)}&limit=8`);
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so a trend in the machine's load falls on both.
    const order = (r % 2 ? ['this', 'baseline'] : ['baseline', 'this']) as Array<keyof typeof sides>;
    for (const side of order) {
      const one =
        values.mode === 'http'
          ? await httpOnce(sides[side], values.index, values.content!, paths, Number(values.seconds))
          : inprocOnce(sides[side], values.index, values.queries, Number(values.repeat));
      results[side].push(one);
      process.stderr.write(`${side} ${JSON.stringify(one)}\n`);
    }
  }
  const base = summary(results.baseline);
  const ours = summary(results.this);
  const ratio = Object.fromEntries(Object.keys(base).map((k) => [k, round(ours[k]! / base[k]!, 2)]));
  process.stdout.write(`${JSON.stringify({ mode: values.mode, rounds, baseline: base, this: ours, ratio }, null, 2)}\n`);
}

await main();
