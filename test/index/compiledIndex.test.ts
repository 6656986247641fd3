import { expect } from 'chai';
import { join } from 'node:path';
import type lunr from 'lunr';
import { generateContent } from '../../bench/corpus/generateContent.js';
import type { QueryAnalysis } from '../../src/analysis/analyzer.js';
import { deriveQuery } from '../../src/assist/deriveQuery.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { lunrIndexOf } from '../../src/index/lunrIndex.js';
import { scoreAllClauses, scoreClauses } from '../../src/index/scoreClauses.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { queryClauses, rankQuery } from '../../src/query/search.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import type { Scope } from '../../src/types.js';
import { lunrQuery } from '../support/lunrReference.js';
import { CONTENT, FIXTURES, tempDir } from '../support/paths.js';

const TOP = 10;

/** Every query of the dev, holdout and transcript sets, analysed as search and assist analyse them. */
function fixtureQueries(kb: KnowledgeBase): Array<{ query: string; analysis: QueryAnalysis }> {
  const typed = ['queries.dev.jsonl', 'queries.holdout.jsonl'].flatMap((f) => readEvalSet(join(FIXTURES, f)));
  const calls = readEvalSet(join(FIXTURES, 'transcripts.dev.jsonl'));
  return [
    ...typed.map((c) => ({ query: c.query, analysis: kb.analyzer.analyzeQuery(c.query) })),
    ...calls.map((c) => ({ query: c.query, analysis: deriveQuery(kb.analyzer, c.transcript!).analysis })),
  ];
}

/**
 * Differences between lunr and the compiled index, one line per differing query: the top 10
 * (ref, order, score), every matching document with its score (the ranking fuses them all),
 * and the terms shown as matched.
 */
function differences(kb: KnowledgeBase, reference: lunr.Index, scope: Scope, queries: Array<{ query: string; analysis: QueryAnalysis }>): string[] {
  const out: string[] = [];
  const byRef = (a: { ref: string; score: number }, b: { ref: string; score: number }) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
  for (const { query, analysis } of queries) {
    const clauses = queryClauses(analysis);
    const all = lunrQuery(reference, clauses);
    const expected = all.slice(0, TOP);
    const actual = scoreClauses(kb.index(scope), clauses, TOP);
    const same = expected.length === actual.length && expected.every((e, i) => e.ref === actual[i]!.ref && e.score === actual[i]!.score);
    if (!same) out.push(`${JSON.stringify(query)}: lunr ${expected.map((e) => `${e.ref}=${e.score}`).join(' ')} | compiled ${actual.map((a) => `${a.ref}=${a.score}`).join(' ')}`);
    const everyLunr = all.map((r) => `${r.ref}=${r.score}`).sort();
    const everyCompiled = scoreAllClauses(kb.index(scope), clauses).sort(byRef).map((r) => `${r.ref}=${r.score}`);
    if (JSON.stringify(everyLunr) !== JSON.stringify(everyCompiled)) out.push(`${JSON.stringify(query)}: all matches differ (lunr ${everyLunr.length}, compiled ${everyCompiled.length})`);
    // The terms shown as matched are those lunr's match data records for the hits shown.
    const ranked = rankQuery(kb, analysis, { scope, locale: 'en', limit: TOP });
    const matchData = new Map(all.map((r) => [r.ref, r.matchData.metadata]));
    const matched = new Set(ranked.hits.flatMap((h) => Object.keys(matchData.get(h.id) ?? {})));
    const terms = [...new Set(analysis.terms.filter((t) => matched.has(t.term) && t.kind !== 'synonym').map((t) => t.surfaces[0]!))];
    if (JSON.stringify(ranked.matchedTerms) !== JSON.stringify(terms)) out.push(`${JSON.stringify(query)}: matched terms ${JSON.stringify(terms)} | ${JSON.stringify(ranked.matchedTerms)}`);
  }
  return out;
}

/** `publicQueries`: how many of the queries to also check in the public scope (lunr is slow at 1,000 articles). */
function describeCorpus(name: string, contentDir: () => string, publicQueries = Infinity): void {
  describe(`compiled index on ${name}`, function () {
    this.timeout(15 * 60_000);
    let kb: KnowledgeBase;
    let references: Record<Scope, lunr.Index>;
    let queries: Array<{ query: string; analysis: QueryAnalysis }>;

    before(() => {
      const file = join(tempDir('kb-compiled-'), 'kb.sqlite');
      buildKnowledgeBase({ contentDir: contentDir(), outFile: file });
      const data = readKnowledgeBase(file);
      kb = KnowledgeBase.open(file);
      references = { agent: lunrIndexOf(data.articles, data.analyzer, 'agent'), public: lunrIndexOf(data.articles, data.analyzer, 'public') };
      queries = fixtureQueries(kb);
    });

    it('ranks every dev, holdout and transcript query as lunr does: same top 10 in the same order, the same scores to the last bit for every match (agent scope)', () => {
      expect(queries.length).to.be.above(500);
      expect(differences(kb, references.agent, 'agent', queries)).to.deep.equal([]);
    });

    it(`and in the public scope${publicQueries < Infinity ? ` (the first ${publicQueries} queries)` : ''}`, () => {
      expect(differences(kb, references.public, 'public', queries.slice(0, publicQueries))).to.deep.equal([]);
    });
  });
}

describeCorpus('the sample content', () => CONTENT);
describeCorpus('1,000 generated articles made of the sample sentences (many near ties)', () => {
  const dir = tempDir('kb-corpus-');
  return generateContent({ sampleDir: CONTENT, outDir: join(dir, 'content'), articles: 1000, mode: 'reused', seed: 7 }).contentDir;
}, 150);
