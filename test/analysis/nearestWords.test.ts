import { expect } from 'chai';
import { NearestWords } from '../../src/analysis/nearestWords.js';
import { editDistance } from '../../src/shared/editDistance.js';

/** What the speller did before the index: compare the word with every vocabulary word of a near length. */
function scan(vocabulary: readonly string[], word: string, max: number): string[] {
  let best: string[] = [];
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const d = editDistance(word, candidate, Math.min(max, bestDistance));
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance && d <= max) best.push(candidate);
  }
  return best.sort();
}

/** A small deterministic generator (tests never depend on Math.random). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `word` with `edits` random substitutions, insertions, deletions or adjacent transpositions. */
function typo(word: string, edits: number, next: () => number, letters: string): string {
  let w = word;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (w.length + 1));
    const letter = letters[Math.floor(next() * letters.length)]!;
    const kind = Math.floor(next() * 4);
    if (kind === 0) w = w.slice(0, at) + letter + w.slice(at + 1);
    else if (kind === 1) w = w.slice(0, at) + letter + w.slice(at);
    else if (kind === 2) w = w.slice(0, at) + w.slice(at + 1);
    else if (at + 1 < w.length) w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  }
  return w;
}

describe('NearestWords', () => {
  // Syllable-made words share long prefixes (the generated vocabulary's hard case), plus
  // words that are prefixes of others, duplicates, digits, apostrophes, non-ASCII and astral characters.
  const syllables = ['bri', 'vas', 'zan', 'sel', 'tor', 'ka', 'lo', 'ren', 'quі', 'tu'];
  const next = random(7);
  const made = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  const vocabulary = [...made, 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefgh', 'abcdefghij', "don't", 'mt103', '71a', 'café', 'cafe', 'naïve', 'x😀yz', 'x😀yzw', 'recieved', 'received', 'receive', 'briv', 'briv'];

  it('finds what comparing with every word finds, for typos of one to three edits and unrelated words, sorted or not', () => {
    const unsorted = [...vocabulary].reverse();
    const index = new NearestWords(unsorted);
    const letters = 'abrvsztnlkoq😀é';
    const words = [
      ...vocabulary.filter((_, i) => i % 15 === 0 || i >= made.length).flatMap((w, i) => [typo(w, 1 + (i % 3), next, letters), typo(w, 1, next, letters)]),
      ...Array.from({ length: 40 }, () => typo('zzzzzzzz', 4, next, letters)),
      'recieve', 'abdc', 'brivv', 'x😀yw', 'cafés', '',
    ];
    let found = 0;
    for (const word of words) {
      for (const max of [1, 2, 3]) {
        const expected = scan(unsorted, word, max);
        expect(index.nearest(word, max).sort(), `${word} within ${max}`).to.deep.equal(expected);
        if (expected.length) found++;
      }
    }
    // Most typos have a nearest word, several have more than one: the comparison is not vacuous.
    expect(found).to.be.above(words.length);
    expect(index.nearest('brivv', 1)).to.deep.equal(['briv', 'briv']);
  });

  it('knows exactly its vocabulary\'s words, sorted or not', () => {
    const known = new Set(vocabulary);
    for (const index of [new NearestWords(vocabulary), new NearestWords([...vocabulary].reverse())]) {
      for (const word of [...vocabulary, 'recieve', 'abcdefg', 'x😀y', 'caf', '']) expect(index.has(word), word).to.equal(known.has(word));
    }
  });

  it('counts an adjacent transposition as one edit, as editDistance does', () => {
    const index = new NearestWords(['received', 'abcdefgh']);
    expect(index.nearest('recieved', 1)).to.deep.equal(['received']);
    expect(index.nearest('bacdefhg', 2)).to.deep.equal(['abcdefgh']);
    expect(index.nearest('bacdefhg', 1)).to.deep.equal([]);
  });

  it("skips a pruned prefix's words a block at a time only while they all share that prefix", () => {
    // 100 words under "aa" (pruned at depth 2 for "bbbbbbbb"), then the answer, sharing only "a" with them, in the same block of 64.
    const words = [...Array.from({ length: 100 }, (_, i) => `aa${String(i).padStart(6, '0')}`), 'abbbbbbb', ...Array.from({ length: 100 }, (_, i) => `ac${String(i).padStart(6, '0')}`)];
    expect(new NearestWords(words).nearest('bbbbbbbb', 1)).to.deep.equal(['abbbbbbb']);
    expect(new NearestWords(words).nearest('bbbbbbbb', 1)).to.deep.equal(scan(words, 'bbbbbbbb', 1));
  });
});
