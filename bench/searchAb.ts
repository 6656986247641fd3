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
import { abSummary, interleaved } from './interleaved.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, index: { type: 'string' }, queries: { type: 'string' }, passes: { type: 'string', default: '3' }, 'baseline-index': { type: 'string' } } });
if (!values.baseline || !values.index || !values.queries) {
  process.stderr.write('usage: node dist/bench/searchAb.js --baseline ROOT --index FILE --queries FILE.jsonl [--passes 3] [--baseline-index FILE]\n');
  process.exit(2);
}
const root = resolve(values.baseline);
const baseKb = (await import(join(root, 'dist/src/query/knowledgeBase.js'))) as { KnowledgeBase: typeof KnowledgeBase };
const base = (await import(join(root, 'dist/src/query/search.js'))) as typeof here;
const baselineKb = baseKb.KnowledgeBase.open(values['baseline-index'] ?? values.index, ['agent']);
const kb = KnowledgeBase.open(values.index, ['agent']);
// As bench/scale/runScale.ts picks them.
const random = seededRandom(2);
const all = readFileSync(values.queries, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { query: string }).query);
const queries = all.sort(() => random() - 0.5).slice(0, 600);
const baseline = (q: string) => void base.search(baselineKb, q, { cache: false, limit: 10 });
const current = (q: string) => void here.search(kb, q, { cache: false, limit: 10 });

for (const q of queries.slice(0, 50)) {
  baseline(q);
  current(q);
}
const times = interleaved(queries, Number(values.passes), baseline, current);
process.stdout.write(`${JSON.stringify({ searches: times.current.length, ...abSummary(times) })}\n`);
