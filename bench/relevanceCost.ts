/**
 * What the relevance layer (similar-question fusion and per-hit confidence, src/relevance/)
 * costs per query, in process over the dev set. Two knowledge bases from the same index
 * file, one ranking with the layer and one without (the lexical order as it is, every
 * confidence 0: the engine before issue 11), interleaved query by query and alternating
 * which goes first, so machine load hits both alike. Reports p50 and p99 of each and
 * their ratios (issue 11: p99 ≤ 1.2×). Part of `npm run bench` (`relevance_layer`);
 * alone: `node dist/bench/relevanceCost.js [passes]` over the sample's built index.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { search } from '../src/query/search.js';
import type { DocScores } from '../src/index/scoreClauses.js';
import type { LexicalResult, Ranked, RelevanceModel } from '../src/relevance/relevanceModel.js';
import { NegativeExamples } from '../src/relevance/negativeExamples.js';
import { percentile, round } from './stats.js';
import { devQueries } from './devQueries.js';
import { ROOT } from './startServerProcess.js';

/** The lexical order as it is: the index hands the ranking its scores as arrays (DocScores) labelled by `refs`. */
function lexicalOrder(lexical: LexicalResult[] | DocScores, count = Infinity, refs?: readonly string[]): Ranked[] {
  const results = Array.isArray(lexical)
    ? lexical
    : Array.from({ length: lexical.count }, (_, i) => ({ ref: refs![lexical.docs[i]!]!, score: lexical.scores[i]! }));
  return results
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((r) => ({ ref: r.ref, score: r.score, lexical: 1, probability: 0, label: 0 }));
}

const lexicalOnly = {
  rank: (_analysis: unknown, lexical: LexicalResult[] | DocScores, _weights: unknown, count?: number, refs?: readonly string[]): Ranked[] => lexicalOrder(lexical, count, refs),
  confidence: () => ({ confidence: 0 }),
  confidenceOf: () => 0,
} as unknown as RelevanceModel;

/** Without the layer there is no out-of-scope signal either (the stub above has no question matcher to weigh it). */
const noNegatives = NegativeExamples.of([], [], () => 0);

/** Two knowledge bases from `file`'s agent scope: one with the layer, one with the lexical order alone. */
export function withAndWithoutLayer(file: string): { withLayer: KnowledgeBase; without: KnowledgeBase } {
  const withLayer = KnowledgeBase.open(file, ['agent']);
  const without = KnowledgeBase.open(file, ['agent']);
  without.relevance = () => lexicalOnly;
  without.outOfScope = () => noNegatives;
  return { withLayer, without };
}

/**
 * Searches `queries` on `file` with and without the layer, `passes` times after one warm-up pass.
 * Also counts the searches of each that met a garbage collection (a GC entry starting
 * during the search): those make the p99, and the layer's allocation decides how many.
 */
export async function relevanceCost(file: string, queries: readonly string[], passes: number) {
  const { withLayer, without } = withAndWithoutLayer(file);
  const times = { with: [] as number[], without: [] as number[] };
  const spans = { with: [] as Array<[number, number]>, without: [] as Array<[number, number]> };
  const gcs: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  for (let pass = 0; pass <= passes; pass++) {
    for (const query of queries) {
      const order: Array<[keyof typeof times, KnowledgeBase]> = pass % 2 ? [['with', withLayer], ['without', without]] : [['without', without], ['with', withLayer]];
      for (const [name, kb] of order) {
        const t = performance.now();
        search(kb, query, { limit: 10, cache: false });
        const end = performance.now();
        // The first pass warms both up (JIT, jieba, lazy parsing) and is not counted.
        if (pass > 0) times[name].push(end - t), spans[name].push([t, end]);
      }
    }
  }
  // GC entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const met = (name: keyof typeof times) => spans[name].filter(([from, to]) => gcs.some((g) => g.startTime >= from && g.startTime <= to)).length;
  const p = (name: keyof typeof times, q: number) => percentile(times[name], q);
  return {
    queries: queries.length * passes,
    without: { p50_ms: round(p('without', 50), 3), p99_ms: round(p('without', 99), 3), searches_meeting_gc: met('without') },
    with: { p50_ms: round(p('with', 50), 3), p99_ms: round(p('with', 99), 3), searches_meeting_gc: met('with') },
    ratio: { p50: round(p('with', 50) / p('without', 50)), p99: round(p('with', 99) / p('without', 99)) },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await relevanceCost(join(ROOT, '.kb/kb.sqlite'), devQueries(), Number(process.argv[2] ?? 8)))}\n`);
}
