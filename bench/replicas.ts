/**
 * Replicas (README, "Deployment: several replicas"), alone, against a PostgreSQL:
 *
 *   scripts/test-postgres.sh node dist/bench/replicas.js      (after npx tsc -p .)
 *
 *   line     a live-call line → its suggestions on an event stream. Shared: the call
 *            started and its lines added on replica A, the stream held on replica B, the
 *            state in PostgreSQL (LISTEN/NOTIFY). Baseline: one replica with calls in
 *            memory, the line and the stream on it.
 *   publish  a published index renamed over the shared file → both replicas report its
 *            content hash in /readyz. Baseline: loading that file in process.
 *
 * Replicas are real `kb serve --published` processes; the figures are medians.
 */
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { CONTENT, FIXTURES, removeTempDirs, tempDir } from '../test/support/paths.js';
import { freshSchema, PG_URL } from '../test/support/postgres.js';
import { startServeProcess, type ServeProcess } from '../test/support/serveProcess.js';
import { openEventStream } from '../test/support/sse.js';
import { median, round } from './stats.js';

const LINES = Number(process.env.BENCH_LINES ?? 30);
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 6);
const AUTH = { authorization: 'Bearer bench-token' };
const TEXTS = ['我客户汇了一万美金，只到了9975', '中转行扣费是怎么回事', '帳戶被凍結了怎么办', 'my KYC review has been pending for three days', '提现多久到账'];

async function post(base: string, path: string, body: unknown): Promise<any> {
  const res = await fetch(new URL(path, base), { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

/** Milliseconds from adding each line on `lineOn` to its suggestions on a stream held on `streamOn`. */
async function lineLatencies(lineOn: string, streamOn: string): Promise<number[]> {
  const { id } = await post(lineOn, '/api/assist/calls', {});
  const stream = await openEventStream(new URL(`/api/assist/calls/${id}/events`, streamOn).href, AUTH);
  await stream.next((e) => e.event === 'ready', 60_000);
  const times: number[] = [];
  for (let i = 1; i <= LINES; i++) {
    const t = performance.now();
    await post(lineOn, `/api/assist/calls/${id}/lines`, { speaker: 'customer', text: TEXTS[i % TEXTS.length] });
    await stream.next((e) => e.event === 'suggestions' && e.data.turns === i, 60_000);
    times.push(performance.now() - t);
  }
  stream.close();
  return times;
}

async function hashOf(base: string): Promise<string | undefined> {
  return ((await (await fetch(new URL('/readyz', base), { headers: AUTH })).json()) as { contentHash?: string }).contentHash;
}

async function main(): Promise<void> {
  if (!PG_URL) throw new Error('KB_TEST_DATABASE_URL is not set: run through scripts/test-postgres.sh');
  const schema = await freshSchema();
  const shared = tempDir('kb-bench-replicas-');
  const published = join(shared, 'kb.sqlite');
  const builds = [CONTENT, join(FIXTURES, 'content-min')].map((content, i) => {
    const file = join(tempDir('kb-bench-build-'), `kb-${i}.sqlite`);
    return { file, hash: buildKnowledgeBase({ contentDir: content, outFile: file }).info.contentHash };
  });
  copyFileSync(builds[0]!.file, published);
  const env = { KB_AGENT_TOKENS: 'bench-token', KB_RATE_LIMIT: '1000000', KB_LOG_LEVEL: 'warn' };
  const replicas: ServeProcess[] = [];
  try {
    for (const dbEnv of [{ KB_DATABASE_URL: schema.url }, { KB_DATABASE_URL: schema.url }, {}]) {
      replicas.push(await startServeProcess(['--index', published, '--published'], { ...env, ...dbEnv }));
    }
    const [a, b, alone] = replicas.map((r) => r.url) as [string, string, string];
    await lineLatencies(alone, alone); // warm-up: the first rankings pay for cold caches
    const inMemory = await lineLatencies(alone, alone);
    const shared = await lineLatencies(a, b);
    const line = { sharedMs: round(median(shared)), memoryMs: round(median(inMemory)) };
    console.log(`line → suggestions (median of ${LINES}): shared A→B ${line.sharedMs} ms, one replica in memory ${line.memoryMs} ms, ratio ${round(line.sharedMs / line.memoryMs)}`);

    const publish: number[] = [];
    const load: number[] = [];
    for (let i = 1; i <= PUBLISHES; i++) {
      const next = builds[i % 2]!;
      const t0 = performance.now();
      KnowledgeBase.open(next.file);
      load.push(performance.now() - t0);
      copyFileSync(next.file, `${published}.new`);
      const t = performance.now();
      renameSync(`${published}.new`, published);
      while ((await hashOf(a)) !== next.hash || (await hashOf(b)) !== next.hash) await new Promise((r) => setTimeout(r, 5));
      publish.push(performance.now() - t);
    }
    const p = { bothMs: round(median(publish)), loadMs: round(median(load)) };
    console.log(`publish → both replicas serving (median of ${PUBLISHES}, sample and minimal content alternating): ${p.bothMs} ms; loading the file in process ${p.loadMs} ms, ratio ${round(p.bothMs / p.loadMs)}`);
  } finally {
    for (const r of replicas) {
      r.child.kill('SIGTERM');
      await r.exited;
    }
    await schema.drop();
    removeTempDirs();
  }
}

await main();
