import { expect } from 'chai';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { hasMistypedAmount } from '../../src/analysis/mistypedAmount.js';
import { search } from '../../src/query/search.js';
import { sampleKb } from '../support/sampleKb.js';

describe('hasMistypedAmount()', () => {
  it('finds an amount typed as another, in figures, with a magnitude or in Chinese numerals', () => {
    for (const text of [
      '付越南的货款本来3200刀,手快打成32000,已经显示汇出了',
      '给越南供应商付款,本来五千打成五万了,已经汇出',
      '本来是8千美金我输成8万了',
      '给意大利供应商付欧元 把18000打成了81000 已经发出去了',
      '3.5万写成35万',
      'i typed 50000 instead of 5000, can you stop it',
    ]) expect(hasMistypedAmount(text), text).to.equal(true);
  });

  it('leaves a digit of an account number, a conversion and a shortfall alone', () => {
    for (const text of [
      '买家汇款时账号末尾6写成了8,款已经出去两天了',
      '账号写错了一个数字 七写成一了',
      '5000美金转成35000人民币',
      '5000美金换成35000人民币',
      '汇了10000到了9975',
      'received 9975 instead of 10000',
      'the buyer sent 9975 instead of 10000',
      '收款人名字写成了公司名',
    ]) expect(hasMistypedAmount(text), text).to.equal(false);
  });
});

describe('Analyzer#analyzeQuery() and mistyped amounts', () => {
  const synonyms = { groups: [['付错', '转错', 'paid by mistake']], terms: [] };
  const terms = (analyzer: Analyzer, q: string) => analyzer.analyzeQuery(q).terms;

  it('infers a payment made by mistake from an amount typed as another, and nothing from one amount', () => {
    const analyzer = new Analyzer({ synonyms, userWords: Analyzer.userWords(synonyms, []) });
    expect(terms(analyzer, '给供应商付款 本来5000打成50000了')).to.deep.include({ term: 'syn:付错', kind: 'inferred', surfaces: ['付错', '转错', 'paid by mistake'], weight: 1 });
    expect(terms(analyzer, '给供应商付了50000').map((t) => t.term)).not.to.include('syn:付错');
  });

  it('infers nothing for content with no such group', () => {
    const analyzer = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
    expect(terms(analyzer, '本来5000打成50000了').map((t) => t.kind)).not.to.include('inferred');
  });
});

describe('search() and mistyped amounts', () => {
  it('finds the recall article first for a supplier paid a mistyped amount (before, the article on paying suppliers, or a name mismatch)', () => {
    for (const query of ['paid my supplier in Vietnam, typed 48000 instead of 4800, it already went out', '付给越南面料厂的货款 4500写成了45000 刚发出去']) {
      expect(search(sampleKb().kb, query, { cache: false }).hits[0]?.id, query).to.equal('security-recall-payment');
    }
  });
});
