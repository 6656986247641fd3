/**
 * `node dist/scripts/fitConfidence.js [--blind]`: fits the two confidence calibrations of
 * src/relevance/confidence.ts by logistic regression on the top hit of each case (1 when
 * it is right, 0 when wrong or out of scope), then picks each threshold: the highest at
 * which at most MARGIN (4%) of the fitted right top hits fall below it (the target is 5%
 * on queries never seen).
 * - QUERY_CALIBRATION, typed queries: queries.dev.jsonl, queries.colloquial-train.jsonl (short
 *   spoken fragments and typos), the "fit" half of queries.oos.jsonl, queries.oos-train2.jsonl
 *   and queries.oos-train3.jsonl. The out-of-scope ones are also the negative examples (the
 *   same as content/out-of-scope.yaml), each compared only with the examples of other kinds. Cross-validated by leaving out one
 *   kind of out-of-scope query of one file at a time (with a share of the in-domain queries),
 *   so each fold is a kind of question the fit has not seen (and pooled: every held-out
 *   score against its fold's threshold, cut where 4% of right top hits fall below, the
 *   trade whatever threshold each fold picked); reported on holdout, the
 *   out-of-scope "holdout" half and queries.colloquial-heldout(2), which take no part in the fit.
 * - CALL_CALIBRATION, agent assist: transcripts.dev.jsonl, transcripts.oos-train.jsonl and
 *   the call sets written blind once read (CALL_SETS), 5-fold cross-validated.
 * `--blind` adds the query sets written blind (queries.oos-blind, *-blind2, *-blind3, *-blind4): never fitted, and run
 * only by the lead, so that they stay a measure of cases nobody tuned on.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { assist } from '../src/assist/assist.js';
import { readEvalSet, type EvalCase } from '../src/eval/readEvalSet.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { search } from '../src/query/search.js';
import { callConfidence } from '../src/assist/callConfidence.js';
import { deriveQuery } from '../src/assist/deriveQuery.js';
import { CALL_CALIBRATION, type ConfidenceSignals } from '../src/relevance/confidence.js';
import type { Ranked, RelevanceModel } from '../src/relevance/relevanceModel.js';
import type { QueryAnalysis } from '../src/analysis/analyzer.js';

import { NegativeExamples } from '../src/relevance/negativeExamples.js';

const USAGE = `usage: node dist/scripts/fitConfidence.js [--blind]
Fits QUERY_CALIBRATION and CALL_CALIBRATION (src/relevance/confidence.ts) on the training
sets of test/fixtures/, prints each calibration as confidence.ts spells it, its rates on the
fit, its cross-validation and its rates on the held-out sets (holdout, the out-of-scope
"holdout" half, queries.colloquial-heldout and -heldout2), there also at fixed rates of
right top hits not confident. Run from the project folder after \`kb build\`.
  --blind   also prints the rates on the sets written blind (the lead's measure; never fitted)
  --help    prints this
`;
const flags = process.argv.slice(2);
if (flags.includes('--help') || flags.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const unknown = flags.filter((f) => f !== '--blind');
if (unknown.length) {
  process.stderr.write(`fitConfidence: unknown argument ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const blind = flags.includes('--blind');

const KEYS: Array<keyof ConfidenceSignals> = ['informativeness', 'known', 'coverage', 'keyCoverage', 'missing', 'gramCoverage', 'similarity', 'probability', 'gap', 'negative', 'turn', 'declined'];

interface Point {
  x: number[];
  /** The query's similarity to each negative example (see NEGATIVES), filled in once they are known. */
  neg: number[];
  analysis: QueryAnalysis;
  text: string;
  /** The file it comes from, without its folder. */
  file: string;
  y: 0 | 1;
  oos: boolean;
  /** For an out-of-scope query: its file and kind (the cross-validation's folds). */
  group?: string;
}

