/**
 * `npm run bench:external [-- DIR [SET...]]`: retrieval quality on public FAQ-style data sets,
 * as a check of the analysis and ranking outside our own content. DIR (default: the first of
 * ../shared/benchmarks and ../../shared/benchmarks that exists) holds banking77/ and
 * bq_corpus/ as described in its README; SET (banking77_test, bq_dev, bq_test; all by
 * default) runs only those, e.g. `bq_dev` while tuning on BQ without reading its test part; the data is read from there and never copied
 * into this project. Each set is ranked twice in the same run: "before", the lexical
 * ranking alone (the engine before it learned from similar questions), and "after", the
 * product's ranking. Tuning uses only train/dev parts (scripts/tuneRelevance.ts).
 *
 *   BANKING77 (English): each intent is an entry whose similar questions are its train
 *   utterances; each test utterance is a query. BQ corpus (Chinese): label-1 pairs are
 *   joined into paraphrase groups; the sentence of a group seen first in the file is the
 *   entry, the others are queries; sentences in no group are distractor entries.
 */
import { evaluate } from '../src/eval/evaluate.js';
import type { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { detectLocale } from '../src/query/locale.js';
import { rankQuery } from '../src/query/search.js';
import { FUSION_WEIGHTS, type FusionWeights } from '../src/relevance/relevanceModel.js';
import type { CompiledArticle } from '../src/types.js';
import { banking77Rows, banking77Task, bqTask, knowledgeBase, type Case } from './lib/benchmarkData.js';
import { answerHelp, benchmarkDir } from './lib/scriptArgs.js';

answerHelp(`usage: npm run bench:external [-- DIR [SET...]]
  Retrieval quality on public FAQ-style data, each set ranked by the lexical ranking alone (before) and
  by the product's (after). SET: banking77_test, bq_dev, bq_test; all by default (bq_dev alone while
  tuning on BQ). DIR: the benchmark data (default ../shared/benchmarks); nothing is copied from it.`);
const dir = benchmarkDir(process.argv[2], 'bench:external');
const only = process.argv.slice(3);

const LEXICAL_ONLY: FusionWeights = { lexical: 1, probability: 0, question: 0 };

function run(kb: KnowledgeBase, cases: Case[], fusion: FusionWeights) {
  const started = performance.now();
  const r = evaluate(cases, (c) => {
    const result = rankQuery(kb, kb.analyzer.analyzeQuery(c.query), { scope: 'agent', locale: detectLocale(c.query), limit: 10, fusion });
    return { ids: result.hits.map((h) => h.id), confident: result.confident };
  });
  return { recall_at_1: r.recall_at_1, recall_at_3: r.recall_at_3, mrr: r.mrr, p50_ms: r.p50_ms, p99_ms: r.p99_ms, confident: r.confidence?.confident, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

function report(name: string, task: { articles: CompiledArticle[]; cases: Case[] }) {
  const started = performance.now();
  const kb = knowledgeBase(task.articles);
  kb.relevance('agent');
  const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
  return { set: name, entries: task.articles.length, queries: task.cases.length, load_seconds: loadSeconds, before: run(kb, task.cases, LEXICAL_ONLY), after: run(kb, task.cases, FUSION_WEIGHTS) };
}

const sets: Record<string, [string, () => { articles: CompiledArticle[]; cases: Case[] }]> = {
  banking77_test: ['banking77 test', () => banking77Task(banking77Rows(dir, 'train'), banking77Rows(dir, 'test'))],
  bq_dev: ['bq_corpus dev', () => bqTask(dir, 'dev')],
  bq_test: ['bq_corpus test', () => bqTask(dir, 'test')],
};
const unknown = only.filter((name) => !(name in sets));
if (unknown.length) {
  process.stderr.write(`bench:external: unknown set ${unknown.join(', ')} (known: ${Object.keys(sets).join(', ')})\n`);
  process.exit(2);
}
const results = Object.entries(sets)
  .filter(([name]) => !only.length || only.includes(name))
  .map(([, [name, task]]) => report(name, task()));
process.stdout.write(`${JSON.stringify({ data: dir, results }, null, 2)}\n`);
