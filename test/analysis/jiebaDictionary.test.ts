import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prunedFile, pruneDictionary, readJiebaDictionary } from '../../src/analysis/jiebaDictionary.js';

describe('jieba dictionary', () => {
  const source = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));

  it('drops rare nouns, names and idioms and keeps rare verbs, numerals and common words', () => {
    const pruned = pruneDictionary(Buffer.from('付款单 3 n\n收不到 3 v\n一万 4 m\n付款 2000 vn\n张三 2 nr\n', 'utf8')).toString('utf8');
    expect(pruned).to.equal('收不到 3 v\n一万 4 m\n付款 2000 vn\n');
  });

  it('reads, as compiled by `npm run compile`, exactly what pruning jieba\'s own dictionary gives', () => {
    const expected = pruneDictionary(source);
    expect(expected.length).to.be.within(source.length * 0.3, source.length * 0.7);
    expect(existsSync(prunedFile()), prunedFile()).to.equal(true);
    expect(readJiebaDictionary().equals(expected)).to.equal(true);
  });
});