const kb = KnowledgeBase.open('.kb/kb.sqlite');
const model = kb.relevance('agent');
// Keep the ranking's last query and list, to read the top hit's signals. The model itself
// with only `rank` wrapped, so search sees everything else it reads as the product does: a
// hand-made stand-in lacked confidenceOf (the script crashed) and `model` (search then
// applied the coordination factor meant for knowledge bases without a term model, so the
// calibration was fitted on a ranking the product never produces).
let last: Ranked[] = [];
let lastQuery: QueryAnalysis | undefined;
const keepLast = (analysis: QueryAnalysis, ...rest: Parameters<RelevanceModel['rank']> extends [QueryAnalysis, ...infer R] ? R : never): Ranked[] => {
  lastQuery = analysis;
  return (last = model.rank(analysis, ...rest));
};
const watched = new Proxy(model, { get: (target, key, receiver) => (key === 'rank' ? keepLast : Reflect.get(target, key, receiver)) });
kb.relevance = () => watched;

/**
 * `calls`: keep only the transcripts agent assist scores with CALL_CALIBRATION (the same
 * rule, callCalibration); the others are as short as typed queries and take no part in it.
 */
function points(file: string, part?: string, calls = false): Point[] {
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => (l.trim() ? (JSON.parse(l) as { part?: string; kind?: string }) : {}));
  const cases = readEvalSet(file).filter((c: EvalCase) => part === undefined || lines[c.line - 1]!.part === part);
  return cases.flatMap((c): Point[] => {
    // Before the call's own ranking, which `last` must keep: the turns are searched too.
    const call = c.transcript && callConfidence(kb, deriveQuery(kb.analyzer, c.transcript), 'agent');
    if (calls && call && call.calibration !== CALL_CALIBRATION) return [];
    last = [];
    const result = c.transcript ? assist(kb, c.transcript, { limit: 10 }) : search(kb, c.query, { limit: 10, cache: false });
    if (!last.length || !result.hits.length) return [];
    const { signals } = model.confidence(lastQuery!, last, 0, undefined, 0, 0, call?.signals);
    if (signals.informativeness <= 0) return [];
    const oos = !c.expected.length;
    return [{ x: KEYS.map((k) => signals[k]), neg: [], analysis: lastQuery!, text: c.query, file: basename(file), y: c.expected.includes(result.hits[0]!.id) ? 1 : 0, oos, ...(oos && { group: `${basename(file)} ${lines[c.line - 1]!.kind ?? ''}` }) }];
  });
}

function fit(data: Point[], iterations = 4000, rate = 0.5, l2 = 1e-3): { w: number[]; b: number } {
  const w = KEYS.map(() => 0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = w.map(() => 0);
    let gb = 0;
    for (const p of data) {
      const err = predict(w, b, p.x) - p.y;
      p.x.forEach((x, i) => (gw[i]! += err * x));
      gb += err;
    }
    w.forEach((_, i) => (w[i]! -= rate * (gw[i]! / data.length + l2 * w[i]!)));
    b -= (rate * gb) / data.length;
  }
  return { w, b };
}

function predict(w: number[], b: number, x: number[]): number {
  return 1 / (1 + Math.exp(-(b + w.reduce((s, wi, i) => s + wi * x[i]!, 0))));
}

function rates(name: string, data: Point[], w: number[], b: number, t: number): string {
  const inRight = data.filter((p) => !p.oos && p.y === 1);
  const oos = data.filter((p) => p.oos);
  const confident = data.filter((p) => predict(w, b, p.x) >= t);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
  return `${name}: right top hits not confident ${pct(inRight.filter((p) => predict(w, b, p.x) < t).length, inRight.length)} of ${inRight.length}; ` +
    `out-of-scope not confident ${pct(oos.filter((p) => predict(w, b, p.x) < t).length, oos.length)} of ${oos.length}; ` +
    `precision of confident ${pct(confident.filter((p) => p.y === 1).length, confident.length)} of ${confident.length}`;
}

