import { expect } from 'chai';
import type { AnalyzerConfig } from '../../src/analysis/analyzer.js';
import { decodeAnalyzer, encodeAnalyzer } from '../../src/store/analyzerRow.js';

describe('analyzer row', () => {
  const base: AnalyzerConfig = { synonyms: { groups: [['提现', 'withdraw']], terms: [] }, userWords: ['中转行', '鲸帆'] };

  it('gives back the configuration it stored, vocabulary and all', () => {
    const config: AnalyzerConfig = {
      ...base,
      vocabulary: { latin: ['received', 'swift'], latinStems: ['receiv', 'swift'], han: [['提现', 'tixian'], ['中转行', 'zhongzhuanhang']] },
    };
    expect(decodeAnalyzer(encodeAnalyzer(config))).to.deep.equal(config);
  });

  it('keeps empty word lists empty, an absent stem list absent, and no vocabulary none', () => {
    const empty: AnalyzerConfig = { ...base, vocabulary: { latin: [], han: [] } };
    expect(decodeAnalyzer(encodeAnalyzer(empty))).to.deep.equal(empty);
    const emptyStems: AnalyzerConfig = { ...base, vocabulary: { latin: [], latinStems: [], han: [] } };
    expect(decodeAnalyzer(encodeAnalyzer(emptyStems))).to.deep.equal(emptyStems);
    expect(decodeAnalyzer(encodeAnalyzer(base))).to.deep.equal(base);
  });

  it('stores the word lists as lines, not as JSON arrays of strings', () => {
    const text = encodeAnalyzer({ ...base, vocabulary: { latin: ['a', 'b'], han: [['提现', 'tixian']] } });
    expect(JSON.parse(text).vocabulary).to.deep.equal({ latin: 'a\nb', han: '提现 tixian' });
  });
});
