import { expect } from 'chai';
import lunr from 'lunr';
import { originalIntersect, useFastIntersect } from '../../src/index/tokenSetIntersect.js';

/** Static constructors lunr has but @types/lunr does not declare. */
const TokenSet = lunr.TokenSet as unknown as {
  fromArray(words: string[]): lunr.TokenSet;
  fromClause(clause: Partial<lunr.Query.Clause> & { term: string }): lunr.TokenSet;
};

describe('fast TokenSet intersect', () => {
  useFastIntersect();
  const words = ['中间行', '中间', '中转行', '手续费', '手续', 'payment', 'pay', 'payout', 'receiv', 'recall', 'mt103', '71a', '到账', '没到'].sort();
  const index = TokenSet.fromArray(words);
  const clauses: Array<Partial<lunr.Query.Clause> & { term: string }> = [
    { term: '中间行' }, { term: '中' }, { term: '中*' }, { term: '*' }, { term: 'pay*' }, { term: 'p*t' },
    { term: 'paymnet', editDistance: 1 }, { term: 'recieve', editDistance: 2 }, { term: 'nothing' }, { term: '*行' },
  ];

  for (const clause of clauses) {
    it(`matches lunr's own intersect for ${JSON.stringify(clause)}`, () => {
      const q = TokenSet.fromClause(clause);
      const fast = index.intersect(q).toArray().sort();
      const slow = originalIntersect.call(index, q).toArray().sort();
      expect(fast).to.deep.equal(slow);
    });
  }
});
