import { expect } from 'chai';
import Database from 'better-sqlite3';
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findContentFiles } from '../../../src/content/findContentFiles.js';
import { ContentError, KbError } from '../../../src/errors.js';
import { contentHash } from '../../../src/pipeline/contentHash.js';
import { ensureBuilt } from '../../../src/pipeline/ensureBuilt.js';
import { search } from '../../../src/query/search.js';
import { openCheckedIndex } from '../../../src/server/process/openCheckedIndex.js';
import { openForServing } from '../../../src/server/reload/liveKnowledgeBase.js';
import { readBuildInfo } from '../../../src/store/indexFile.js';
import { FIXTURES, tempDir } from '../../support/paths.js';

/** A built copy of the small fixture content, its files last changed an hour ago (so the build records a stamp). */
function builtContent(): { contentDir: string; indexFile: string } {
  const contentDir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), contentDir, { recursive: true });
  const hourAgo = Math.floor(Date.now() / 1000) - 3600;
  for (const file of findContentFiles(contentDir).all) utimesSync(file, hourAgo, hourAgo);
  const indexFile = join(tempDir(), 'kb.sqlite');
  ensureBuilt({ contentDir, outFile: indexFile });
  return { contentDir, indexFile };
}

const EDITED = join('fees', 'fees-short.en.md');

/** Small or large, a damaged index whose content is current is refused with the error opening it gives (never served, never rebuilt over). */
function refusesADamagedIndex(checkAfterReadyFrom: number): void {
  it('refuses a damaged index whose content is current, with the error opening it gives', async () => {
    const target = builtContent();
    const db = new Database(target.indexFile);
    db.prepare("DELETE FROM relevance WHERE scope = 'agent' AND part = 'termDf'").run();
    db.close();
    const failure = await openCheckedIndex(target, checkAfterReadyFrom).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).to.be.instanceOf(KbError).with.property('code', 'index.corrupt');
  });
}

describe('openCheckedIndex() of a small index: the content checked first', () => {
  const checkAfterReadyFrom = Infinity;

  it('serves a current index as it is, without building', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    const { built, kb } = await openCheckedIndex(target, checkAfterReadyFrom);
    expect(built.rebuilt).to.equal(false);
    expect(kb.info).to.deep.equal(before);
    const reference = openForServing(target.indexFile);
    for (const query of ['fees', 'money short', 'fe', '中转行扣费']) expect(search(kb, query), query).to.deep.equal(search(reference, query));
    expect(search(kb, 'fees').hits.length).to.be.above(0);
  });

  it('rebuilds an index whose content changed (same size, old modification time put back) and serves the new build', async () => {
    const target = builtContent();
    const file = join(target.contentDir, EDITED);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('money short', 'money SHORT'));
    utimesSync(file, atime, mtime);
    const { built, kb } = await openCheckedIndex(target, checkAfterReadyFrom);
    expect(built.rebuilt).to.equal(true);
    expect(kb.info.contentHash).to.equal(contentHash(target.contentDir));
    expect(readBuildInfo(target.indexFile)!.contentHash).to.equal(kb.info.contentHash);
  });

  refusesADamagedIndex(checkAfterReadyFrom);

  it('keeps serving the last build when changed content has errors, and returns them', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    writeFileSync(join(target.contentDir, 'fees', 'fees-broken.en.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    const { built, kb } = await openCheckedIndex(target, checkAfterReadyFrom);
    expect(built.rebuilt).to.equal(false);
    expect(built.buildError).to.be.instanceOf(ContentError);
    expect(kb.info).to.deep.equal(before);
  });
});

describe('openCheckedIndex() of a large index: served first, checked once ready', () => {
  const checkAfterReadyFrom = 0;

  it('serves a current index unchecked, as it is', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    const { built, kb, unchecked } = await openCheckedIndex(target, checkAfterReadyFrom);
    expect(unchecked).to.equal(true);
    expect(built.rebuilt).to.equal(false);
    expect(kb.info).to.deep.equal(before);
    const reference = openForServing(target.indexFile);
    for (const query of ['fees', 'money short', 'fe', '中转行扣费']) expect(search(kb, query), query).to.deep.equal(search(reference, query));
  });

  it('serves the last build of changed content unchecked, and builds nothing', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    writeFileSync(join(target.contentDir, EDITED), readFileSync(join(target.contentDir, EDITED), 'utf8').replace('money short', 'money SHORT'));
    const { built, kb, unchecked } = await openCheckedIndex(target, checkAfterReadyFrom);
    expect(unchecked).to.equal(true);
    expect(built.rebuilt).to.equal(false);
    expect(kb.info).to.deep.equal(before);
    expect(readBuildInfo(target.indexFile)).to.deep.equal(before);
  });

  refusesADamagedIndex(checkAfterReadyFrom);
});
