/**
 * `node dist/scripts/fitElsewhere.js [set.jsonl ...]`: fits the weight of the `elsewhere`
 * confidence signal (src/relevance/elsewhere.ts) alone, every other weight of
 * QUERY_CALIBRATION held, by maximum likelihood on the top hit of each query (1 when right,
 * 0 when wrong or out of scope), and prints the rates it gives on each set.
 * Default sets: the in-domain and out-of-scope sets written blind up to blind8. The sets
 * fitConfidence.ts fits give 0: their near misses are content/out-of-scope.yaml's examples.
 * Run from the project folder after `kb build`.
 */
import { basename } from 'node:path';
import { readEvalSet } from '../src/eval/readEvalSet.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { search } from '../src/query/search.js';
import { QUERY_CALIBRATION } from '../src/relevance/confidence.js';
import { Elsewhere } from '../src/relevance/elsewhere.js';
import { answerHelp } from './lib/scriptArgs.js';

const FIXTURES = 'test/fixtures';
const DEFAULT_SETS = [
  ...[2, 3, 4, 5, 6, 7, 8].map((n) => `${FIXTURES}/queries.indomain-blind${n}.jsonl`),
  ...['', '2', '3', '4', '5', '6', '7', '8'].map((n) => `${FIXTURES}/queries.oos-blind${n}.jsonl`),
];

interface Point {
  set: string;
  /** The top hit's log-odds without the signal. */
  z: number;
  x: 0 | 1;
  y: 0 | 1;
  oos: boolean;
}

answerHelp(`usage: node dist/scripts/fitElsewhere.js [SET.jsonl...]
  Fits the weight of the elsewhere confidence signal alone (every other weight held) on the top hit of
  each query, and prints the rates it gives on each set. Default sets: the in-domain and out-of-scope
  sets written blind up to blind8. Run from the project folder after kb build.`);
const sets = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SETS;
const kb = KnowledgeBase.open('.kb/kb.sqlite');
QUERY_CALIBRATION.weights.elsewhere = 0;
const points: Point[] = sets.flatMap((file) =>
  readEvalSet(file).flatMap((c): Point[] => {
    const result = search(kb, c.query, { cache: false });
    const top = result.hits[0];
    if (!top) return [];
    const article = kb.article(top.id, top.locale, 'agent')!;
    const p = Math.min(Math.max(top.confidence, 1e-4), 1 - 1e-4);
    const x = Elsewhere.signal(kb.elsewhere.named(result.analysis), article) as 0 | 1;
    return [{ set: basename(file, '.jsonl'), z: Math.log(p / (1 - p)), x, y: c.expected.includes(top.id) ? 1 : 0, oos: c.expected.length === 0 }];
  }),
);

const logLikelihood = (w: number) => points.reduce((sum, p) => sum + (p.y ? -Math.log1p(Math.exp(-(p.z + w * p.x))) : -Math.log1p(Math.exp(p.z + w * p.x))), 0);
let best = 0;
for (let w = 0; w >= -4; w -= 0.1) if (logLikelihood(w) > logLikelihood(best)) best = Math.round(w * 10) / 10;
console.log(`${points.length} top hits, ${points.filter((p) => p.x).length} with the signal; weight ${best} (log-likelihood ${logLikelihood(0).toFixed(1)} at 0, ${logLikelihood(best).toFixed(1)} at ${best})`);

const threshold = Math.log(QUERY_CALIBRATION.confidentAt / (1 - QUERY_CALIBRATION.confidentAt));
for (const set of new Set(points.map((p) => p.set))) {
  const of = points.filter((p) => p.set === set);
  const rate = (w: number) => {
    const confident = (p: Point) => p.z + w * p.x >= threshold;
    const oos = of.filter((p) => p.oos);
    if (oos.length) return `out of scope not confident ${((100 * oos.filter((p) => !confident(p)).length) / oos.length).toFixed(1)}%`;
    const right = of.filter((p) => p.y);
    return `right not confident ${((100 * right.filter((p) => !confident(p)).length) / right.length).toFixed(1)}%`;
  };
  console.log(`${set.padEnd(28)} ${rate(0)} → ${rate(best)}`);
}
