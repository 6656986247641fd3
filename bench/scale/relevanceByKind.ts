/**
 * `node dist/bench/scale/relevanceByKind.js INDEX QUERIES [--peers]`: MRR@10 and R@1 per
 * query kind (keywords, colloquial, english, typo; see bench/corpus/queries.ts) of an
 * index built from generated content, for kb's lexical ranking (lunr's definition), kb's
 * full search (what the product returns; also without the coordination factor) and, with `--peers`, MiniSearch and SQLite FTS5
 * over the same analysed documents. QUERIES: a JSON-lines file of generated queries
 * (e.g. /work/corpus/5000/queries.sample.jsonl); cases without `kind` count as "other".
 */
import { readFileSync } from 'node:fs';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { meanReciprocalRank, recallAt } from '../../src/eval/metrics.js';
import { scopeDocs } from '../../src/index/documents.js';
import { scoreClauses } from '../../src/index/scoreClauses.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { detectLocale } from '../../src/query/locale.js';
import { queryClauses, rankQuery, search } from '../../src/query/search.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { round } from '../stats.js';
import { miniSearch, sqliteFts5 } from './peers.js';

interface Case {
  query: string;
  expected: string[];
  kind?: string;
}

type Rank = (query: string) => string[];

export function relevanceByKind(file: string, cases: Case[], withPeers: boolean): Record<string, Record<string, { mrr: number; r1: number; n: number }>> {
  const kb = KnowledgeBase.open(file, ['agent']);
  const engines: Record<string, Rank> = {
    'kb lexical': (q) => scoreClauses(kb.index('agent'), queryClauses(kb.analyzer.analyzeQuery(q)), 10).map((r) => r.ref),
    'kb search': (q) => search(kb, q, { cache: false, limit: 10 }).hits.map((h) => h.id),
    // The full search as before the coordination factor (src/index/coordination.ts).
    'kb search, no coordination': (q) => rankQuery(kb, kb.analyzer.analyzeQuery(q), { scope: 'agent', locale: detectLocale(q), limit: 10, coordination: 0 }).hits.map((h) => h.id),
  };
  if (withPeers) {
    const data = readKnowledgeBase(file, []);
    const { vocabulary: _queryOnly, ...indexing } = data.analyzer;
    const docs = scopeDocs(data.articles, 'agent', new Analyzer(indexing));
    for (const peer of [miniSearch(docs), sqliteFts5(docs)]) engines[peer.name] = (q) => peer.search(kb.analyzer.analyzeQuery(q), 10);
  }
  const kinds = [...new Set(cases.map((c) => c.kind ?? 'other'))].sort();
  const out: Record<string, Record<string, { mrr: number; r1: number; n: number }>> = {};
  for (const [name, rank] of Object.entries(engines)) {
    const judged = cases.map((c) => ({ kind: c.kind ?? 'other', expected: c.expected, ranked: [...new Set(rank(c.query))].slice(0, 10) }));
    out[name] = {};
    for (const kind of [...kinds, 'all']) {
      const some = judged.filter((j) => kind === 'all' || j.kind === kind);
      out[name][kind] = { mrr: round(meanReciprocalRank(some), 3), r1: round(recallAt(some, 1), 3), n: some.length };
    }
  }
  return out;
}

function main(): void {
  const [file, queries, ...flags] = process.argv.slice(2);
  if (!file || !queries) throw new Error('usage: relevanceByKind INDEX QUERIES [--peers]');
  const cases = readFileSync(queries, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Case);
  const result = relevanceByKind(file, cases, flags.includes('--peers'));
  const kinds = Object.keys(Object.values(result)[0]!);
  const lines = [`| engine | ${kinds.join(' | ')} |`, `|---|${kinds.map(() => '---').join('|')}|`];
  for (const [engine, byKind] of Object.entries(result)) lines.push(`| ${engine} | ${kinds.map((k) => `${byKind[k]!.mrr} (R@1 ${byKind[k]!.r1})`).join(' | ')} |`);
  process.stdout.write(`${JSON.stringify(result)}\n\n${lines.join('\n')}\n`);
}

main();
