/**
 * Heap allocated per search over the dev set, with the relevance layer and with the
 * lexical order alone (the knowledge bases of relevanceCost.ts): what decides how often
 * a search meets a garbage collection. Measured as the growth of the used heap over whole
 * passes, which only equals the allocation when no collection runs in between, so run it
 * with a young generation larger than the passes allocate:
 * `node --expose-gc --min-semi-space-size=512 --max-semi-space-size=512 dist/bench/layerAllocation.js [passes]`
 * (a full collection before each side, so none falls due during it). A side during which
 * the heap was collected anyway is reported as null.
 */
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { search } from '../src/query/search.js';
import type { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { withAndWithoutLayer } from './relevanceCost.js';
import { round } from './stats.js';
import { devQueries } from './devQueries.js';
import { ROOT } from './startServerProcess.js';

const passes = Number(process.argv[2] ?? 3);
const queries = devQueries();
const { withLayer, without } = withAndWithoutLayer(join(ROOT, '.kb/kb.sqlite'));
let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** KB allocated per search on `kb` (null when a collection ran meanwhile). */
async function kbPerSearch(kb: KnowledgeBase): Promise<number | null> {
  (globalThis as { gc?: () => void }).gc?.();
  await settle();
  const before = collections;
  const used = process.memoryUsage().heapUsed;
  for (let pass = 0; pass < passes; pass++) for (const query of queries) search(kb, query, { limit: 10, cache: false });
  const grown = process.memoryUsage().heapUsed - used;
  await settle();
  return collections === before ? round(grown / (passes * queries.length) / 1024, 1) : null;
}

// One warm-up pass each (JIT, jieba, lazy parsing, the models' scratch arrays).
for (const kb of [withLayer, without]) for (const query of queries) search(kb, query, { limit: 10, cache: false });
process.stdout.write(`${JSON.stringify({ searches: passes * queries.length, with_kb: await kbPerSearch(withLayer), without_kb: await kbPerSearch(without) })}\n`);
