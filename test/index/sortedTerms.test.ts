import { expect } from 'chai';
import { SortedTerms } from '../../src/index/sortedTerms.js';

/** Characters beyond the BMP sort before U+FF5E by UTF-16 code units but after it by UTF-8 bytes. */
const TERMS = ['', 'a', 'ab', 'abc', 'b', 'mt103', '中转', '中转行', '𠮷吉', '\uFF5E吉', 'é'].sort();

function naiveLowerBound(terms: readonly string[], term: string): number {
  const i = terms.findIndex((t) => t >= term);
  return i < 0 ? terms.length : i;
}

describe('SortedTerms', () => {
  it('gives back every term, in the order of Array#sort, from the blob it is stored as', () => {
    const stored = SortedTerms.of(TERMS.filter(Boolean));
    const terms = SortedTerms.over(Buffer.from(stored.bytes));
    expect(Array.from({ length: terms.length }, (_, i) => terms.at(i))).to.deep.equal(TERMS.filter(Boolean));
    expect(terms.at(terms.length)).to.equal(undefined);
    expect(terms.at(-1)).to.equal(undefined);
  });

  it('finds where a term is or would be as a binary search over the strings would', () => {
    const list = TERMS.filter(Boolean);
    const terms = SortedTerms.of(list);
    for (const probe of [...list, '', '0', 'aa', 'abd', 'c', 'zz', '中', '中转站', '𠮷', '\uFF5E', '\uFFFF'])
      expect(terms.lowerBound(probe), probe).to.equal(naiveLowerBound(list, probe));
  });

  it('finds the same places comparing bytes, when no term is beyond the BMP, for any probe', () => {
    const list = ['a', 'ab', 'abc', 'b', 'mt103', 'é', 'ü', '中', '中转', '中转行', '\uE000', '\uFF5E吉', '\uFFFD'].sort();
    const terms = SortedTerms.of(list);
    const probes = [...list, '', '0', 'aa', 'abd', 'c', 'zz', 'é0', '中转站', '𠮷', '𠮷吉', '\uD800', 'a\uDC00', '\uFF5E', '\uFFFF', 'a\u0000'];
    for (const probe of probes) expect(terms.lowerBound(probe), probe).to.equal(naiveLowerBound(list, probe));
  });

  it('finds the position of a term, or -1, comparing bytes or strings, after probes of any length', () => {
    const bmp = ['a', 'ab', 'abc', 'b', 'mt103', 'é', '中', '中转', '中转行', '\uFF5E吉'].sort();
    const probes = ['', 'a', 'ab', 'abcd', 'c', 'é', 'e', '中转', '中转站', '𠮷吉', '\uD800', 'x'.repeat(500), 'abc'];
    for (const list of [bmp, TERMS.filter(Boolean)]) {
      const terms = SortedTerms.of(list);
      for (const probe of probes) expect(terms.indexOf(probe), probe).to.equal(list.indexOf(probe));
    }
  });

  it('holds no term for an empty blob', () => {
    const terms = SortedTerms.over(Buffer.alloc(0));
    expect(terms.length).to.equal(0);
    expect(terms.lowerBound('a')).to.equal(0);
    expect(terms.at(0)).to.equal(undefined);
  });
});
