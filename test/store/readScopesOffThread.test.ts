import { expect } from 'chai';
import { join } from 'node:path';
import { ensureBuilt } from '../../src/pipeline/ensureBuilt.js';
import { readArticleList } from '../../src/store/articleStore.js';
import { openIndexFile, readScopeBlobs } from '../../src/store/indexFile.js';
import { loadKnowledgeBase } from '../../src/store/loadKnowledgeBase.js';
import { readScopesOffThread } from '../../src/store/readScopesOffThread.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

describe('readScopesOffThread()', () => {
  it('reads the same blobs and article list a read on this thread gives, the blobs as Buffers', async () => {
    const { file } = sampleKb();
    const db = openIndexFile(file);
    const here = readScopeBlobs(db, 'agent');
    const articles = readArticleList(db);
    db.close();
    const read = await readScopesOffThread(file, ['agent']);
    expect(read!.articles.columns()).to.deep.equal(articles.columns());
    expect(read!.articles.entry('withdraw-failed', 'en')).to.deep.equal(articles.entry('withdraw-failed', 'en')).and.to.include({ id: 'withdraw-failed' });
    const there = read?.blobs;
    expect(Object.keys(there!)).to.deep.equal(['agent']);
    for (const kind of ['index', 'relevance'] as const) {
      expect(Object.keys(there!.agent![kind]).sort()).to.deep.equal(Object.keys(here[kind]).sort());
      for (const [part, blob] of Object.entries(there!.agent![kind])) {
        expect(Buffer.isBuffer(blob), part).to.equal(true);
        expect(blob.equals(here[kind][part as keyof typeof here[typeof kind]]), part).to.equal(true);
      }
    }
  });

  it('answers undefined when the file cannot be read there, for the caller to read it and report why', async () => {
    expect(await readScopesOffThread(join(tempDir(), 'missing.sqlite'), ['agent'])).to.equal(undefined);
  });

  it('are used only for the build they were read from: a file renamed over it in between is read again', async () => {
    const { file } = sampleKb();
    const other = join(tempDir(), 'kb.sqlite');
    ensureBuilt({ contentDir: join(FIXTURES, 'content-min'), outFile: other });
    const read = await readScopesOffThread(file, ['agent']);
    const loaded = loadKnowledgeBase(other, ['agent'], [], read);
    expect(loaded.indexes.agent).to.deep.equal(loadKnowledgeBase(other, ['agent']).indexes.agent);
    expect(loaded.articles.list.allIds(), 'the other file\'s article list').to.deep.equal(loadKnowledgeBase(other, ['agent']).articles.list.allIds()).and.not.deep.equal(read!.articles.allIds());
    expect(loaded.indexes.agent).to.not.deep.equal(loadKnowledgeBase(file, ['agent']).indexes.agent);
    expect(loadKnowledgeBase(file, ['agent'], [], read).indexes.agent).to.deep.equal(loadKnowledgeBase(file, ['agent']).indexes.agent);
  });
});
