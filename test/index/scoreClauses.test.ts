import { expect } from 'chai';
import fc from 'fast-check';
import type lunr from 'lunr';
import type { Clause } from '../../src/index/clause.js';
import type { CompiledIndex } from '../../src/index/compiledIndex.js';
import { INDEX_FIELDS, lunrIndexOf } from '../../src/index/lunrIndex.js';
import { scoreAllClauses, scoreClauses } from '../../src/index/scoreClauses.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { fuzzParams } from '../support/fuzz.js';
import { lunrQuery } from '../support/lunrReference.js';
import { sampleKb } from '../support/sampleKb.js';

const TOP = 10;

/**
 * Clauses as queries never make them, so every path of the query vector's construction is
 * met: one term in several clauses (boosts summed in clause order), a prefix reaching an
 * exact clause's term, overlapping field lists, more than 32 clauses, words no article has.
 */
function clauseLists(index: CompiledIndex): fc.Arbitrary<Clause[]> {
  const term = fc.integer({ min: 0, max: index.terms.length - 1 }).map((i) => index.terms.at(i)!);
  const clause = fc.record({
    term: fc.oneof(
      { weight: 6, arbitrary: term.map((t) => ({ term: t, prefix: false })) },
      { weight: 2, arbitrary: fc.tuple(term, fc.integer({ min: 1, max: 3 })).map(([t, n]) => ({ term: t.slice(0, n), prefix: true })) },
      { weight: 1, arbitrary: fc.constantFrom('zzqxj', '没有这个词').map((t) => ({ term: t, prefix: false })) },
    ),
    fields: fc.subarray(INDEX_FIELDS, { minLength: 1 }),
    boost: fc.oneof(fc.constantFrom(0.3, 0.5, 0.6, 0.8, 1, 1.5), fc.double({ min: 0.01, max: 4, noNaN: true })),
  });
  const clauses = clause.map(({ term: t, fields, boost }) => ({ term: t.term, prefix: t.prefix, fields, boost }));
  // A small pool drawn from again and again, so terms and prefixes repeat across clauses.
  return fc.array(clauses, { minLength: 1, maxLength: 6 }).chain((pool) => fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 40 }));
}

describe('scoreClauses() and scoreAllClauses() on random clause lists (property-based)', function () {
  this.timeout(180_000);
  let index: CompiledIndex;
  let reference: lunr.Index;

  before(() => {
    const { file, kb } = sampleKb();
    const data = readKnowledgeBase(file);
    index = kb.index('agent');
    reference = lunrIndexOf(data.articles, data.analyzer, 'agent');
  });

  /** Every generated clause list ranks and scores on `scored` exactly as on lunr's own index. */
  const ranksAsLunr = (scored: () => CompiledIndex, runs: number) =>
    fc.assert(
      fc.property(clauseLists(index), (clauses) => {
        const all = lunrQuery(reference, clauses);
        const top = scoreClauses(scored(), clauses, TOP).map((r) => `${r.ref}=${r.score}`);
        expect(top).to.deep.equal(all.slice(0, TOP).map((r) => `${r.ref}=${r.score}`));
        const every = scoreAllClauses(scored(), clauses).map((r) => `${r.ref}=${r.score}`);
        expect(every.sort()).to.deep.equal(all.map((r) => `${r.ref}=${r.score}`).sort());
      }),
      fuzzParams(runs),
    );

  it("rank and score every clause list as lunr's Index#query does, to the last bit and in lunr's order of ties", () => {
    ranksAsLunr(() => index, 200);
  });

  it('and so with the postings held as Uint32, as an index with more than 65,536 documents or larger weights holds them', () => {
    expect(index.docs).to.be.instanceOf(Uint16Array);
    const wide: CompiledIndex = { ...index, docs: Uint32Array.from(index.docs), weights: Uint32Array.from(index.weights) };
    ranksAsLunr(() => wide, 50);
  });
});
