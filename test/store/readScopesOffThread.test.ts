import { expect } from 'chai';
import { join } from 'node:path';
import { openIndexFile, readScopeBlobs } from '../../src/store/knowledgeBaseFile.js';
import { readScopesOffThread } from '../../src/store/readScopesOffThread.js';
import { tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

describe('readScopesOffThread()', () => {
  it('reads the same blobs a read on this thread gives, as Buffers', async () => {
    const { file } = sampleKb();
    const db = openIndexFile(file);
    const here = readScopeBlobs(db, 'agent');
    db.close();
    const there = await readScopesOffThread(file, ['agent']);
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
});
