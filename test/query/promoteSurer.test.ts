import { expect } from 'chai';
import { detectLocale } from '../../src/query/locale.js';
import { rankQuery, search } from '../../src/query/search.js';
import { QUERY_CALIBRATION, type Calibration } from '../../src/relevance/confidence.js';
import { sampleKb } from '../support/sampleKb.js';

/** The sample's hits for `query` as search ranks it, with `calibration` (default: the typed queries'). */
function hitsFor(query: string, calibration?: Calibration, limit = 10) {
  const { kb } = sampleKb();
  return rankQuery(kb, kb.analyzer.analyzeQuery(query), { scope: 'agent', locale: detectLocale(query), limit, calibration });
}

describe('a far surer second hit goes first (promoteSurer)', () => {
  const QUERY = 'if I pay the supplier friday evening when will it arrive';

  it('puts the cut-off times above paying a supplier when the calibration is far surer of them', () => {
    // The ranking's own order: the payout article first, at a confidence far below the cut-off article's.
    const own = hitsFor(QUERY, { ...QUERY_CALIBRATION, surerBy: Infinity });
    expect(own.hits.slice(0, 2).map((h) => h.id)).to.deep.equal(['payout-overseas-supplier', 'payout-cutoff-times']);
    expect(own.hits[1]!.confidence - own.hits[0]!.confidence).to.be.above(QUERY_CALIBRATION.surerBy);
    const promoted = hitsFor(QUERY);
    expect(promoted.hits.slice(0, 2).map((h) => h.id)).to.deep.equal(['payout-cutoff-times', 'payout-overseas-supplier']);
    // Each hit keeps its own confidence, score and snippet; only the order changes.
    expect(promoted.hits[0]).to.deep.equal(own.hits[1]);
    expect(promoted.hits[1]).to.deep.equal(own.hits[0]);
    expect(promoted.hits.slice(2)).to.deep.equal(own.hits.slice(2));
    expect(promoted.confident).to.equal(own.confident);
  });

  it('gives the same first hit whatever the limit, a limit of one included', () => {
    expect(hitsFor(QUERY, undefined, 1).hits.map((h) => h.id)).to.deep.equal(['payout-cutoff-times']);
    expect(search(sampleKb().kb, QUERY, { cache: false, limit: 1 }).hits.map((h) => h.id)).to.deep.equal(['payout-cutoff-times']);
  });

  it('never lifts a hit over a top hit that is not confident: whether a result is confident does not change', () => {
    // With the threshold above the top hit's confidence, the far surer second hit stays second.
    const own = hitsFor(QUERY, { ...QUERY_CALIBRATION, surerBy: Infinity });
    const strict = hitsFor(QUERY, { ...QUERY_CALIBRATION, confidentAt: own.hits[0]!.confidence + 0.001 });
    expect(strict.hits[0]!.id).to.equal('payout-overseas-supplier');
    expect(strict.confident).to.equal(false);
  });
});
