import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../src/eval/evaluate.js';
import { firstRank, meanReciprocalRank, ndcgAt, percentile, recallAt } from '../../src/eval/metrics.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { KbError } from '../../src/errors.js';
import { tempDir } from '../support/paths.js';

describe('metrics', () => {
  const judged = [
    { ranked: ['a', 'b', 'c'], expected: ['a'] }, // rank 1
    { ranked: ['x', 'b', 'c'], expected: ['c'] }, // rank 3
    { ranked: ['x', 'y'], expected: ['z'] }, // not found
    { ranked: ['x', 'b', 'a'], expected: ['a', 'b'] }, // rank 2 (either expected id counts)
  ];

  it('finds the rank of the first expected id', () => {
    expect(judged.map((j) => firstRank(j))).to.deep.equal([1, 3, null, 2]);
    expect(firstRank(judged[1]!, 2)).to.equal(null);
  });

  it('computes MRR and Recall@k', () => {
    expect(meanReciprocalRank(judged)).to.be.closeTo((1 + 1 / 3 + 0 + 1 / 2) / 4, 1e-12);
    expect(recallAt(judged, 1)).to.equal(0.25);
    expect(recallAt(judged, 3)).to.equal(0.75);
  });

  it('computes binary nDCG with several relevant ids', () => {
    // Case 4: relevant at ranks 2 and 3, ideal at ranks 1 and 2.
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(4);
    const ideal = 1 + 1 / Math.log2(3);
    expect(ndcgAt([judged[3]!], 10)).to.be.closeTo(dcg / ideal, 1e-12);
    expect(ndcgAt([judged[0]!], 10)).to.equal(1);
  });

  it('takes nearest-rank percentiles', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).to.equal(5);
    expect(percentile(xs, 99)).to.equal(10);
    expect(percentile([], 50)).to.equal(0);
  });

  it('evaluate() reports exactly the documented keys and lists misses', () => {
    const report = evaluate(
      [{ query: 'q1', expected: ['a'] }, { query: 'q2', expected: ['b'] }],
      (c) => (c.query === 'q1' ? ['a', 'b'] : ['a', 'a', 'b']),
    );
    expect(Object.keys(report)).to.deep.equal(['queries', 'in_domain', 'out_of_scope', 'mrr', 'recall_at_1', 'recall_at_3', 'recall_at_10', 'ndcg_at_10', 'p50_ms', 'p99_ms', 'confidence', 'misses', 'confidence_errors']);
    expect(report).to.include({ queries: 2, mrr: 0.75, recall_at_1: 0.5, recall_at_3: 1, confidence: null });
    expect(report.misses).to.deep.equal([{ query: 'q2', expected: ['b'], got: 'a', rank: 2 }]);
    expect(report.confidence_errors).to.deep.equal([]);
  });

  it('evaluate() ranks in-domain cases only and reports how well `confident` separates answers', () => {
    const cases = [
      { query: 'right, confident', expected: ['a'] },
      { query: 'right, not confident', expected: ['a'] },
      { query: 'wrong, confident', expected: ['b'] },
      { query: 'out of scope, confident', expected: [] },
      { query: 'out of scope, not confident', expected: [] },
      { query: 'out of scope, nothing', expected: [] },
    ];
    const report = evaluate(cases, (c) => ({ ids: c.query.includes('nothing') ? [] : ['a'], confident: !c.query.includes('not confident') && !c.query.includes('nothing') }));
    expect(report).to.include({ queries: 6, in_domain: 3, out_of_scope: 3, recall_at_1: 0.6667 });
    expect(report.confidence).to.deep.equal({ right_not_confident: 0.5, out_of_scope_not_confident: 0.6667, confident_precision: 0.3333, confident: 3 });
    expect(report.misses.map((m) => m.query)).to.deep.equal(['wrong, confident']);
    expect(report.confidence_errors).to.deep.equal([
      { query: 'right, not confident', kind: 'right_not_confident', got: 'a' },
      { query: 'out of scope, confident', kind: 'out_of_scope_confident', got: 'a' },
    ]);
  });
});

describe('readEvalSet()', () => {
  const file = (text: string) => {
    const f = join(tempDir(), 'q.jsonl');
    writeFileSync(f, text);
    return f;
  };

  it('reads JSON Lines, ignoring other fields and blank lines', () => {
    expect(readEvalSet(file('{"query":"a","expected":["x"],"kind":"en"}\n\n{"query":"b","expected":["y","z"]}\n'))).to.deep.equal([
      { line: 1, query: 'a', expected: ['x'] },
      { line: 3, query: 'b', expected: ['y', 'z'] },
    ]);
  });

  it('reads "expected": [] as an out-of-scope query', () => {
    expect(readEvalSet(file('{"query":"how do I bake bread","expected":[]}\n'))).to.deep.equal([{ line: 1, query: 'how do I bake bread', expected: [] }]);
  });

  const bad: Array<[string, RegExp]> = [
    ['{"query":"a","expected":["x"]}\n{"query": "b", expected: []}\n', /:2: invalid JSON/],
    ['{"query":"","expected":["x"]}\n', /:1: "query" must be a non-empty string/],
    ['{"query":"a","expected":"x"}\n', /:1: "expected" must be an array of article ids/],
    ['["a"]\n', /:1: not a JSON object/],
    ['\n\n', /has no queries/],
  ];
  for (const [text, message] of bad) {
    it(`rejects ${JSON.stringify(text.trim()) || 'an empty file'} naming the line`, () => {
      expect(() => readEvalSet(file(text))).to.throw(KbError, message);
    });
  }
});