/**
 * The negative examples: the out-of-scope training queries, with their group. A point's
 * negative signal is its closest example outside its own group and outside the group a
 * cross-validation fold holds out, so no query is ever compared with itself or its kind.
 */
let NEGATIVES: { examples: NegativeExamples; groups: string[] } | undefined;


function withNegative(data: Point[], heldOut?: string): Point[] {
  if (!NEGATIVES) return data;
  const { groups } = NEGATIVES;
  return data.map((p) => {
    let best = 0;
    p.neg.forEach((s, i) => {
      if (groups[i] !== heldOut && groups[i] !== p.group && s > best) best = s;
    });
    return { ...p, x: p.x.map((x, i) => (KEYS[i] === 'negative' ? best : x)) };
  });
}

/** Share of right top hits of the fit data allowed below the threshold (the target is 5% on unseen queries). */
const MARGIN = Number(process.env.MARGIN ?? 0.04);

/**
 * Weights fitted on `data`, and the threshold that leaves MARGIN of the right top hits of
 * `thresholdOn` (default: `data`) below it.
 */
function calibrate(data: Point[], thresholdOn: Point[] = data): { w: number[]; b: number; threshold: number } {
  // Out-of-scope queries are fewer than in-domain ones: weigh them up to balance the classes.
  const balanced = [...data, ...Array.from({ length: Number(process.env.OOS_WEIGHT ?? 2) }, () => data.filter((p) => p.oos)).flat()];
  const { w, b } = fit(balanced);
  const right = thresholdOn.filter((p) => p.y === 1).map((p) => predict(w, b, p.x)).sort((x, y) => x - y);
  return { w, b, threshold: Math.floor(right[Math.floor(right.length * MARGIN)]! * 1000) / 1000 };
}

/**
 * The threshold closest to issue 11's two targets on `points` (at most 5% of right top hits
 * not confident, at least 90% of out-of-scope ones not confident): among the points' own
 * scores, the one whose worse rate, as a multiple of its target, is smallest. Used for
 * calls, where no threshold meets both: the MARGIN rule alone, set on read sets whose
 * right calls the content was tuned on, left a quarter of the freshest out-of-scope calls
 * confident.
 */
function closestToTargets(points: Point[], w: number[], b: number): number {
  const right = points.filter((p) => !p.oos && p.y === 1).map((p) => predict(w, b, p.x));
  const oos = points.filter((p) => p.oos).map((p) => predict(w, b, p.x));
  let best = { cost: Infinity, threshold: 0 };
  for (const t of [...right, ...oos].sort((x, y) => x - y)) {
    const rightBelow = right.filter((s) => s < t).length / right.length;
    const oosAbove = oos.filter((s) => s >= t).length / oos.length;
    const cost = Math.max(rightBelow / 0.05, oosAbove / 0.1);
    if (cost < best.cost) best = { cost, threshold: t };
  }
  return Math.floor(best.threshold * 1000) / 1000;
}

/**
 * Each point scored by weights and threshold calibrated without its fold. For typed
 * queries a fold is one kind of out-of-scope query of one file (and a share of the
 * in-domain queries), so a fold's rate says how the fit does on a kind of question it
 * never saw; calls are too few for that and take every fifth call per fold.
 */
