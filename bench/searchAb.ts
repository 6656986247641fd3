/**
 * The full search (analysis, ranking, snippets; no result cache), another checkout's
 * against this one's, in one process over the same index file, interleaved query by
 * query (which goes first alternates), so machine load hits both alike. The queries are
 * those `npm run bench -- --scale` times ("full search"): 600 of the file's, in its seeded
 * order, after 50 of them as a warm-up; each pass searches them all once per side.
 *
 *   node dist/bench/searchAb.js --baseline ROOT --index FILE --queries FILE.jsonl [--passes 3]
 *     [--baseline-index FILE]
 *
 * `--baseline-index`: the baseline reads this file instead, when the change is to the file's
 * format (each side then reads a build of the same content by its own code).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import * as here from '../src/query/search.js';
import { seededRandom } from '../src/shared/seededRandom.js';
import { percentile, round } from './stats.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, index: { type: 'string' }, queries: { type: 'string' }, passes: { type: 'string', default: '3' }, 'baseline-index': { type: 'string' } } });
if (!values.baseline || !values.index || !values.queries) {
  process.stderr.write('usage: node dist/bench/searchAb.js --baseline ROOT --index FILE --queries FILE.jsonl [--passes 3] [--baseline-index FILE]\n');
  process.exit(2);
}
const root = resolve(values.baseline);
const baseKb = (await import(join(root, 'dist/src/query/knowledgeBase.js'))) as { KnowledgeBase: typeof KnowledgeBase };
const base = (await import(join(root, 'dist/src/query/search.js'))) as typeof here;
const sides = {
  baseline: { kb: baseKb.KnowledgeBase.open(values['baseline-index'] ?? values.index, ['agent']), search: base.search, times: [] as number[] },
  this: { kb: KnowledgeBase.open(values.index, ['agent']), search: here.search, times: [] as number[] },
};
// As bench/scale/runScale.ts picks them.
const random = seededRandom(2);
const all = readFileSync(values.queries, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { query: string }).query);
const queries = all.sort(() => random() - 0.5).slice(0, 600);

for (const side of Object.values(sides)) for (const q of queries.slice(0, 50)) side.search(side.kb, q, { cache: false, limit: 10 });
for (let p = 0; p < Number(values.passes); p++) {
  queries.forEach((q, i) => {
    const order = (p + i) % 2 ? [sides.baseline, sides.this] : [sides.this, sides.baseline];
    for (const side of order) {
      const started = performance.now();
      side.search(side.kb, q, { cache: false, limit: 10 });
      side.times.push(performance.now() - started);
    }
  });
}
const summary = (times: number[]) => ({ p50_ms: round(percentile(times, 50), 3), p99_ms: round(percentile(times, 99), 3) });
const [b, t] = [summary(sides.baseline.times), summary(sides.this.times)];
process.stdout.write(`${JSON.stringify({ searches: sides.this.times.length, baseline: b, this: t, ratio: { p50: round(t.p50_ms / b.p50_ms, 3), p99: round(t.p99_ms / b.p99_ms, 3) } })}\n`);
