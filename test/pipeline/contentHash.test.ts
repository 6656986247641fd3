import { expect } from 'chai';
import { cpSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findContentFiles } from '../../src/content/findContentFiles.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { contentHash, ContentHasher, contentStamp } from '../../src/pipeline/contentHash.js';
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

  it('names each file relative to the folder however the folder is spelled', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    const settled = Date.now() + 60_000;
    const spellings = [dir, `${dir}/`, `${dir}/.`, join(dir, 'fees', '..'), relative(process.cwd(), dir)];
    const hashes = spellings.map((root) => contentHash(root));
    const stamps = spellings.map((root) => contentStamp(root, undefined, settled));
    expect(new Set(hashes).size, 'content hashes').to.equal(1);
    expect(new Set(stamps).size, 'stamps').to.equal(1);
    expect(stamps[0]).to.be.a('string');
    // Only the names within the folder count, not where the folder is.
    const moved = tempDir();
    cpSync(CONTENT, moved, { recursive: true });
    expect(contentHash(moved)).to.equal(hashes[0]);
  });
});