function crossValidate(raw: Point[], byKind: boolean): string {
  const data = raw;
  const groups = byKind ? [...new Set(data.flatMap((p) => (p.group ? [p.group] : [])))] : ['1', '2', '3', '4', '5'];
  const inDomain = data.filter((p) => !p.oos);
  const foldOf = (p: Point) => (byKind && p.group ? groups.indexOf(p.group) : data.indexOf(p) % groups.length);
  const below = new Set<Point>();
  const scoreOf = new Map<Point, number>();
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  const folds = groups.map((group, k) => {
    const view = withNegative(data, byKind ? group : undefined);
    const { w, b, threshold } = calibrate(view.filter((_, i) => foldOf(data[i]!) !== k));
    const held = view.flatMap((p, i) => (foldOf(data[i]!) === k ? [Object.assign(p, { orig: data[i]! })] : []));
    for (const p of held) if (predict(w, b, p.x) < threshold) below.add(p.orig);
    for (const p of held) scoreOf.set(p.orig, predict(w, b, p.x) - threshold);
    const oos = held.filter((p) => p.oos);
    return `  ${group}: ${pct(oos.filter((p) => below.has(p.orig)).length, oos.length)} of ${oos.length}`;
  });
  const inRight = inDomain.filter((p) => p.y === 1);
  const oos = data.filter((p) => p.oos);
  // The trade at one operating point, whatever threshold each fold picked: held-out scores relative to their fold's threshold, cut where 4% of the right top hits fall below.
  const cut = inRight.map((p) => scoreOf.get(p)!).sort((x, y) => x - y)[Math.floor(inRight.length * 0.04)]!;
  return `${groups.length}-fold cross-validation${byKind ? ' (one kind of out-of-scope query per fold)' : ''}: right top hits not confident ${pct(inRight.filter((p) => below.has(p)).length, inRight.length)}; ` +
    `out-of-scope not confident ${pct(oos.filter((p) => below.has(p)).length, oos.length)} (${pct(oos.filter((p) => scoreOf.get(p)! < cut).length, oos.length)} pooled at 4% of the right ones), per fold:\n${folds.join('\n')}`;
}

/** Shares of right top hits left below the cut in `operatingPoints`. */
const OPERATING_RIGHT_BELOW = [0.03, 0.04, 0.05, 0.06, 0.08];

/**
 * The out-of-scope share not confident where the cut leaves 3%, 4%, ... of the right top
 * hits below it, whatever the threshold: a new signal that only moves the threshold (fewer
 * out-of-scope queries confident, but as many more right answers not confident) leaves these
 * unchanged, one that tells them apart raises them.
 */
function operatingPoints(name: string, data: Point[], w: number[], b: number): string {
  const right = data.filter((p) => !p.oos && p.y === 1).map((p) => predict(w, b, p.x)).sort((x, y) => x - y);
  const oos = data.filter((p) => p.oos).map((p) => predict(w, b, p.x));
  if (!right.length || !oos.length) return '';
  const points = OPERATING_RIGHT_BELOW.map((r) => {
    const cut = right[Math.floor(right.length * r)]!;
    return `${((100 * oos.filter((s) => s < cut).length) / oos.length).toFixed(1)}%`;
  });
  return `${name}, out-of-scope not confident at ${OPERATING_RIGHT_BELOW.map((r) => `${r * 100}`).join(' / ')}% of right top hits not confident: ${points.join(' / ')}\n`;
}

/**
 * Fits one calibration and prints it (as confidence.ts spells it) with its rates.
 * `fresh`: a part of `rawTrain` whose right top hits alone set the threshold (see CALL_SETS).
 */
function report(name: string, rawTrain: Point[], byKind: boolean, rawReporting: Point[], blind: Point[], fresh?: (p: Point) => boolean): void {
  const train = withNegative(rawTrain);
  const reporting = withNegative(rawReporting);
  const fit = calibrate(train);
  const { w, b } = fit;
  const threshold = fresh ? closestToTargets(train.filter(fresh), w, b) : fit.threshold;
  process.stdout.write(`\n${name}\nweights: ${JSON.stringify(Object.fromEntries(KEYS.map((k, i) => [k, Math.round(w[i]! * 1000) / 1000])))}\nbias: ${Math.round(b * 1000) / 1000}\nconfidentAt: ${threshold}\n`);
  process.stdout.write(`${rates('fit', train, w, b, threshold)}\n`);
  if (fresh) process.stdout.write(`${rates('fresh sets (the threshold)', train.filter(fresh), w, b, threshold)}\n`);
  process.stdout.write(`${crossValidate(rawTrain, byKind)}\n`);
  if (reporting.length) process.stdout.write(`${rates('report', reporting, w, b, threshold)}\n${operatingPoints('report', reporting, w, b)}`);
  if (blind.length) process.stdout.write(`${rates('blind', withNegative(blind), w, b, threshold)}\n${operatingPoints('blind', withNegative(blind), w, b)}`);
}

