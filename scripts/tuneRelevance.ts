/**
 * `node dist/scripts/tuneRelevance.js [DIR]`: searches the fusion weights on data the
 * engine may be tuned on: 5-fold cross-validation inside BANKING77 train, BQ dev, and
 * the development query set on the sample content. Never reads a test part.
 */
import { deriveQuery } from '../src/assist/deriveQuery.js';
import { readEvalSet } from '../src/eval/readEvalSet.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { rankQuery } from '../src/query/search.js';
import { RelevanceModel, type FusionWeights } from '../src/relevance/relevanceModel.js';
import type { QueryAnalysis } from '../src/analysis/analyzer.js';
import type { CompiledArticle } from '../src/types.js';
import { banking77Rows, banking77Task, bqTask, knowledgeBase, type Case } from './lib/benchmarkData.js';
import { answerHelp, benchmarkDir } from './lib/scriptArgs.js';

answerHelp(`usage: node dist/scripts/tuneRelevance.js [DIR [SET...]]
  Searches the fusion weights on data the engine may be tuned on (never a test part). SET: banking77_cv
  (5-fold cross-validation inside BANKING77 train), bq_dev, own_dev, own_transcripts; all by default.
  DIR: the benchmark data (default ../shared/benchmarks).`);
const dir = benchmarkDir(process.argv[2], 'tuneRelevance');
/** Which sets to score (all by default): banking77_cv, bq_dev, own_dev, own_transcripts. */
const only = process.argv.slice(3);

interface Scored {
  expected: string[];
  /** Candidate → [lexical, probability, similarity]. */
  parts: Map<string, [number, number, number]>;
}

/** Per query, every candidate's lexical score, model probability and question similarity. */
function components(kb: KnowledgeBase, articles: CompiledArticle[][], cases: Array<Case & { analysis?: QueryAnalysis }>): Scored[] {
  const lexicalOnly = RelevanceModel.build(articles, 'agent', kb.analyzer, { lexical: 1, probability: 0, question: 0 });
  const model = RelevanceModel.build(articles, 'agent', kb.analyzer);
  kb.relevance = () => lexicalOnly;
  return cases.map((c) => {
    const analysis = c.analysis ?? kb.analyzer.analyzeQuery(c.query);
    const lexical = rankQuery(kb, analysis, { scope: 'agent', locale: 'en', limit: 50 }).hits.map((h) => ({ ref: h.id, score: h.score }));
    const ranked = model.rank(analysis, lexical);
    return { expected: c.expected, parts: new Map(ranked.map((r) => [r.ref, [r.lexical, r.probability, r.question?.similarity ?? 0]])) };
  });
}

function score(sets: Scored[], w: FusionWeights): { r1: number; mrr: number } {
  let r1 = 0;
  let mrr = 0;
  for (const s of sets) {
    const order = [...s.parts].map(([ref, [l, p, q]]) => [ref, w.lexical * l + w.probability * p + w.question * q] as const).sort((a, b) => b[1] - a[1]);
    const rank = order.findIndex(([ref]) => s.expected.includes(ref)) + 1;
    if (rank === 1) r1++;
    if (rank > 0 && rank <= 10) mrr += 1 / rank;
  }
  return { r1: r1 / sets.length, mrr: mrr / sets.length };
}

function banking77Folds(k = 5): Scored[] {
  const rows = banking77Rows(dir, 'train');
  const out: Scored[] = [];
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => i % k !== f);
    const held = rows.filter((_, i) => i % k === f);
    const { articles, cases } = banking77Task(train, held);
    out.push(...components(knowledgeBase(articles), articles.map((a) => [a]), cases));
  }
  return out;
}

function own(file: string): Scored[] {
  const kb = KnowledgeBase.open('.kb/kb.sqlite');
  const articles = kb.ids('agent').map((id) => [...new Set((['en', 'zh-CN'] as const).map((l) => kb.article(id, l, 'agent')!))]);
  const cases = readEvalSet(file).map((c) => ({ ...c, ...(c.transcript && { analysis: deriveQuery(kb.analyzer, c.transcript).analysis }) }));
  return components(kb, articles, cases);
}

const tasks: Record<string, () => Scored[]> = {
  banking77_cv: banking77Folds,
  bq_dev: () => {
    const { articles, cases } = bqTask(dir, 'dev');
    return components(knowledgeBase(articles), articles.map((a) => [a]), cases);
  },
  own_dev: () => own('test/fixtures/queries.dev.jsonl'),
  own_transcripts: () => own('test/fixtures/transcripts.dev.jsonl'),
};
const sets = Object.fromEntries(Object.entries(tasks).filter(([name]) => !only.length || only.includes(name)).map(([name, run]) => [name, run()]));
const grid: FusionWeights[] = [];
for (const probability of [0, 0.5, 1, 2, 4]) for (const question of [0, 0.25, 0.5, 1, 2]) grid.push({ lexical: 1, probability, question });
for (const w of grid) {
  const row = Object.entries(sets).map(([name, s]) => `${name} ${Object.values(score(s, w)).map((x) => x.toFixed(4)).join('/')}`);
  process.stdout.write(`${JSON.stringify(w)}  ${row.join('  ')}\n`);
}
