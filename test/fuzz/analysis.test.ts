import { expect } from 'chai';
import fc from 'fast-check';
import { sampleKb } from '../support/sampleKb.js';
import { fuzzParams, hugeText, nastyText } from '../support/fuzz.js';

describe('analysis under hostile text (property-based)', () => {
  const { kb } = sampleKb();
  const anyText = fc.oneof({ weight: 4, arbitrary: nastyText() }, { weight: 1, arbitrary: hugeText(500, 1000) });

  it('analyzeQuery() never throws and returns unique, non-empty, weighted terms', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = kb.analyzer.analyzeQuery(text);
        const terms = a.terms.map((t) => t.term);
        expect(new Set(terms).size, 'terms are unique').to.equal(terms.length);
        for (const t of a.terms) {
          expect(t.term, 'term').to.be.a('string').and.not.equal('');
          expect(t.term, 'a term is one word').not.to.match(/\s/);
          expect(t.weight).to.equal(1);
          expect(t.surfaces, `surfaces of ${t.term}`).to.be.an('array').that.is.not.empty;
        }
        for (const g of a.grams) expect(g.gram, 'gram').to.be.a('string').and.not.equal('');
        if (a.partial) expect(a.partial.prefix).to.be.a('string').and.not.equal('');
      }),
      fuzzParams(300),
    );
  });

  it('analyzes the same text the same way every time (index and query must agree)', () => {
    fc.assert(
      fc.property(nastyText(), (text) => {
        expect(kb.analyzer.analyze(text)).to.deep.equal(kb.analyzer.analyze(text));
        expect(kb.analyzer.analyzeQuery(text)).to.deep.equal(kb.analyzer.analyzeQuery(text));
      }),
      fuzzParams(100),
    );
  });

  it('analyze() survives article-sized text (tens of thousands of characters)', () => {
    fc.assert(
      fc.property(hugeText(10_000, 40_000), (text) => {
        const { words, grams } = kb.analyzer.analyze(text);
        expect(words.every((w) => typeof w === 'string' && w !== '')).to.equal(true);
        expect(grams.every((g) => typeof g === 'string' && g !== '')).to.equal(true);
      }),
      fuzzParams(10),
    );
  });
});
