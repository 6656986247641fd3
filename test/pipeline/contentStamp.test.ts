import { expect } from 'chai';
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findContentFiles } from '../../src/content/findContentFiles.js';
import { contentHash, contentStamp, SETTLED_MS } from '../../src/pipeline/contentHash.js';
import { ensureBuilt } from '../../src/pipeline/ensureBuilt.js';
import { readBuildInfo } from '../../src/store/indexFile.js';
import { FIXTURES, tempDir } from '../support/paths.js';

/** A copy of the small fixture content whose files all last changed an hour ago. */
function settledContent(): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  for (const file of findContentFiles(dir).all) age(file);
  return dir;
}

/** An hour ago, in whole seconds: setting it again gives a file exactly the same time. */
const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;

function age(file: string, seconds?: number): void {
  const then = seconds === undefined ? HOUR_AGO : Date.now() / 1000 - seconds;
  utimesSync(file, then, then);
}

describe('contentStamp()', () => {
  it('is the same while no file changes, and changes with a file\'s time or size or a new file', () => {
    const dir = settledContent();
    const stamp = contentStamp(dir);
    expect(stamp).to.match(/^[0-9a-f]{64}$/);
    expect(contentStamp(dir)).to.equal(stamp);
    const file = join(dir, 'fees', 'fees-short.en.md');
    age(file, 60);
    expect(contentStamp(dir)).to.not.equal(stamp);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    age(file);
    expect(contentStamp(dir)).to.not.equal(stamp);
    const other = settledContent();
    writeFileSync(join(other, 'fees', 'fees-new.en.md'), readFileSync(file));
    age(join(other, 'fees', 'fees-new.en.md'));
    expect(contentStamp(other)).to.not.equal(contentStamp(dir));
  });

  it('is not given while a file has just changed: its time may not tell the next write apart', () => {
    const dir = settledContent();
    const file = join(dir, 'fees', 'fees-short.en.md');
    age(file, SETTLED_MS / 1000 - 1);
    expect(contentStamp(dir)).to.equal(undefined);
    age(file, SETTLED_MS / 1000 + 1);
    expect(contentStamp(dir)).to.match(/^[0-9a-f]{64}$/);
  });
});

describe('ensureBuilt() with a content stamp', () => {
  it('records the stamp of settled content and finds the build current by it; a same-size edit is still seen', () => {
    const content = settledContent();
    const out = join(tempDir(), 'kb.sqlite');
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(true);
    expect(readBuildInfo(out)?.contentStamp).to.equal(contentStamp(content));
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(false);
    const file = join(content, 'fees', 'fees-short.en.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('money short', 'money SHORT'));
    expect(readFileSync(file).length).to.equal(Buffer.byteLength(text));
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(true);
    expect(readBuildInfo(out)?.contentStamp, 'the edit is too recent to stamp').to.equal(undefined);
  });

  it('sees an edit that keeps the size and puts the old modification time back: the change time moved', () => {
    const content = settledContent();
    const out = join(tempDir(), 'kb.sqlite');
    ensureBuilt({ contentDir: content, outFile: out });
    const file = join(content, 'fees', 'fees-short.en.md');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('money short', 'money SHORT'));
    utimesSync(file, before.atime, before.mtime);
    const after = statSync(file, { bigint: true });
    expect(after.size).to.equal(BigInt(before.size));
    expect(Number(after.mtimeMs)).to.equal(before.mtimeMs);
    const result = ensureBuilt({ contentDir: content, outFile: out });
    expect(result.rebuilt).to.equal(true);
    expect(readBuildInfo(out)?.contentHash).to.equal(contentHash(content));
  });

  it('falls back to the content hash when only the times changed (a fresh checkout): not stale', () => {
    const content = settledContent();
    const out = join(tempDir(), 'kb.sqlite');
    ensureBuilt({ contentDir: content, outFile: out });
    for (const file of findContentFiles(content).all) age(file, 7200);
    expect(contentStamp(content)).to.not.equal(readBuildInfo(out)?.contentStamp);
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(false);
  });
});
