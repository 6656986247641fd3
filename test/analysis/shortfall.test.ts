import { expect } from 'chai';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { figuresIn } from '../../src/analysis/numberValue.js';
import { isShortfall } from '../../src/analysis/shortfall.js';

describe('isShortfall()', () => {
  it('is true for two amounts a bank charge apart', () => {
    expect(isShortfall([10_000, 9975])).to.equal(true);
    expect(isShortfall([8400, 8370, 30])).to.equal(true);
    expect(isShortfall([2000, 1975])).to.equal(true);
  });

  it('is false for one amount, amounts far apart, small figures and two years', () => {
    expect(isShortfall([10_000])).to.equal(false);
    expect(isShortfall([50_000, 30_000])).to.equal(false);
    expect(isShortfall([30, 29])).to.equal(false);
    expect(isShortfall([2026, 2025])).to.equal(false);
  });
});

describe('figuresIn()', () => {
  it('reads commas that group thousands, lakhs included, as one figure', () => {
    expect(figuresIn('sent 10,000, got 9,975')).to.deep.equal([10_000, 9975]);
    expect(figuresIn('10,000,000 and USD 10,000.50')).to.deep.equal([10_000_000, 10_000.5]);
    expect(figuresIn('1,50,000 INR')).to.deep.equal([150_000]);
  });

  it('reads a comma between groups of other sizes as a separator', () => {
    expect(figuresIn('只有8570,30块')).to.deep.equal([8570, 30]);
    expect(figuresIn('12,5 and 1,2345')).to.deep.equal([12, 5, 1, 2345]);
  });

  it('reads no figure in a reference: invoice and order numbers, a slash list of them', () => {
    expect(figuresIn('one lump sum covers INV-2201/2207/2210')).to.deep.equal([]);
    expect(figuresIn('PO#3318 and TT-0925 paid 14,380')).to.deep.equal([14_380]);
    expect(figuresIn('USD10000 sent, 9975 arrived')).to.deep.equal([10_000, 9975]);
  });
});

describe('Analyzer#analyzeQuery() and amounts', () => {
  const synonyms = { groups: [['少到账', '少收', 'short payment']], terms: [] };
  const analyzer = new Analyzer({ synonyms, userWords: Analyzer.userWords(synonyms, []) });
  const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);

  it('adds the short-payment synonym key when what arrived is a little less than what was sent, in figures or characters', () => {
    expect(terms('customer sent 8,400 usd but only 8,370 hit my account')).to.include('syn:少到账');
    expect(terms('客人過咗一萬蚊美金，我得返9980')).to.include('syn:少到账');
    // European figures: thousands grouped by spaces or dots, a decimal comma.
    expect(terms('we sent USD 8 400,00 but factory say only 8 362 arrive')).to.include('syn:少到账');
    expect(terms('paid 8.400,00 EUR, supplier got 8.380,00')).to.include('syn:少到账');
    // A full-width comma after a figure separates, it does not group: 8570，30 is no 857030.
    expect(terms('客人讲汇了8600美金，到我账上只有8570，30块钞票哪能没脱了')).to.include('syn:少到账');
  });

  it('adds nothing for amounts far apart, or without the group in the content', () => {
    expect(terms('limit is 50000 but I need 80000')).not.to.include('syn:少到账');
    const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
    expect(plain.analyzeQuery('sent 10000 got 9975').terms.map((t) => t.term)).to.deep.equal(['sent', '10000', 'got', '9975']);
  });
});
