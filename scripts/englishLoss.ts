/**
 * `node dist/scripts/englishLoss.js [DIR]`: where the lexical ranking loses points on
 * English, on one held-out fold of BANKING77 train (never the test part): the same
 * task with one part of the analysis or of the entry turned off at a time.
 */
import { evaluate } from '../src/eval/evaluate.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { rankQuery } from '../src/query/search.js';
import type { CompiledArticle } from '../src/types.js';
import { banking77Rows, banking77Task, knowledgeBase, type Case } from './lib/benchmarkData.js';
import { answerHelp, benchmarkDir } from './lib/scriptArgs.js';

answerHelp(`usage: node dist/scripts/englishLoss.js [DIR]
  Where the lexical ranking loses points on English: one held-out fold of BANKING77 train (never its
  test part), with one part of the analysis or of the entry turned off at a time.
  DIR: the benchmark data (default ../shared/benchmarks).`);
const dir = benchmarkDir(process.argv[2], 'englishLoss');
const LEXICAL_ONLY = { lexical: 1, probability: 0, question: 0 };
const rows = banking77Rows(dir, 'train');
const { articles, cases } = banking77Task(rows.filter((_, i) => i % 5 !== 0), rows.filter((_, i) => i % 5 === 0));

function recall(kb: KnowledgeBase, queries: Case[], spell = true): number {
  return evaluate(queries, (c) => {
    const analysis = kb.analyzer.analyzeQuery(c.query);
    if (!spell) analysis.terms = analysis.terms.filter((t) => t.kind !== 'corrected');
    return rankQuery(kb, analysis, { scope: 'agent', locale: 'en', limit: 10, fusion: LEXICAL_ONLY }).hits.map((h) => h.id);
  }).recall_at_1;
}

const variants: Record<string, () => number> = {
  'as shipped': () => recall(knowledgeBase(articles), cases),
  'no spelling correction': () => recall(knowledgeBase(articles), cases, false),
  'no title (intent name)': () => recall(knowledgeBase(articles.map((a): CompiledArticle => ({ ...a, title: '' }))), cases),
  'no partial last word': () => recall(knowledgeBase(articles), cases.map((c) => ({ ...c, query: `${c.query} ` }))),
};
for (const [name, run] of Object.entries(variants)) process.stdout.write(`${name}: R@1 ${run().toFixed(4)}\n`);
