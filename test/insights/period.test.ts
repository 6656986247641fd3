import { expect } from 'chai';
import { KbError } from '../../src/errors.js';
import { clusterBySimilarity } from '../../src/insights/clusterGaps.js';
import { daysBetween, parseInstant } from '../../src/insights/period.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const DAY = 86_400_000;

describe('parseInstant()', () => {
  const cases: Array<[string, number]> = [
    ['30d', NOW - 30 * DAY],
    ['2w', NOW - 14 * DAY],
    ['3m', NOW - 90 * DAY],
    ['2026-11-01', Date.parse('2026-11-01T00:00:00Z')],
  ];
  for (const [value, expected] of cases) it(`reads "${value}"`, () => expect(parseInstant(value, NOW, '--since')).to.equal(expected));

  for (const bad of ['yesterday', '2026-02-30', '30', '-3d', '']) {
    it(`refuses "${bad}" with a typed error naming the option`, () => {
      expect(() => parseInstant(bad, NOW, '--since')).to.throw(KbError, /^--since must be a duration/);
    });
  }
});

describe('daysBetween()', () => {
  it('lists each UTC day of a period, the first one included and the last excluded', () => {
    expect(daysBetween(Date.parse('2026-11-29T08:00:00Z'), Date.parse('2026-12-01T00:00:00Z'))).to.deep.equal(['2026-11-29', '2026-11-30']);
  });
});

describe('clusterBySimilarity()', () => {
  const item = (query: string, features: string[]) => ({ query, key: features.join(' '), features: new Set(features) });
  it('joins similar wordings, keeps a single shared word apart, and does not depend on arrival order', () => {
    const items = [
      item('能收USDT吗', ['收', 'usdt', '#能收']),
      item('能收USDT吗', ['收', 'usdt', '#能收']),
      item('可以收USDT吗', ['收', 'usdt', '#可以']),
      item('debit card', ['debit', 'card']),
      item('whalesail card', ['whalesail', 'card']),
    ];
    const clusters = (xs: typeof items) => clusterBySimilarity(xs).map((c) => c.items.map((i) => i.query).sort());
    expect(clusters(items)).to.deep.equal([['可以收USDT吗', '能收USDT吗', '能收USDT吗'], ['debit card'], ['whalesail card']]);
    expect(clusters([...items].reverse())).to.deep.equal(clusters(items));
  });
});
