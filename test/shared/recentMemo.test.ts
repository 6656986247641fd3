import { expect } from 'chai';
import { RecentMemo } from '../../src/shared/recentMemo.js';

describe('RecentMemo (per-query memos)', () => {
  it('gives back what was remembered for each of the last keys, by identity', () => {
    const memo = new RecentMemo<{ q: string }, number>(3);
    const keys = [{ q: 'a' }, { q: 'b' }, { q: 'c' }];
    keys.forEach((k, i) => memo.set(k, i));
    expect(keys.map((k) => memo.get(k))).to.deep.equal([0, 1, 2]);
    // An equal-looking object is another key.
    expect(memo.get({ q: 'a' })).to.equal(undefined);
  });

  it('forgets the oldest key when a new one comes, however often the others were read', () => {
    const memo = new RecentMemo<object, string>(2);
    const [a, b, c, d] = [{}, {}, {}, {}];
    memo.set(a, 'a');
    memo.set(b, 'b');
    for (let i = 0; i < 5; i++) memo.get(a);
    memo.set(c, 'c');
    expect([memo.get(a), memo.get(b), memo.get(c)]).to.deep.equal([undefined, 'b', 'c']);
    memo.set(d, 'd');
    expect([memo.get(b), memo.get(c), memo.get(d)]).to.deep.equal([undefined, 'c', 'd']);
  });

  it('gives the newest value when a key is remembered twice', () => {
    const memo = new RecentMemo<object, number>(4);
    const key = {};
    memo.set(key, 1);
    memo.set({}, 2);
    memo.set(key, 3);
    expect(memo.get(key)).to.equal(3);
  });
});
