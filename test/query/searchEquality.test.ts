import { expect } from 'chai';
import { join } from 'node:path';
import { generateContent } from '../../bench/corpus/generateContent.js';
import type { QueryAnalysis } from '../../src/analysis/analyzer.js';
import { deriveQuery } from '../../src/assist/deriveQuery.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { rankQuery, type RankOptions } from '../../src/query/search.js';
import { TRANSCRIPT_FUSION_WEIGHTS, type FusionWeights } from '../../src/relevance/relevanceModel.js';
import { LOCALES, SCOPES } from '../../src/types.js';
import { referenceHits } from '../support/referenceSearch.js';
import { CONTENT, FIXTURES, tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

interface Case {
  query: string;
  analysis: QueryAnalysis;
  fusion?: FusionWeights;
}

/** The dev, holdout and transcript sets, analysed as search and assist analyse them, and `extra` typed queries. */
function casesFor(kb: KnowledgeBase, extra: string[] = []): Case[] {
  const typed = [...['queries.dev.jsonl', 'queries.holdout.jsonl'].flatMap((f) => readEvalSet(join(FIXTURES, f)).map((c) => c.query)), ...extra];
  const calls = readEvalSet(join(FIXTURES, 'transcripts.dev.jsonl'));
  return [
    ...typed.map((query) => ({ query, analysis: kb.analyzer.analyzeQuery(query) })),
    ...calls.map((c) => ({ query: c.query, analysis: deriveQuery(kb.analyzer, c.transcript!).analysis, fusion: TRANSCRIPT_FUSION_WEIGHTS })),
  ];
}

/**
 * One line per query whose hits differ between the product's ranking and the
 * straightforward reference (test/support/referenceSearch.ts): ids, order, scores,
 * confidences, snippets and matched questions. Each query runs in both scopes, in a
 * locale taken in turn, and every fifth one in a category (hits skipped, so the ranking
 * goes past its first cut).
 */
function differences(kb: KnowledgeBase, cases: Case[], coordination?: number): string[] {
  const out: string[] = [];
  cases.forEach((c, i) => {
    for (const scope of SCOPES) {
      const opts: RankOptions = { scope, locale: LOCALES[i % 2]!, limit: 10, fusion: c.fusion, category: i % 5 === 0 ? kb.categories[i % kb.categories.length]!.id : undefined, coordination };
      const actual = JSON.stringify(rankQuery(kb, c.analysis, opts).hits);
      const expected = JSON.stringify(referenceHits(kb, c.analysis, opts));
      if (actual !== expected) out.push(`${JSON.stringify(c.query)} (${scope}): ${expected} | ${actual}`);
    }
  });
  return out;
}

describe('search() against the straightforward ranking', function () {
  this.timeout(15 * 60_000);

  it('returns exactly the same hits on the sample content for every dev, holdout and transcript query', () => {
    const { kb } = sampleKb();
    const cases = casesFor(kb);
    expect(cases.length).to.be.above(500);
    expect(differences(kb, cases)).to.deep.equal([]);
  });

  it('and with the coordination factor applied (as without a term model), counted in the scoring walk as clause by clause', () => {
    const { kb } = sampleKb();
    expect(differences(kb, casesFor(kb), 2)).to.deep.equal([]);
  });

  it('and on 500 generated articles, for those and the generated queries (many candidates per query)', () => {
    const dir = tempDir('kb-equality-');
    const corpus = generateContent({ sampleDir: CONTENT, outDir: join(dir, 'content'), articles: 500, mode: 'realistic', seed: 3 });
    const file = join(dir, 'kb.sqlite');
    buildKnowledgeBase({ contentDir: corpus.contentDir, outFile: file });
    const kb = KnowledgeBase.open(file);
    const cases = casesFor(kb, corpus.queries.slice(0, 400).map((q) => q.query));
    expect(differences(kb, cases)).to.deep.equal([]);
  });
});
