import { expect } from 'chai';
import { StringTable } from '../../src/relevance/stringTable.js';

describe('StringTable.extensions()', () => {
  const words = ['冻', '冻结', '冻结期', '冷', '准备', '决定', 'a', 'ab', 'abc', 'b', '\u0002冻结'];
  const table = StringTable.of(words, true);
  /** The strings that start with `prefix` and are longer, by a scan of the whole table: what extensions must return. */
  const scan = (prefix: string) => Array.from({ length: table.size }, (_, i) => table.get(i)).filter((s) => s.startsWith(prefix) && s !== prefix);
  const found = (prefix: string) => {
    const [from, to] = table.extensions(prefix);
    return Array.from({ length: to - from }, (_, i) => table.get(from + i));
  };

  it('returns the longer strings that start with a prefix, as a scan finds them', () => {
    for (const prefix of ['冻', '冻结', '冷', 'a', 'ab', 'b', '决']) expect(found(prefix), prefix).to.deep.equal(scan(prefix));
    expect(found('冻')).to.deep.equal(['冻结', '冻结期']);
  });

  it('returns an empty range for a prefix nothing extends, stored or not', () => {
    for (const prefix of ['冷', 'abc', 'z', '忘', '']) {
      const [from, to] = table.extensions(prefix);
      if (prefix === '') expect(to - from).to.equal(table.size);
      else expect(to - from, prefix).to.equal(0);
    }
  });
});
