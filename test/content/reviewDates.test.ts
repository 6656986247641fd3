import { expect } from 'chai';
import { daysAfter, reviewDue } from '../../src/content/reviewDates.js';

describe('reviewDue()', () => {
  const cases: Array<[string, number, string]> = [
    ['2026-01-31', 30, '2026-03-02'],
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2026-12-15', 180, '2027-06-13'],
  ];
  for (const [reviewed, reviewEveryDays, due] of cases) {
    it(`is ${due} for an article reviewed ${reviewed}, every ${reviewEveryDays} days`, () => {
      expect(reviewDue({ reviewed, reviewEveryDays }).toISOString()).to.equal(`${due}T00:00:00.000Z`);
    });
  }

  it('counts back for a negative number of days (the grace before a future review date is an error)', () => {
    expect(daysAfter('2026-03-01', -1).toISOString()).to.equal('2026-02-28T00:00:00.000Z');
  });
});