const queryTrain = [
  ...points('test/fixtures/queries.dev.jsonl'),
  ...points('test/fixtures/queries.oos.jsonl', 'fit'),
  ...points('test/fixtures/queries.oos-train2.jsonl'),
  ...points('test/fixtures/queries.oos-train3.jsonl'),
  ...points('test/fixtures/queries.colloquial-train.jsonl'),
];
const negatives = queryTrain.filter((p) => p.oos);
NEGATIVES = { examples: NegativeExamples.of(negatives.map((p) => p.text), negatives.map((p) => p.analysis), (f) => model.matcher.idfOf(f)), groups: negatives.map((p) => p.group!) };
/** Points with their similarity to each negative example. */
const scored = (data: Point[]) => data.map((p) => Object.assign(p, { neg: NEGATIVES!.examples.similarities(p.analysis) }));
report(
  'QUERY_CALIBRATION (typed queries)',
  scored(queryTrain),
  true,
  scored([
    ...points('test/fixtures/queries.holdout.jsonl'),
    ...points('test/fixtures/queries.oos.jsonl', 'holdout'),
    ...points('test/fixtures/queries.colloquial-heldout.jsonl'),
    ...points('test/fixtures/queries.colloquial-heldout2.jsonl'),
  ]),
  blind ? scored(['queries.oos-blind', 'queries.oos-blind2', 'queries.oos-blind3', 'queries.oos-blind4', 'queries.indomain-blind2', 'queries.indomain-blind3', 'queries.indomain-blind4'].flatMap((f) => points(`test/fixtures/${f}.jsonl`))) : [],
);
/**
 * The calls fitted: the development calls, the out-of-scope training calls and every call
 * set written blind that has been read (a call set's last measure before it is read is its
 * first run; the 117 development and training calls alone left a right call in ten not
 * confident on the later sets, README "Confidence").
 *
 * The threshold is set on the freshest of them only (FRESH_CALL_SETS): the content was
 * tuned on the older ones when each was read, so their right calls are surer than a new
 * call's. Set on every read set, the threshold left 4% of their right calls not confident
 * but 20% of the calls of the next five sets written blind (blind32 to blind36). Ten sets, not
 * four: on blind62–65 alone (26 out-of-scope calls) it sat where the next rounds' right calls
 * were 8–10% not confident (README, "A wider window for the calls' threshold"). blind78, the
 * judge of the round that set it, is in neither list: it measured this calibration unseen.
 */
const FRESH = [70, 71, 72, 73, 74, 75, 76, 77, 79, 80];
const FRESH_CALL_SETS = FRESH.map((n) => `transcripts.blind${n}`);
/** blind2 up to the first of FRESH (there is no blind3 or blind11 of calls). */
const OLDER_CALL_SETS = [2, 4, 5, 6, 7, 8, 9, 10, ...Array.from({ length: FRESH[0]! - 12 }, (_, i) => i + 12)];
const CALL_SETS = ['transcripts.dev', 'transcripts.oos-train', ...OLDER_CALL_SETS.map((n) => `transcripts.blind${n}`), ...FRESH_CALL_SETS];
report(
  'CALL_CALIBRATION (agent assist)',
  scored(CALL_SETS.flatMap((f) => points(`test/fixtures/${f}.jsonl`, undefined, true))),
  false,
  [],
  [],
  (p) => FRESH_CALL_SETS.includes(p.file.replace(/\.jsonl$/, '')),
);
