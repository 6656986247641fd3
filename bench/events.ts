/**
 * Events benchmarks (`npm run bench -- --events`, or BENCH_EVENTS=1 with the rest):
 *
 *   suggest   /api/suggest at 50 connections with recording on vs off, same run: two
 *             servers loaded at the same time (50 connections each, 4 runs, after a
 *             warm-up) with the dev queries cycling, as typed traffic repeats. The load
 *             comes from one client, so consecutive queries fold only when one extends
 *             the other: most requests are stored as a search. Ratios of the medians:
 *             throughput on/off (target ≥ 0.9), p99 on/off (target ≤ 1.2).
 *   in-process the cost of recording one search (EventRecorder.search, folding and masking
 *             included, into a real SQLite store) against serving the same warm suggest
 *             (search from the result cache): interleaved per query, so a busy machine
 *             slows both alike. The HTTP figures above swing with the machine's load.
 *   sustained 5,000 events/s for BENCH_EVENTS_SECONDS into the batching store over the
 *             SQLite sink, and over PostgreSQL when KB_TEST_DATABASE_URL is set: events
 *             recorded, written, dropped (target 0), and the write time of a batch.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { EventRecorder } from '../src/events/eventRecorder.js';
import type { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { search } from '../src/query/search.js';
import { BatchingEventStore } from '../src/events/batchingEventStore.js';
import type { StoredEvent } from '../src/events/event.js';
import type { EventSink } from '../src/events/eventSink.js';
import { PostgresEventSink } from '../src/events/postgresEventSink.js';
import { SqliteEventSink } from '../src/events/sqliteEventSink.js';
import { median, percentile, round } from './stats.js';
import { startServerProcess } from './startServerProcess.js';

const SUGGEST_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10) / 2;
const SUSTAINED_SECONDS = Number(process.env.BENCH_EVENTS_SECONDS ?? 10);
const RATE = 5000;
const RUNS_EACH = 4;

async function warmUp(url: string, paths: string[]) {
  for (const path of paths) await fetch(new URL(path, url)).then((r) => r.arrayBuffer());
  await autocannon({ url, connections: 50, duration: 1, requests: paths.map((path) => ({ method: 'GET', path })) });
}

async function suggestLoad(url: string, paths: string[]) {
  const r = await autocannon({ url, connections: 50, duration: SUGGEST_SECONDS, requests: paths.map((path) => ({ method: 'GET', path })) });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

export async function benchSuggestRecording(queries: string[]) {
  const paths = queries.map((q) => `/api/suggest?q=${encodeURIComponent(q)}&limit=8`);
  const on = await startServerProcess();
  const off = await startServerProcess({ KB_EVENTS: 'off' });
  try {
    // Warm-up: fill both servers' result caches and let V8 optimise before anything is counted.
    await Promise.all([warmUp(on.url, paths), warmUp(off.url, paths)]);
    const runs: Record<'on' | 'off', Array<{ rps: number; p99: number; errors: number }>> = { on: [], off: [] };
    // Both at once, 50 connections each: whatever else the machine runs slows both alike,
    // so the ratio is the cost of recording, not the noise of the moment (run one after the
    // other on this shared box, the same two servers swapped places from run to run).
    for (let i = 0; i < RUNS_EACH; i++) {
      const [offRun, onRun] = await Promise.all([suggestLoad(off.url, paths), suggestLoad(on.url, paths)]);
      runs.off.push(offRun);
      runs.on.push(onRun);
    }
    const ready = (await (await fetch(new URL('/readyz', on.url))).json()) as { events: { written: number; dropped: number; state: string } };
    const rps = (m: 'on' | 'off') => median(runs[m].map((r) => r.rps));
    const p99 = (m: 'on' | 'off') => median(runs[m].map((r) => r.p99));
    return {
      seconds_per_run: SUGGEST_SECONDS,
      runs_each: RUNS_EACH,
      recording_on: { requests_per_s: round(rps('on'), 0), p99_ms: p99('on'), errors: runs.on.reduce((s, r) => s + r.errors, 0) },
      recording_off: { requests_per_s: round(rps('off'), 0), p99_ms: p99('off'), errors: runs.off.reduce((s, r) => s + r.errors, 0) },
      ratio_throughput_on_off: round(rps('on') / rps('off')),
      ratio_p99_on_off: round(p99('on') / p99('off')),
      store: ready.events,
    };
  } finally {
    await on.stop();
    await off.stop();
  }
}

export async function benchRecordingInProcess(kb: KnowledgeBase, queries: string[]) {
  const store = new BatchingEventStore(new SqliteEventSink(join(mkdtempSync(join(tmpdir(), 'kb-bench-events-')), 'state.sqlite')));
  const recorder = new EventRecorder(store);
  const serveUs: number[] = [];
  const recordUs: number[] = [];
  for (const q of queries) search(kb, q, { limit: 8 });
  for (let round = 0; round < 10; round++) {
    queries.forEach((q, i) => {
      let t = performance.now();
      const result = search(kb, q, { limit: 8 });
      Buffer.from(JSON.stringify({ query: q, locale: result.locale, hits: result.hits }));
      serveUs.push((performance.now() - t) * 1000);
      t = performance.now();
      recorder.search({ key: `client-${i % 50}` }, { searchId: recorder.newSearchId(), scope: 'agent', query: q, locale: result.locale, hits: result.hits, latencyMs: 0.1 });
      recordUs.push((performance.now() - t) * 1000);
    });
    // Let the store's batches run between rounds, as they do between requests.
    await store.flush();
  }
  await recorder.close();
  return {
    searches: recordUs.length,
    record_p50_us: round(median(recordUs)),
    record_p99_us: round(percentile(recordUs, 99)),
    baseline_warm_suggest_p50_us: round(median(serveUs)),
    ratio_p50: round(median(recordUs) / median(serveUs)),
  };
}

/** Times each batch the sink writes. */
class TimedSink implements EventSink {
  readonly batchMs: number[] = [];
  constructor(private readonly inner: EventSink) {}
  get backend() {
    return this.inner.backend;
  }
  async write(batch: readonly StoredEvent[]) {
    const t = performance.now();
    await this.inner.write(batch);
    this.batchMs.push(performance.now() - t);
  }
  list = (f: Parameters<EventSink['list']>[0]) => this.inner.list(f);
  deleteSample = () => this.inner.deleteSample();
  deleteBefore = (c: number) => this.inner.deleteBefore(c);
  close = () => this.inner.close();
}

