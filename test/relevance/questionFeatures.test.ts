import { expect } from 'chai';
import { gram, GRAM_WEIGHT, pair, PAIR_WEIGHT } from '../../src/relevance/features.js';
import { QuestionFeatures } from '../../src/relevance/questionFeatures.js';
import { seededRandom } from '../../src/shared/seededRandom.js';

/** A question's features as textFeatures defines them, from its words' and bigrams' strings: words, then adjacent pairs, then bigrams, at unit length. */
function expected(words: string[], grams: string[]): Array<[string, number]> {
  const out = new Map<string, number>();
  for (const w of words) if (!out.has(w)) out.set(w, 1);
  for (let i = 1; i < words.length; i++) if (!out.has(pair(words[i - 1]!, words[i]!))) out.set(pair(words[i - 1]!, words[i]!), PAIR_WEIGHT);
  for (const g of grams) if (!out.has(gram(g))) out.set(gram(g), GRAM_WEIGHT);
  const norm = Math.sqrt([...out.values()].reduce((s, x) => s + x * x, 0));
  return [...out].map(([k, x]) => [k, x / norm]);
}

describe('QuestionFeatures', () => {
  it('keeps every question\'s features right past the sizes its arrays and its table of word pairs start with', () => {
    // 20,000 questions of 8 words out of 3,000: about 140,000 distinct pairs and 300,000 entries, several times what the arrays start with.
    const terms = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const random = seededRandom(7);
    const features = new QuestionFeatures(terms);
    const questions: Array<{ words: number[]; grams: number[] }> = [];
    for (let q = 0; q < 20_000; q++) {
      const words = Array.from({ length: 8 }, () => Math.floor(random() * terms.length));
      const grams = q % 3 ? [] : [Math.floor(random() * terms.length)];
      expect(features.add(Uint32Array.from(words), Uint32Array.from(grams))).to.equal(true);
      questions.push({ words, grams });
    }
    expect(features.size).to.be.above(100_000);
    questions.forEach(({ words, grams }, q) => {
      const got = [...features.map(q)];
      const want = expected(words.map((w) => terms[w]!), grams.map((g) => terms[g]!));
      if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `question ${q}`).to.deep.equal(want);
    });
    // A pair met again keeps its first number: the features of the first question, added again, are no new ones.
    const size = features.size;
    features.add(Uint32Array.from(questions[0]!.words), new Uint32Array(0));
    expect(features.size).to.equal(size);
  });
});
