/**
 * `npm run bench -- --scale 1000,5000[,20000] [--hard]`: the knowledge base at several
 * sizes (total articles, each in zh-CN and en; the sample's 46 plus generated ones), and
 * per size:
 *
 *   kb          `kb build` in its own process (wall time, peak RSS), then again after
 *               one article was edited (the build cache; it must analyse 1 file), file size,
 *               `kb serve` spawn → /readyz 200 and its RSS then, in-process p50/p99 of
 *               the ranking (analysis + ranking, as for the peers) and of the full
 *               search (the product path: ranking plus snippets, no result cache),
 *               HTTP /api/suggest with every request unique, 50 connections
 *   peers       MiniSearch, SQLite FTS5 and (up to BENCH_LUNR_MAX articles) lunr over the
 *               same analysed documents: build time, p50/p99 (analysis included)
 *   relevance   MRR@10 of every engine on the generated queries (keywords, colloquial
 *               Chinese, English, typos), and on the dev set; for kb, of its lexical
 *               ranking (lunr's definition, as the peers rank) and of the full search
 *               (what the product returns: fusion with the similar questions, coordination,
 *               spelling correction). Per query kind: relevanceByKind.ts.
 *
 * `--hard`: generated articles made of the sample's own sentences (the hard case); its
 * queries are the dev set's (the real article competes with many lookalikes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer, type QueryAnalysis } from '../../src/analysis/analyzer.js';
import { findContentFiles } from '../../src/content/findContentFiles.js';
import { meanReciprocalRank } from '../../src/eval/metrics.js';
import { scopeDocs } from '../../src/index/documents.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { scoreClauses } from '../../src/index/scoreClauses.js';
import { queryClauses, search } from '../../src/query/search.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { generateContent } from '../corpus/generateContent.js';
import { seededRandom } from '../../src/shared/seededRandom.js';
import { load } from '../httpLoad.js';
import { rssMbOf } from '../procStats.js';
import { percentile, round } from '../stats.js';
import { ROOT, startServerProcess } from '../startServerProcess.js';
import { lunrItself, miniSearch, sqliteFts5, type PeerEngine } from './peers.js';

const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const LUNR_MAX = Number(process.env.BENCH_LUNR_MAX ?? 1000);
/** Generated queries timed per size (a seeded sample of them). */
const QUERIES = Number(process.env.BENCH_QUERIES ?? 600);
const SAMPLE_ARTICLES = 46;

interface Case {
  query: string;
  expected: string[];
}

interface Row {
  engine: string;
  articles: number;
  build_s: number;
  build_peak_rss_mib?: number;
  build_workers?: number;
  /** kb only: `kb build` again after one article was edited (the build cache beside the index). */
  rebuild_one_s?: number;
  file_mb?: number;
  ready_ms?: number;
  rss_after_start_mb?: number;
  /** kb only: the first public API request after ready, which loads the public scope (JSON rows only). */
  first_public_ms?: number;
  rss_after_public_mb?: number;
  p50_ms: number;
  p99_ms: number;
  /** kb only: the full search (analysis, ranking and snippets); p50/p99 are ranking only, as for the peers. */
  search_p50_ms?: number;
  search_p99_ms?: number;
  /** kb only: MRR@10 of the full search (mrr_* are of the lexical ranking, as for the peers). */
  search_mrr_generated?: number;
  search_mrr_dev?: number;
  http_rps?: number;
  http_p99_ms?: number;
  http_non_2xx?: number;
  mrr_generated: number;
  mrr_dev: number;
}

export async function runScale(sizes: string, hard: boolean): Promise<void> {
  const rows: Row[] = [];
  for (const articles of sizes.split(',').map(Number)) rows.push(...(await oneSize(articles, hard)));
  process.stdout.write(`${JSON.stringify({ machine: `${process.platform} ${process.arch}, node ${process.version}`, hard, rows }, null, 2)}\n\n${table(rows)}\n`);
}

