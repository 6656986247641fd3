import { expect } from 'chai';
import { KbError } from '../../src/errors.js';
import { envNumber } from '../../src/shared/envSettings.js';

describe('envNumber()', () => {
  const rule = { fallback: 8, code: 'test.bad-number', max: 50, maxHint: 'each one costs time' };

  it('gives the default when the variable is unset or blank, else the number', () => {
    expect(envNumber({}, 'KB_N', rule)).to.equal(8);
    expect(envNumber({ KB_N: '  ' }, 'KB_N', rule)).to.equal(8);
    expect(envNumber({ KB_N: ' 12 ' }, 'KB_N', rule)).to.equal(12);
  });

  const bad: Array<[string, string, string]> = [
    ['0', 'KB_N must be a whole number above 0, got "0"', 'unset it for the default, 8'],
    ['2.5', 'KB_N must be a whole number above 0, got "2.5"', 'unset it for the default, 8'],
    ['soon', 'KB_N must be a whole number above 0, got "soon"', 'unset it for the default, 8'],
    ['Infinity', 'KB_N must be a whole number above 0, got "Infinity"', 'unset it for the default, 8'],
    ['51', 'KB_N must be at most 50, got "51"', 'each one costs time; unset it for the default, 8'],
  ];
  for (const [raw, message, hint] of bad) {
    it(`refuses ${JSON.stringify(raw)}, naming the variable, the value and the default`, () => {
      let thrown: unknown;
      try {
        envNumber({ KB_N: raw }, 'KB_N', rule);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).to.be.instanceOf(KbError).and.include({ code: 'test.bad-number', message, hint });
    });
  }

  it('takes fractions when asked', () => {
    expect(envNumber({ KB_N: '0.5' }, 'KB_N', { fallback: 30, code: 'x', whole: false })).to.equal(0.5);
  });
});
