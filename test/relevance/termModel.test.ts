import { expect } from 'chai';
import { TermModel } from '../../src/relevance/termModel.js';
import type { Features } from '../../src/relevance/features.js';

const f = (...words: string[]): Features => new Map(words.map((w) => [w, 1 / Math.sqrt(words.length)]));

/** Two articles asked a few ways each: 0 is a lost card, 1 a transfer fee. */
const model = TermModel.train(
  [
    { label: 0, features: f('lost', 'card') },
    { label: 0, features: f('card', 'stolen') },
    { label: 0, features: f('lost', 'my', 'card') },
    { label: 1, features: f('transfer', 'fee') },
    { label: 1, features: f('fee', 'for', 'transfer') },
    { label: 1, features: f('transfer', 'cost') },
  ],
  2,
);

describe('term model evidence (logit)', () => {
  it('is the score the probabilities are the softmax of', () => {
    for (const query of [f('lost', 'card'), f('transfer'), f('card', 'weather'), f('nothing', 'known')]) {
      const z = [0, 1].map((k) => model.logit(query, k));
      const p = model.probabilities(query);
      const sum = Math.exp(z[0]!) + Math.exp(z[1]!);
      expect(Math.exp(z[0]!) / sum).to.be.closeTo(p[0]!, 1e-6);
      expect(Math.exp(z[1]!) / sum).to.be.closeTo(p[1]!, 1e-6);
    }
  });

  it('is lower for a query the model hardly knows, even where that query picks the same article', () => {
    const known = f('lost', 'card', 'stolen');
    const vague = f('card', 'weather', 'holiday');
    expect(model.probabilities(vague)[0]).to.be.greaterThan(0.5);
    expect(model.logit(vague, 0)).to.be.lessThan(model.logit(known, 0));
  });
});
