import { expect } from 'chai';
import { stem } from '../../src/analysis/englishWords.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ForeignWords, listWords } from '../../src/analysis/foreignWords.js';
import { pinyinSyllables, Speller } from '../../src/analysis/speller.js';
import { editDistance } from '../../src/shared/editDistance.js';
import { seededRandom } from '../../src/shared/seededRandom.js';
import { openIndexFile, readHeader } from '../../src/store/indexFile.js';
import { sampleKb } from '../support/sampleKb.js';

/** The closest words by a scan of the whole vocabulary with no shortcut: what correctLatin must return. */
function fullScan(vocabulary: string[], word: string): string[] {
  if (vocabulary.includes(word)) return [];
  const max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (!max) return [];
  const distances = vocabulary.map((w) => [w, editDistance(word, w)] as const).filter(([, d]) => d <= max);
  const best = Math.min(...distances.map(([, d]) => d));
  return distances.filter(([, d]) => d === best).map(([w]) => w).sort().slice(0, 3);
}

describe('Speller.correctLatin()', () => {
  it('finds exactly the words a full scan finds, on a large vocabulary of lookalikes and typos of every kind', function () {
    // The full scan it compares with takes ~8 s alone and over 30 s on a loaded 2-core machine.
    this.timeout(180_000);
    const random = seededRandom(5);
    const letters = 'abcdeilmnorstu-9';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    const vocabulary = [...new Set(Array.from({ length: 4000 }, () => word(3 + Math.floor(random() * 9))))].sort();
    const typo = (w: string) => {
      const i = Math.floor(random() * w.length);
      const edits = [
        () => w.slice(0, i) + word(1) + w.slice(i + 1),
        () => w.slice(0, i) + word(1) + w.slice(i),
        () => w.slice(0, i) + w.slice(i + 1),
        () => w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2),
      ];
      return edits[Math.floor(random() * edits.length)]!();
    };
    // No real English words nor other languages' words: the nearest words, compared with the scan, are the subject here.
    const speller = new Speller({ latin: vocabulary, han: [] }, (w) => w, { has: () => false }, { has: () => false });
    const queries = Array.from({ length: 600 }, () => {
      const w = vocabulary[Math.floor(random() * vocabulary.length)]!;
      return random() < 0.5 ? typo(w) : typo(typo(w));
    });
    const found = queries.map((q) => speller.correctLatin(q));
    expect(found.filter((f) => f.length).length, 'most typos have a correction').to.be.above(300);
    expect(found).to.deep.equal(queries.map((q) => fullScan(vocabulary, q)));
  });
});

describe('Speller: typos the content itself holds', () => {
  const english = new Set(['withdraw', 'withdrawal', 'withdrawn', 'received', 'visa', 'via']);
  const vocabulary = ['fapiao', 'received', 'recieved', 'via', 'visa', 'whalesail', 'withdraw', 'withdrawal', 'withdrawl'];
  const speller = new Speller({ latin: vocabulary, han: [] }, (w) => w, english);

  it('gives a known word that is no English word the real English content words one edit away', () => {
    expect(speller.correctLatin('withdrawl')).to.deep.equal(['withdraw', 'withdrawal']);
    expect(speller.correctLatin('recieved')).to.deep.equal(['received']);
  });

  it('leaves real English words, names and pinyin as they are', () => {
    for (const w of ['withdrawal', 'visa', 'whalesail', 'fapiao']) expect(speller.correctLatin(w), w).to.deep.equal([]);
  });
});

describe('Speller: a bank\'s 行', () => {
  const words = ['中间行', '收款行', '行不行', '银行'];
  const speller = new Speller({ latin: [], han: words.map((w) => [w, pinyinSyllables(w).join('')] as [string, string]) }, (w) => w, new Set<string>());

  it('reads 行 closing a word of three characters as háng, as pinyin typed and homophones say it', () => {
    expect(speller.hanOfPinyin('zhongjianhang')).to.deep.equal(['中间行']);
    expect(speller.hanOfPinyin('shoukuanhang')).to.deep.equal(['收款行']);
    expect(speller.correctHan('收款航', ['收款', '航'])).to.deep.include({ typo: '收款航', word: '收款行' });
  });

  it('keeps the reading pinyin-pro gives too, and 行 elsewhere as it is', () => {
    expect(speller.hanOfPinyin('zhongjianxing')).to.deep.equal(['中间行']);
    expect(speller.hanOfPinyin('xingbuhang')).to.deep.equal([]);
    expect(speller.hanOfPinyin('yinhang')).to.deep.equal(['银行']);
  });
});

describe('Speller: other languages\' words', () => {
  const vocabulary = ['ben', 'come', 'hold', 'payment'];

  it('leaves a word of a buyer\'s other language alone, and still corrects a typo that is no word of any', () => {
    const speller = new Speller({ latin: vocabulary, han: [] }, (w) => w, { has: () => false }, ForeignWords.of(['como', 'buen']));
    expect(speller.correctLatin('como')).to.deep.equal([]);
    expect(speller.correctLatin('buen')).to.deep.equal([]);
    expect(speller.correctLatin('holld')).to.deep.equal(['hold']);
    expect(speller.correctLatin('paymnt')).to.deep.equal(['payment']);
  });

  it('knows the Spanish, Portuguese, French, Indonesian and Tagalog everyday words, folded as the analysis folds them, and not English typed without its apostrophe', () => {
    const foreign = ForeignWords.load();
    for (const w of ['como', 'buen', 'para', 'pero', 'hola', 'mais', 'sudah', 'aming']) expect(foreign.has(w), w).to.equal(true);
    expect(foreign.has('estara'), 'estará, folded').to.equal(true);
    for (const w of ['dont', 'payment', 'transfer', 'recieve', 'withdrawl']) expect(foreign.has(w), w).to.equal(false);
  });

  it('reads, as compiled by `npm run compile`, exactly the words of the package\'s lists', () => {
    const compiled = readFileSync(fileURLToPath(new URL('../../foreign-words.txt', import.meta.url)), 'utf8').split('\n').filter(Boolean);
    expect(compiled).to.deep.equal([...listWords()].sort());
  });
});

describe('Speller: the vocabulary\'s stems', () => {
  it('are stored by the build (each English word\'s stem, once, sorted), and a file built without them corrects the same', () => {
    const db = openIndexFile(sampleKb().file);
    const { vocabulary } = readHeader(db).analyzer;
    db.close();
    const { latin, latinStems } = vocabulary!;
    expect(latinStems).to.deep.equal([...new Set(latin.map(stem))].sort());
    expect(latinStems!.length, 'words sharing a stem').to.be.below(latin.length);
    const stored = new Speller(vocabulary!, stem);
    const stemmedAtStart = new Speller({ latin, han: vocabulary!.han }, stem);
    const words = latin.flatMap((w) => [w, `${w}s`, `${w}ing`, w.slice(1), `${w.slice(0, -1)}x`]).filter((w) => w.length >= 4);
    const corrections = words.map((w) => stored.correctLatin(w));
    expect(corrections.filter((c) => c.length).length, 'typos corrected').to.be.above(100);
    expect(corrections).to.deep.equal(words.map((w) => stemmedAtStart.correctLatin(w)));
  });
});