async function oneSize(articles: number, hard: boolean): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), `kb-scale-${articles}-`));
  try {
    const corpus = generateContent({ sampleDir: join(ROOT, 'content'), outDir: join(dir, 'content'), articles: Math.max(0, articles - SAMPLE_ARTICLES), mode: hard ? 'reused' : 'realistic', seed: 1 });
    const file = join(dir, 'kb.sqlite');
    const built = buildInChild(corpus.contentDir, file);
    const rebuilt = buildInChild(editOneArticle(corpus.contentDir), file);
    if (rebuilt.analysed !== 1) throw new Error(`the one-article rebuild analysed ${rebuilt.analysed} files`);

    const server = await startServerProcess({}, { index: file, content: corpus.contentDir });
    const rss = rssMbOf(server.pid);
    const random = seededRandom(2);
    const generated = [...corpus.queries].sort(() => random() - 0.5).slice(0, QUERIES);
    const dev = readCases(join(ROOT, 'test/fixtures/queries.dev.jsonl'));
    const timed = generated.length ? generated : dev;
    let http;
    let firstPublic = { ms: 0, rss: 0 };
    try {
      // The server loads the public scope on its first public request: what that one costs.
      firstPublic = { ms: await requestMs(new URL('/public/api/suggest?q=withdraw', server.url)), rss: rssMbOf(server.pid) };
      http = await load(server.url, timed.map((c) => `/api/suggest?q=${encodeURIComponent(c.query)}&limit=8`), HTTP_SECONDS, true);
    } finally {
      await server.stop();
    }

    const kb = KnowledgeBase.open(file, ['agent']);
    const ours = measure((c) => scoreClauses(kb.index('agent'), queryClauses(kb.analyzer.analyzeQuery(c.query)), 10).map((r) => r.ref), timed, generated, dev);
    const full = measure((c) => search(kb, c.query, { cache: false, limit: 10 }).hits.map((h) => h.id), timed, generated, dev);
    const row: Row = {
      engine: 'kb (compiled)',
      articles: kb.ids('agent').length,
      build_s: round(built.ms / 1000, 1),
      build_peak_rss_mib: Math.round(built.maxRssMiB),
      build_workers: built.workers,
      rebuild_one_s: round(rebuilt.ms / 1000, 2),
      file_mb: round(statSync(file).size / 1e6, 1),
      ready_ms: Math.round(server.readyMs),
      rss_after_start_mb: Math.round(rss),
      first_public_ms: Math.round(firstPublic.ms),
      rss_after_public_mb: Math.round(firstPublic.rss),
      ...ours,
      search_p50_ms: full.p50_ms,
      search_p99_ms: full.p99_ms,
      search_mrr_generated: full.mrr_generated,
      search_mrr_dev: full.mrr_dev,
      http_rps: http.requests_per_s,
      http_p99_ms: http.p99_ms,
      http_non_2xx: http.non_2xx,
    };

    const data = readKnowledgeBase(file, []);
    const { vocabulary: _queryOnly, ...indexing } = data.analyzer;
    const docs = scopeDocs(data.articles, 'agent', new Analyzer(indexing));
    const peers: Array<(d: typeof docs) => PeerEngine> = [miniSearch, sqliteFts5, ...(row.articles <= LUNR_MAX ? [lunrItself] : [])];
    const rows = [row];
    for (const make of peers) {
      const started = performance.now();
      const engine = make(docs);
      const buildS = round((performance.now() - started) / 1000, 1);
      const analyse = (q: string): QueryAnalysis => kb.analyzer.analyzeQuery(q);
      rows.push({ engine: engine.name, articles: row.articles, build_s: buildS, ...measure((c) => engine.search(analyse(c.query), 10), timed, generated, dev) });
      engine.close?.();
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `kb build` in a process of its own (see buildChild.ts). */
function buildInChild(contentDir: string, file: string): { ms: number; maxRssMiB: number; analysed: number; reused: number; workers: number } {
  const build = spawnSync(process.execPath, [join(ROOT, 'dist/bench/scale/buildChild.js'), contentDir, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr.slice(0, 2000)}`);
  return JSON.parse(build.stdout) as ReturnType<typeof buildInChild>;
}

/** An editor's change to one article: a sentence added to the last article file's answer. Returns the content folder. */
function editOneArticle(contentDir: string): string {
  const file = findContentFiles(contentDir).articles.at(-1)!.path;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## /, '\nOne more sentence, added for the rebuild measure.\n\n## '));
  return contentDir;
}

/** Latency over `timed` (after a warm-up pass) and MRR@10 on both query sets. */
function measure(rank: (c: Case) => string[], timed: Case[], generated: Case[], dev: Case[]) {
  for (const c of timed.slice(0, 50)) rank(c);
  const times = timed.map((c) => {
    const started = performance.now();
    rank(c);
    return performance.now() - started;
  });
  const mrr = (cases: Case[]) => (cases.length ? round(meanReciprocalRank(cases.map((c) => ({ expected: c.expected, ranked: [...new Set(rank(c))].slice(0, 10) }))), 3) : NaN);
  return { p50_ms: round(percentile(times, 50), 2), p99_ms: round(percentile(times, 99), 2), mrr_generated: mrr(generated), mrr_dev: mrr(dev) };
}

function readCases(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Case);
}

/** Milliseconds one request takes (it must succeed). */
async function requestMs(url: URL): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  await res.arrayBuffer();
  return performance.now() - started;
}

function table(rows: Row[]): string {
  const cols: Array<[string, (r: Row) => unknown]> = [
    ['articles', (r) => r.articles],
    ['engine', (r) => r.engine],
    ['build s', (r) => r.build_s],
    ['build peak RSS MiB', (r) => r.build_peak_rss_mib],
    ['rebuild 1 article s', (r) => r.rebuild_one_s],
    ['file MB', (r) => r.file_mb],
    ['start → ready ms', (r) => r.ready_ms],
    ['RSS after start MB', (r) => r.rss_after_start_mb],
    ['ranking p50 / p99 ms', (r) => `${r.p50_ms} / ${r.p99_ms}`],
    ['full search p50 / p99 ms', (r) => (r.search_p50_ms === undefined ? undefined : `${r.search_p50_ms} / ${r.search_p99_ms}`)],
    ['HTTP req/s (p99 ms)', (r) => (r.http_rps === undefined ? undefined : `${r.http_rps} (${r.http_p99_ms})`)],
    ['MRR gen / dev', (r) => `${r.mrr_generated} / ${r.mrr_dev}`],
    ['full search MRR gen / dev', (r) => (r.search_mrr_generated === undefined ? undefined : `${r.search_mrr_generated} / ${r.search_mrr_dev}`)],
  ];
  const line = (cells: unknown[]) => `| ${cells.map((c) => (c === undefined ? '—' : String(c))).join(' | ')} |`;
  return [line(cols.map(([h]) => h)), line(cols.map(() => '---')), ...rows.map((r) => line(cols.map(([, f]) => f(r))))].join('\n');
}
