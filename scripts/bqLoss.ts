/**
 * `node dist/scripts/bqLoss.js [DIR] [SAMPLE]`: where the ranking loses on the BQ corpus,
 * read on its dev part only (never the test part): how far down the right entry ranks,
 * whether the entry ranked above it is another paraphrase group's entry or a distractor,
 * and SAMPLE (default 0) random misses with the query, the right entry and the top hit,
 * to read by eye whether the top hit asks the same thing (BQ leaves most paraphrases
 * unlabelled, see ../shared/benchmarks/README.md).
 */
import { rankQuery } from '../src/query/search.js';
import { seededRandom } from '../src/shared/seededRandom.js';
import { bqTask, knowledgeBase } from './lib/benchmarkData.js';
import { answerHelp, benchmarkDir } from './lib/scriptArgs.js';

answerHelp(`usage: node dist/scripts/bqLoss.js [DIR] [SAMPLE]
  Where the ranking loses on the BQ corpus's dev part (never its test part): how far down the right
  entry ranks, what ranks above it, and SAMPLE (default 0) random misses to read.
  DIR: the benchmark data (default ../shared/benchmarks).`);
const dir = benchmarkDir(process.argv[2], 'bqLoss');
const sample = Number(process.argv[3] ?? 0);
/** Deep enough to tell "ranked low" from "not found by its words at all". */
const DEPTH = 30;

const { articles, cases } = bqTask(dir, 'dev');
const kb = knowledgeBase(articles);
const titles = new Map(articles.map((a) => [a.id, a.title]));
const groupEntries = new Set(cases.map((c) => c.expected[0]!));
const buckets = { 'rank 1': 0, 'rank 2-3': 0, 'rank 4-10': 0, [`rank 11-${DEPTH}`]: 0, [`below ${DEPTH} or unmatched`]: 0 };
const topOfMisses = { 'another group\'s entry': 0, distractor: 0 };
const misses: Array<{ query: string; right: string; top: string }> = [];

for (const c of cases) {
  const hits = rankQuery(kb, kb.analyzer.analyzeQuery(c.query), { scope: 'agent', locale: 'zh-CN', limit: DEPTH }).hits;
  const rank = hits.findIndex((h) => h.id === c.expected[0]) + 1;
  const bucket = rank === 1 ? 'rank 1' : rank >= 2 && rank <= 3 ? 'rank 2-3' : rank >= 4 && rank <= 10 ? 'rank 4-10' : rank > 10 ? `rank 11-${DEPTH}` : `below ${DEPTH} or unmatched`;
  buckets[bucket]!++;
  const top = hits[0];
  if (rank === 1 || !top) continue;
  topOfMisses[groupEntries.has(top.id) ? 'another group\'s entry' : 'distractor']++;
  misses.push({ query: c.query, right: titles.get(c.expected[0]!)!, top: top.title });
}

// A seeded Fisher–Yates shuffle: the same sample on every machine.
const random = seededRandom(1);
for (let i = misses.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [misses[i], misses[j]] = [misses[j]!, misses[i]!];
}
const shown = misses.slice(0, sample);
process.stdout.write(`${JSON.stringify({ queries: cases.length, entries: articles.length, group_entries: groupEntries.size, right_entry: buckets, top_hit_of_misses: topOfMisses, sample: shown }, null, 2)}\n`);
