import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { ensureBuilt } from '../../src/pipeline/ensureBuilt.js';
import { ContentError, KbError } from '../../src/errors.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { search } from '../../src/query/search.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { FORMAT_VERSION, readBuildInfo } from '../../src/store/indexFile.js';
import { STALE_TEMP_MS } from '../../src/store/tempFiles.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

function minContent(): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  return dir;
}

describe('buildKnowledgeBase()', () => {
  it('writes the sample content into one SQLite file that opens with every article in both locales', () => {
    const { file } = sampleKb();
    const data = readKnowledgeBase(file);
    const ids = new Set(data.articles.map((a) => a.id));
    expect(data.info).to.include({ formatVersion: FORMAT_VERSION, articles: ids.size, files: data.articles.length });
    expect(ids.size).to.be.at.least(44);
    expect(data.articles.length).to.be.at.least(88);
    expect(data.info.locales).to.deep.equal(['zh-CN', 'en']);
    for (const id of ids) {
      expect(data.articles.filter((a) => a.id === id).map((a) => a.locale).sort(), id).to.deep.equal(['en', 'zh-CN']);
    }
    expect(data.info.contentHash).to.match(/^[0-9a-f]{64}$/);
    expect(Object.keys(data.indexes).sort()).to.deep.equal(['agent', 'public']);
  });

  it('stores the synonym groups\' terms as its analyzer cut them, so a process that opens the file does not analyse them again', () => {
    const { analyzer } = readKnowledgeBase(sampleKb().file);
    const { synonymPhrases, ...config } = analyzer;
    expect(synonymPhrases).to.have.length(analyzer.synonyms.groups.length);
    expect(synonymPhrases).to.deep.equal(new Analyzer({ synonyms: config.synonyms, userWords: config.userWords }).synonymPhrases);
  });

  it('reports the whole build in totalMs, writing the file and the cache included, while the file stores the time before writing it', () => {
    const outFile = join(tempDir(), 'kb.sqlite');
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const result = buildKnowledgeBase({
      contentDir: join(FIXTURES, 'content-min'),
      outFile,
      // Once the file and the cache are written: time that only totalMs may count.
      onProgress: (p) => void (p.stage === 'write' && p.done === 1 && Atomics.wait(pause, 0, 0, 200)),
    });
    expect(readBuildInfo(outFile)!.durationMs).to.equal(result.info.durationMs);
    expect(result.totalMs - result.info.durationMs).to.be.at.least(199); // both rounded to the ms
  });

  it('answers queries from the built file (build → SQLite → query)', () => {
    const { kb } = sampleKb();
    expect(search(kb, '买家汇了10000美金只到了9975').hits[0]?.id).to.equal('fees-intermediary-deduction');
    expect(search(kb, 'my KYC review has been pending for three days').hits[0]?.id).to.equal('kyc-review-time');
    expect(search(kb, '帳戶被凍結了').hits[0]?.id).to.equal('security-account-frozen');
  });

  it('leaves the previous file byte-identical when a build fails', () => {
    const content = minContent();
    const out = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: content, outFile: out });
    const before = readFileSync(out);
    writeFileSync(join(content, 'fees', 'fees-short.en.md'), '---\nid: [broken\n---\n');
    expect(() => buildKnowledgeBase({ contentDir: content, outFile: out })).to.throw(ContentError);
    expect(readFileSync(out).equals(before)).to.equal(true);
    // The build cache of the first build stays beside the index; the failed build added nothing.
    expect(readdirSync(join(out, '..')).sort()).to.deep.equal(['kb.build-cache.sqlite', 'kb.sqlite']);
  });

  it('fails on warnings under strict, and still leaves the previous file alone', () => {
    const content = minContent();
    const out = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: content, outFile: out });
    const before = readFileSync(out);
    cpSync(join(FIXTURES, 'bad-content', 'unsafe-html'), content, { recursive: true });
    expect(() => buildKnowledgeBase({ contentDir: content, outFile: out, strict: true })).to.throw(ContentError);
    expect(readFileSync(out).equals(before)).to.equal(true);
    expect(buildKnowledgeBase({ contentDir: content, outFile: out }).info.warnings).to.be.above(0);
  });

  it('refuses to read a file of another format version', () => {
    const out = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: minContent(), outFile: out });
    const db = new Database(out);
    db.pragma(`user_version = ${FORMAT_VERSION + 1}`);
    db.close();
    expect(() => readKnowledgeBase(out)).to.throw(KbError, /format version/).with.property('code', 'index.format-mismatch');
  });
});

describe('buildKnowledgeBase() output file', () => {
  it('removes the temporary files of builds that were killed, and keeps those of a build still running', () => {
    const dir = tempDir();
    const out = join(dir, 'kb.sqlite');
    // The pid of a process that was killed with SIGKILL, as `kill -9` during a write leaves it.
    const killed = spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGKILL")']);
    expect(killed.signal).to.equal('SIGKILL');
    const now = Date.now();
    const left = {
      killed: `kb.sqlite.${killed.pid}.${now - 5000}.tmp`,
      ancient: `kb.sqlite.${process.pid}.${now - STALE_TEMP_MS - 1000}.tmp`,
      running: `kb.sqlite.${process.pid}.${now}.tmp`,
      otherIndex: `other.sqlite.${killed.pid}.${now}.tmp`,
    };
    for (const name of Object.values(left)) writeFileSync(join(dir, name), 'half a database');
    buildKnowledgeBase({ contentDir: minContent(), outFile: out });
    expect(readdirSync(dir).sort()).to.deep.equal(['kb.build-cache.sqlite', 'kb.sqlite', left.running, left.otherIndex].sort());
  });

  it('says in one line which part of an impossible path is in the way', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'somefile'), 'not a folder');
    const out = join(dir, 'somefile', 'x.sqlite');
    expect(() => buildKnowledgeBase({ contentDir: minContent(), outFile: out }))
      .to.throw(KbError, `index: cannot write ${out}: ${join(dir, 'somefile')} is a file, not a folder`)
      .with.property('hint', 'choose another path for the index (--out / --index)');
  });

  it('refuses to write over a folder', () => {
    const out = join(tempDir(), 'kb.sqlite');
    mkdirSync(out);
    expect(() => buildKnowledgeBase({ contentDir: minContent(), outFile: out })).to.throw(KbError, `index: cannot write ${out}: it is a folder`);
    expect(readdirSync(join(out, '..'))).to.deep.equal(['kb.sqlite']);
  });
});

describe('ensureBuilt()', () => {
  it('builds when missing, reuses when current, rebuilds when the content changes', () => {
    const content = minContent();
    const out = join(tempDir(), 'kb.sqlite');
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(true);
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(false);
    const file = join(content, 'fees', 'fees-short.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('money short', 'money short, a shortfall'));
    expect(ensureBuilt({ contentDir: content, outFile: out }).rebuilt).to.equal(true);
    expect(search(KnowledgeBase.open(out), 'shortfall').hits.map((h) => h.id)).to.deep.equal(['fees-short']);
  });

  it('keeps using the last good build when the changed content is broken', () => {
    const content = minContent();
    const out = join(tempDir(), 'kb.sqlite');
    const first = ensureBuilt({ contentDir: content, outFile: out });
    writeFileSync(join(content, 'fees', 'fees-short.en.md'), 'no front matter');
    const second = ensureBuilt({ contentDir: content, outFile: out });
    expect(second.rebuilt).to.equal(false);
    expect(second.buildError).to.be.instanceOf(ContentError);
    expect(second.info.contentHash).to.equal(first.info.contentHash);
  });
});
