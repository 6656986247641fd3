import { expect } from 'chai';
import type { Features } from '../../src/relevance/features.js';
import { TermModel, type Example } from '../../src/relevance/termModel.js';

/** Six articles with eight words of their own each, ten similar questions apiece, and a few words they share. */
function questions(): Example[] {
  const shared = ['how', 'can', 'my', 'money', 'account'];
  const examples: Example[] = [];
  for (let label = 0; label < 6; label++) {
    for (let q = 0; q < 10; q++) {
      const features: Features = new Map();
      for (let k = 0; k < 3; k++) features.set(`w${label}_${(q * 3 + k * 5) % 8}`, 1);
      features.set(shared[(q + label) % 5]!, 1);
      examples.push({ label, features, key: `article-${label}\u0000question ${q}` });
    }
  }
  return examples;
}

describe('TermModel', () => {
  it('learns the new similar question of one article and leaves the answers about another where they were', () => {
    const examples = questions();
    const added: Example = { label: 5, features: new Map([['w5_2', 1], ['w5_7', 1], ['fresh', 1]]), key: 'article-5\u0000a new way of asking' };
    const before = TermModel.train(examples, 6);
    const after = TermModel.train([...examples, added], 6);
    expect(after.probabilities(new Map([['fresh', 1]]))[5]).to.be.above(before.probabilities(new Map([['fresh', 1]]))[5]! + 0.05);
    // A question about article 0: with the whole list shuffled anew (the order before
    // passOrder), its probabilities moved by about 0.01; now by a twentieth of that.
    const query: Features = new Map([['w0_1', 1], ['w0_4', 1], ['money', 1]]);
    const p = before.probabilities(query);
    const q = after.probabilities(query);
    for (let label = 0; label < 6; label++) expect(Math.abs(p[label]! - q[label]!), `label ${label}`).to.be.below(2e-3);
  });

  it('trains the same model from the same examples, whatever order they are listed in', () => {
    const examples = questions();
    const a = TermModel.train(examples, 6);
    const b = TermModel.train([...examples].reverse(), 6);
    expect(Array.from(b.data.weights)).to.deep.equal(Array.from(a.data.weights));
  });
});