function searchEvent(i: number): StoredEvent {
  return {
    id: randomUUID(), at: Date.now(), type: 'search', scope: 'agent', searchId: randomUUID(), query: `中转行扣费 ${i % 300}`, locale: 'zh-CN',
    resultIds: ['fees-intermediary-deduction', 'fees-charge-codes', 'fees-deduction-refund', 'fees-schedule', 'fees-fx-spread'], topScore: 12.3, confident: true, latencyMs: 0.4, agent: 'agent-7',
  };
}

/** RATE events a second, recorded in 10 ms slices as requests would, for SUSTAINED_SECONDS. */
async function sustained(sink: EventSink) {
  const timed = new TimedSink(sink);
  const store = new BatchingEventStore(timed);
  let recorded = 0;
  let maxQueued = 0;
  const started = performance.now();
  await new Promise<void>((done) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const due = Math.min(RATE * SUSTAINED_SECONDS, Math.floor((elapsed / 1000) * RATE));
      while (recorded < due) store.record(searchEvent(recorded++));
      maxQueued = Math.max(maxQueued, store.status().queued);
      if (recorded >= RATE * SUSTAINED_SECONDS) {
        clearInterval(timer);
        done();
      }
    }, 10);
  });
  const seconds = (performance.now() - started) / 1000;
  await store.flush();
  const status = store.status();
  await store.close();
  return {
    seconds: round(seconds),
    offered_per_s: round(recorded / seconds, 0),
    recorded,
    written: status.written,
    dropped: status.dropped,
    max_queued: maxQueued,
    batches: timed.batchMs.length,
    batch_write_p50_ms: round(median(timed.batchMs)),
    batch_write_p99_ms: round(percentile(timed.batchMs, 99)),
  };
}

export async function benchSustained() {
  const sqlite = await sustained(new SqliteEventSink(join(mkdtempSync(join(tmpdir(), 'kb-bench-events-')), 'state.sqlite')));
  const url = process.env.KB_TEST_DATABASE_URL;
  if (!url) return { sqlite, postgres: 'skipped: set KB_TEST_DATABASE_URL=postgres://... to measure PostgreSQL' };
  const schema = `kb_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return { sqlite, postgres: await sustained(await PostgresEventSink.open(u.toString())) };
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}
