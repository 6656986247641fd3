import { expect } from 'chai';
import fc from 'fast-check';
import { StringTable } from '../../src/relevance/stringTable.js';

describe('StringTable', () => {
  it('finds the strings that start with a prefix, as a filter over every string finds them (UTF-8 byte order, Chinese and English)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'z', '解', '冻', '结', '\u0002');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(alphabet, { minLength: 1, maxLength: 3 }), (words, prefixChars) => {
        const prefix = prefixChars.join('');
        const table = StringTable.of(words, true);
        const { from, to } = table.prefixRange(prefix);
        const found = Array.from({ length: to - from }, (_, i) => table.get(from + i));
        expect(found.sort()).to.deep.equal(words.filter((w) => w.startsWith(prefix)).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('gives an empty range for a prefix no string has', () => {
    const { from, to } = StringTable.of(['解冻', '解决', 'unfreez'], true).prefixRange('冻');
    expect(to - from).to.equal(0);
  });
});
