import { expect } from 'chai';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findContentFiles } from '../../src/content/findContentFiles.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { contentHash, ContentHasher } from '../../src/pipeline/contentHash.js';
import { CONTENT, tempDir } from '../support/paths.js';

describe('ContentHasher', () => {
  it('gives contentHash() from the bytes it is given, in any order, reading the files it is not given', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    const found = findContentFiles(dir);
    const articles = found.articles.map((f) => f.path);
    const hasher = new ContentHasher(dir, found.all, new Set(articles));
    // Reversed: every file arrives before the ones sorted ahead of it.
    for (const path of [...articles].reverse()) hasher.add(path, readFileSync(path));
    expect(hasher.digest()).to.equal(contentHash(dir));
  });

  it('is what a build records, with and without worker threads', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    for (const workers of [0, 2]) {
      const { info } = buildKnowledgeBase({ contentDir: dir, outFile: join(tempDir(), 'kb.sqlite'), workers });
      expect(info.contentHash).to.equal(contentHash(dir));
    }
  });
});
