import { expect } from 'chai';
import fc from 'fast-check';
import { SortedNumberLists } from '../../src/relevance/sortedNumberLists.js';
import { fuzzParams } from '../support/fuzz.js';

/** Lists of distinct numbers below `limit`, clustered near the 65,536 boundaries so ranges and intervals cross them. */
function lists(limit: number): fc.Arbitrary<number[][]> {
  const near = fc.tuple(fc.integer({ min: 0, max: Math.floor((limit - 1) / 65_536) }), fc.integer({ min: -3, max: 3 })).map(([k, d]) => Math.min(limit - 1, Math.max(0, k * 65_536 + d)));
  const number = fc.oneof(fc.integer({ min: 0, max: limit - 1 }), near);
  return fc.array(fc.uniqueArray(number, { maxLength: 30 }).map((l) => l.sort((a, b) => a - b)), { maxLength: 8 });
}

describe('SortedNumberLists', () => {
  for (const limit of [1, 50, 65_536, 65_537, 200_000, 528_851]) {
    it(`tells whether a list holds a number in [from, to) as a scan of the list does (numbers below ${limit})`, () => {
      const bound = fc.integer({ min: 0, max: limit + 2 });
      fc.assert(
        fc.property(lists(limit), fc.array(fc.tuple(bound, bound), { minLength: 1, maxLength: 20 }), (numbers, intervals) => {
          const offsets = [0];
          for (const l of numbers) offsets.push(offsets[offsets.length - 1]! + l.length);
          const built = SortedNumberLists.of(offsets, Uint32Array.from(numbers.flat()), limit);
          const stored = SortedNumberLists.over(built.starts, built.lows, limit);
          expect(stored.size).to.equal(numbers.length);
          numbers.forEach((l, i) => {
            for (const [from, to] of intervals) {
              const expected = l.some((n) => n >= from && n < to);
              expect(stored.hasAny(i, from, to), `list ${i} [${from}, ${to})`).to.equal(expected);
            }
          });
        }),
        fuzzParams(200),
      );
    });
  }

  it('keeps two bytes a number, and refuses a list that is not ascending below its limit', () => {
    const built = SortedNumberLists.of([0, 3, 4], Uint32Array.from([1, 70_000, 140_000, 5]), 140_001);
    expect(built.lows.byteLength).to.equal(8);
    expect(built.buckets).to.equal(3);
    expect(() => SortedNumberLists.of([0, 2], Uint32Array.from([5, 5]), 10)).to.throw(/not ascending/);
    expect(() => SortedNumberLists.of([0, 1], Uint32Array.from([10]), 10)).to.throw(/not ascending below 10/);
  });

  it('refuses stored arrays that do not make whole lists', () => {
    const built = SortedNumberLists.of([0, 2], Uint32Array.from([1, 70_000]), 140_000);
    expect(() => SortedNumberLists.over(built.starts.subarray(1), built.lows, 140_000)).to.throw(/do not make lists/);
    expect(() => SortedNumberLists.over(built.starts, built.lows.subarray(1), 140_000)).to.throw(/do not make lists/);
  });
});
