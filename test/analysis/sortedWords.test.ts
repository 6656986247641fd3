import { expect } from 'chai';
import { isSorted, SortedWords } from '../../src/analysis/sortedWords.js';

describe('SortedWords', () => {
  it('finds exactly the words it holds, as a Set would, sorted input or not', () => {
    const words = ['提现', 'received', 'a', '中转行', 'receive', 'recei', 'zzz', 'Receive', '提', '提现费', ''];
    const set = new Set(words);
    const probes = [...words, 'receiver', 'b', '提款', 'ZZZ', 'aa', '中转', '提现费用'];
    for (const list of [words, [...words].sort(), [...words].reverse()]) {
      const sorted = new SortedWords(list);
      for (const probe of probes) expect(sorted.has(probe), `${probe} in ${list.join(',')}`).to.equal(set.has(probe));
    }
  });

  it('holds nothing when empty, and one word when given one', () => {
    expect(new SortedWords([]).has('')).to.equal(false);
    expect(new SortedWords(['x']).has('x')).to.equal(true);
    expect(new SortedWords(['x']).has('y')).to.equal(false);
  });

  it('compares in code-unit order, as Array#sort and the build order', () => {
    expect(isSorted(['B', 'a', 'b', '中'])).to.equal(true);
    expect(isSorted(['a', 'B'])).to.equal(false);
    expect(isSorted(['a', 'a'])).to.equal(true);
  });
});
