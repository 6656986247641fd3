import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { EnglishDictionary } from '../../src/analysis/englishDictionary.js';

describe('EnglishDictionary', () => {
  it('finds every line of a sorted list and nothing else, at its ends and between neighbours', () => {
    const words = ['a', 'ab', 'abc', 'b', 'ba', 'visa', 'vis', 'z', 'zz'].sort();
    const dictionary = EnglishDictionary.of(Buffer.from(`${words.join('\n')}\n`));
    for (const w of words) expect(dictionary.has(w), w).to.equal(true);
    for (const w of ['', 'aa', 'abcd', 'bb', 'c', 'visas', 'vi', 'zzz', '0', '~']) expect(dictionary.has(w), w).to.equal(false);
  });

  it('knows the word-list package\'s words, inflected forms included, and the names and newer words it lacks, and not common typos', () => {
    const english = EnglishDictionary.load();
    for (const w of ['visa', 'flight', 'flights', 'dropped', 'spent', 'referral', 'aa', 'zyzzyvas']) expect(english.has(w), w).to.equal(true);
    for (const w of ['recieve', 'withdrawl', 'acount', 'verfication', 'transfered']) expect(english.has(w), w).to.equal(false);
    // Words of today the list predates, and the names it has none of: countries, months, weekdays, cities.
    for (const w of ['wifi', 'paypal', 'whatsapp', 'iraq', 'togo', 'burkina', 'faso', 'december', 'thursday', 'lagos', 'american']) expect(english.has(w), w).to.equal(true);
  });

  it('finds all but a handful of the package\'s 274,000 words (its list has two pairs out of order)', () => {
    const words = readFileSync(wordListPath, 'latin1').trim().split('\n');
    const english = EnglishDictionary.load();
    expect(words.length).to.be.above(270_000);
    expect(words.filter((w) => !english.has(w)).length).to.be.below(10);
  });
});
