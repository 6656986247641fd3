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
import { abSummary, interleaved } from './interleaved.js';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, index: { type: 'string' }, calls: { type: 'string', multiple: true }, passes: { type: 'string', default: '3' } } });
if (!values.baseline || !values.index || !values.calls?.length) {
  process.stderr.write('usage: node dist/bench/assistAb.js --baseline ROOT --index FILE --calls FILE.jsonl [--calls FILE.jsonl ...] [--passes 3]\n');
  process.exit(2);
}
const root = resolve(values.baseline);
const baseKb = (await import(join(root, 'dist/src/query/knowledgeBase.js'))) as { KnowledgeBase: typeof KnowledgeBase };
const base = (await import(join(root, 'dist/src/assist/assist.js'))) as typeof here;
const baselineKb = baseKb.KnowledgeBase.open(values.index, ['agent']);
const kb = KnowledgeBase.open(values.index, ['agent']);
const calls = values.calls.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { transcript?: Turn[] }).transcript ?? []));
const prefixes = calls.flatMap((turns) => turns.flatMap((t, i) => (t.speaker === 'customer' ? [turns.slice(0, i + 1)] : [])));
const baseline = (turns: Turn[]) => void base.assist(baselineKb, turns, { limit: 10 });
const current = (turns: Turn[]) => void here.assist(kb, turns, { limit: 10 });

for (const p of prefixes.slice(0, 200)) {
  baseline(p);
  current(p);
}
const times = interleaved(prefixes, Number(values.passes), baseline, current);
process.stdout.write(`${JSON.stringify({ calls: times.current.length, ...abSummary(times) })}\n`);
