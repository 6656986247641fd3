/**
 * Lexical scoring (`scoreAllDocs` with the coordination factor), another checkout's
 * against this one's, in one process over the same opened index, passes alternating:
 * the steadier A/B on a shared machine, where a search's other parts and a server's
 * start add their noise. Checks first that both give the same documents and scores.
 *
 *   node dist/bench/lexicalAb.js --baseline ROOT --index FILE --queries FILE.jsonl [--passes 21]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as here from '../src/index/scoreClauses.js';
import { COORDINATION_POWER, queryClauses } from '../src/query/search.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { median } from './stats.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, index: { type: 'string' }, queries: { type: 'string' }, passes: { type: 'string', default: '21' } } });
if (!values.baseline || !values.index || !values.queries) {
  process.stderr.write('usage: node dist/bench/lexicalAb.js --baseline ROOT --index FILE --queries FILE.jsonl [--passes 21]\n');
  process.exit(2);
}
const base = (await import(join(resolve(values.baseline), 'dist/src/index/scoreClauses.js'))) as typeof here;
const queries = readFileSync(values.queries, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { query?: string }).query).filter((q): q is string => !!q);
const kb = KnowledgeBase.open(values.index, ['agent']);
const index = kb.index('agent');
const clauses = queries.map((q) => queryClauses(kb.analyzer.analyzeQuery(q)));

for (const c of clauses) {
  const a = base.scoreAllDocs(index, c, COORDINATION_POWER);
  const expected = JSON.stringify([Array.from(a.docs.subarray(0, a.count)), Array.from(a.scores.subarray(0, a.count))]);
  const b = here.scoreAllDocs(index, c, COORDINATION_POWER);
  if (JSON.stringify([Array.from(b.docs.subarray(0, b.count)), Array.from(b.scores.subarray(0, b.count))]) !== expected) throw new Error('lexicalAb: the two checkouts score differently');
}
const times: Record<'baseline' | 'this', number[]> = { baseline: [], this: [] };
for (let p = 0; p < Number(values.passes); p++) {
  const order = p % 2 ? (['baseline', 'this'] as const) : (['this', 'baseline'] as const);
  for (const side of order) {
    const score = side === 'this' ? here.scoreAllDocs : base.scoreAllDocs;
    const start = performance.now();
    for (const c of clauses) score(index, c, COORDINATION_POWER);
    times[side].push((performance.now() - start) / clauses.length);
  }
}
const ms = { baseline: median(times.baseline), this: median(times.this) };
process.stdout.write(JSON.stringify({ queries: clauses.length, msPerQuery: ms, ratio: Math.round((ms.this / ms.baseline) * 1000) / 1000 }) + '\n');
