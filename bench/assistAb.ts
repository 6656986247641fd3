/**
 * Agent assist on calls, another checkout's against this one's, in one process over the same
 * index file, interleaved (which goes first alternates), so machine load hits both alike.
 * Each call is replayed as it runs live: once after each customer turn, with the turns so
 * far; the first 200 such prefixes warm both sides up; each pass replays them all once per side.
 *
 *   node dist/bench/assistAb.js --baseline ROOT --index FILE --calls FILE.jsonl... [--passes 3]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as here from '../src/assist/assist.js';
import type { Turn } from '../src/assist/transcript.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { percentile, round } from './stats.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, index: { type: 'string' }, calls: { type: 'string', multiple: true }, passes: { type: 'string', default: '3' } } });
if (!values.baseline || !values.index || !values.calls?.length) {
  process.stderr.write('usage: node dist/bench/assistAb.js --baseline ROOT --index FILE --calls FILE.jsonl [--calls FILE.jsonl ...] [--passes 3]\n');
  process.exit(2);
}
const root = resolve(values.baseline);
const baseKb = (await import(join(root, 'dist/src/query/knowledgeBase.js'))) as { KnowledgeBase: typeof KnowledgeBase };
const base = (await import(join(root, 'dist/src/assist/assist.js'))) as typeof here;
const sides = {
  baseline: { kb: baseKb.KnowledgeBase.open(values.index, ['agent']), assist: base.assist, times: [] as number[] },
  this: { kb: KnowledgeBase.open(values.index, ['agent']), assist: here.assist, times: [] as number[] },
};
const calls = values.calls.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { transcript?: Turn[] }).transcript ?? []));
const prefixes = calls.flatMap((turns) => turns.flatMap((t, i) => (t.speaker === 'customer' ? [turns.slice(0, i + 1)] : [])));

for (const side of Object.values(sides)) for (const p of prefixes.slice(0, 200)) side.assist(side.kb, p, { limit: 10 });
for (let pass = 0; pass < Number(values.passes); pass++) {
  prefixes.forEach((p, i) => {
    const order = (pass + i) % 2 ? [sides.baseline, sides.this] : [sides.this, sides.baseline];
    for (const side of order) {
      const started = performance.now();
      side.assist(side.kb, p, { limit: 10 });
      side.times.push(performance.now() - started);
    }
  });
}
const summary = (times: number[]) => ({ p50_ms: round(percentile(times, 50), 3), p99_ms: round(percentile(times, 99), 3) });
const [b, t] = [summary(sides.baseline.times), summary(sides.this.times)];
process.stdout.write(`${JSON.stringify({ calls: prefixes.length, baseline: b, this: t, ratio: { p50: round(t.p50_ms / b.p50_ms, 3), p99: round(t.p99_ms / b.p99_ms, 3) } })}\n`);
