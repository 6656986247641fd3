import { expect } from 'chai';
import { hasHan, isHanWord } from '../../src/analysis/hanCharacters.js';
import { scriptRuns } from '../../src/analysis/scriptRuns.js';
import { detectLocale } from '../../src/query/locale.js';

describe('hasHan()', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a common character', '费', true],
    ['the first of the main block', '\u4e00', true],
    ['the last of the main block', '\u9fff', true],
    ['Extension A (rare names)', '\u3400', true],
    ['the end of Extension A', '\u4dbf', true],
    ['a compatibility ideograph, before NFKC', '\uf900', true],
    ['a Yijing hexagram symbol, between Extension A and the main block', '\u4dc0', false],
    ['the last hexagram symbol', '\u4dff', false],
    ['Chinese punctuation', '，。：', false],
    ['kana', 'カタカナ', false],
    ['Latin and digits', 'MT103 fee', false],
  ];
  for (const [what, text, expected] of cases) {
    it(`${expected ? 'finds' : 'finds no'} Chinese in ${what}`, () => {
      expect(hasHan(text)).to.equal(expected);
    });
  }
});

describe('isHanWord()', () => {
  it('takes two or more Chinese characters only, up to the given length', () => {
    expect(isHanWord('到账')).to.equal(true);
    expect(isHanWord('到')).to.equal(false);
    expect(isHanWord('KYC审核')).to.equal(false);
    expect(isHanWord('中间行扣费', 4)).to.equal(false);
    expect(isHanWord('中\u4dc0')).to.equal(false);
  });
});

describe('the one definition, wherever text is split or its language detected', () => {
  it('keeps a hexagram symbol out of a Chinese run and out of locale detection', () => {
    expect(scriptRuns('到账\u4dc0手续费')).to.deep.equal([
      { script: 'han', text: '到账' },
      { script: 'han', text: '手续费' },
    ]);
    expect(detectLocale('\u4dc0 fee')).to.equal('en');
    expect(detectLocale('\u3400 fee')).to.equal('zh-CN');
  });
});
