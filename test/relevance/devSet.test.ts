import { expect } from 'chai';
import { join } from 'node:path';
import { evaluate } from '../../src/eval/evaluate.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { search } from '../../src/query/search.js';
import { FIXTURES } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

/**
 * Relevance regression on the development query set (written blind, the way agents and
 * customers speak). Floors sit a little under the measured figures (README, "Relevance")
 * so a change that makes ranking worse fails here; the targets are 0.85 / 0.93.
 */
describe('development query set', () => {
  const cases = readEvalSet(join(FIXTURES, 'queries.dev.jsonl'));
  const { kb } = sampleKb();

  it('has at least 150 queries and covers every article', () => {
    expect(cases.length).to.be.at.least(150);
    const covered = new Set(cases.flatMap((c) => c.expected));
    expect(kb.ids('agent').filter((id) => !covered.has(id))).to.deep.equal([]);
  });

  it('keeps MRR@10 and Recall@3 above their floors', () => {
    const report = evaluate(cases, (c) => search(kb, c.query).hits.map((h) => h.id));
    expect(report.mrr, 'MRR@10').to.be.at.least(0.94);
    expect(report.recall_at_3, 'Recall@3').to.be.at.least(0.98);
    expect(report.recall_at_10, 'Recall@10').to.be.at.least(0.99);
  });
});
