import { expect } from 'chai';
import { isContextWord } from '../../src/analysis/contextWords.js';

describe('isContextWord()', () => {
  it('knows countries, exporters\' cities and buyers\' trading cities, in Chinese and in English', () => {
    for (const word of ['brazil', 'paraguay', 'asuncion', 'guayaquil', 'muscat', 'nepal', '泸州', '丹阳', '格尔木', '苏里南', 'tuesday', '礼拜三']) {
      expect(isContextWord(word), word).to.equal(true);
    }
  });

  it('leaves out the cities whose names are everyday words, and the words of our trade', () => {
    for (const word of ['开封', '安康', '来宾', 'america', '到账', 'payment', 'saturday']) expect(isContextWord(word), word).to.equal(false);
  });
});
