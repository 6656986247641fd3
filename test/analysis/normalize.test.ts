import { expect } from 'chai';
import * as OpenCC from 'opencc-js/t2cn';
import { HAN_RANGE, normalize } from '../../src/analysis/normalize.js';

/** Every source phrase of an OpenCC dictionary (the strings "from to|from to", or [from, to] pairs) under `d`. */
function sourcePhrases(d: unknown, out: string[] = []): string[] {
  if (typeof d === 'string') for (const entry of d.split('|')) out.push(entry.split(' ')[0]!);
  else if (Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string' && !/[ |]/.test(d[0])) out.push(d[0]);
  else if (d && typeof d === 'object') for (const v of Object.values(d)) sourcePhrases(v, out);
  return out;
}

describe('normalize() without Chinese characters', () => {
  it('skips OpenCC only where it could not change anything: every phrase it converts holds a character in HAN_RANGE', () => {
    const phrases = sourcePhrases((OpenCC as unknown as { Locale: unknown }).Locale);
    expect(phrases.length).to.be.above(30000);
    expect(phrases.filter((p) => !HAN_RANGE.test(p))).to.deep.equal([]);
  });

  it('still folds shorthand, thousands separators and full-width forms', () => {
    expect(normalize('ＡＣＣＴ 10,000 pmt, MT-103')).to.equal('account 10000 payment, MT103');
  });

  it('converts a text with one Chinese character anywhere', () => {
    expect(normalize('the account 帳 (MT 103)')).to.equal('the account 账 (MT103)');
  });
});
