import { expect } from 'chai';
import { relevanceCost } from '../../bench/relevanceCost.js';
import { sampleKb } from '../support/sampleKb.js';

/**
 * `npm run bench` reports the relevance layer's cost against a knowledge base whose layer
 * is stubbed out; the stub must keep up with what search() asks of the layer (it once
 * crashed when search() began asking for the out-of-scope examples).
 */
describe('bench: relevance layer cost', () => {
  it('times the sample queries with and without the layer, and counts the searches that met a collection', async () => {
    const queries = ['到账少了25美元', 'how do I bake bread', '账户被冻结了怎么办'];
    const result = await relevanceCost(sampleKb().file, queries, 1);
    expect(result.queries).to.equal(queries.length);
    for (const side of [result.with, result.without]) {
      expect(side.p99_ms).to.be.above(0);
      expect(side.searches_meeting_gc).to.be.within(0, queries.length);
    }
  });
});
