import { expect } from 'chai';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildCacheFile } from '../../src/pipeline/buildCache.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { search } from '../../src/query/search.js';
import { CONTENT, FIXTURES, tempDir } from '../support/paths.js';
import { runMain } from '../support/runCli.js';

function sampleContent(): string {
  const dir = tempDir();
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

/** Everything an index file holds but its build time: the analyzer, the articles with their passage words, the postings, the relevance models. */
function indexContents(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).raw().all().map((r) => (r as unknown[]).map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    return JSON.stringify([
      rows("SELECT value FROM meta WHERE key = 'analyzer'"),
      rows('SELECT * FROM categories ORDER BY id'),
      rows('SELECT * FROM articles ORDER BY id, locale'),
      rows('SELECT * FROM postings ORDER BY scope, part'),
      rows('SELECT * FROM relevance ORDER BY scope, part'),
    ]);
  } finally {
    db.close();
  }
}

const devQueries = readFileSync(join(FIXTURES, 'queries.dev.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { query: string }).query);

function rankings(file: string): string[][] {
  const kb = KnowledgeBase.open(file);
  return devQueries.map((q) => search(kb, q).hits.map((h) => `${h.id} ${h.score}`));
}

describe('build cache', () => {
  it('after one edited article, analyses that article only, and the index equals a cold build byte for byte', () => {
    const content = sampleContent();
    const out = join(tempDir(), 'kb.sqlite');
    const first = buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 });
    expect(first.stats).to.deep.include({ compiled: 92, analysed: 92, reused: 0 });
    expect(existsSync(buildCacheFile(out))).to.equal(true);

    const file = join(content, 'fees', 'fees-intermediary-deduction.en.md');
    // A body sentence and a similar question: the index, the question matcher, the term model and the confidence's terms all change.
    const edit = readFileSync(file, 'utf8').replace('## ', 'Agents also hear this as a short arrival of funds.\n\n## ').replace('questions:\n', 'questions:\n  - the wire landed short after a correspondent hop\n');
    writeFileSync(file, edit);
    const edited = buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 });
    expect(edited.stats).to.deep.include({ compiled: 1, analysed: 1, reused: 91 });

    const cold = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: content, outFile: cold, workers: 0, cache: false });
    expect(existsSync(buildCacheFile(cold))).to.equal(false);
    expect(indexContents(out)).to.equal(indexContents(cold));
    expect(rankings(out)).to.deep.equal(rankings(cold));
    expect(search(KnowledgeBase.open(out), 'short arrival of funds').hits[0]?.id).to.equal('fees-intermediary-deduction');
    expect(search(KnowledgeBase.open(out), 'landed short after a correspondent hop').hits[0]?.matchedQuestion).to.equal('the wire landed short after a correspondent hop');
  });

  it('analyses everything again when the analyzer configuration changes (a new Chinese tag joins the segmenter dictionary)', () => {
    const content = sampleContent();
    const out = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 });
    const file = join(content, 'fees', 'fees-intermediary-deduction.zh-CN.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^tags: \[/m, 'tags: [到账缩水, '));
    const rebuilt = buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 });
    expect(rebuilt.stats).to.deep.include({ compiled: 1, analysed: 92, reused: 0 });
    const cold = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: content, outFile: cold, workers: 0, cache: false });
    expect(indexContents(out)).to.equal(indexContents(cold));
  });

  it('builds in full, and repairs the cache, when the cache file is damaged', () => {
    const content = sampleContent();
    const out = join(tempDir(), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 });
    writeFileSync(buildCacheFile(out), 'not a database at all, but long enough to look like a header of one');
    expect(buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 }).stats).to.deep.include({ analysed: 92, reused: 0 });
    expect(buildKnowledgeBase({ contentDir: content, outFile: out, workers: 0 }).stats).to.deep.include({ analysed: 0, reused: 92 });
  });
});

describe('kb build --json', () => {
  it('reports how many files it analysed and how many it reused', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'content-min'), join(dir, 'content'), { recursive: true });
    const first = JSON.parse((await runMain(['build', '--json', '--workers', '0'], dir)).stdout) as Record<string, unknown>;
    const files = first.files as number;
    expect(first).to.include({ analysed: files, reused: 0, workers: 0 });
    const again = JSON.parse((await runMain(['build', '--json'], dir)).stdout) as Record<string, unknown>;
    expect(again).to.include({ compiled: 0, analysed: 0, reused: files });
  });

  it('refuses a --workers that is not a whole number, in JSON', async () => {
    const r = await runMain(['build', '--json', '--workers', 'many'], tempDir());
    expect(r.code).to.equal(1);
    expect(JSON.parse(r.stdout).error).to.include({ code: 'cli.bad-workers' });
  });
});

describe('build worker threads', () => {
  it('give the same index with 2 workers as in one thread', () => {
    const one = join(tempDir(), 'kb.sqlite');
    const two = join(tempDir(), 'kb.sqlite');
    expect(buildKnowledgeBase({ contentDir: CONTENT, outFile: one, workers: 0, cache: false }).stats.workers).to.equal(0);
    expect(buildKnowledgeBase({ contentDir: CONTENT, outFile: two, workers: 2, cache: false }).stats).to.deep.include({ workers: 2, analysed: 92 });
    expect(indexContents(two)).to.equal(indexContents(one));
  });

  it('report content errors of files compiled in a worker with their file and line', () => {
    const content = sampleContent();
    cpSync(join(FIXTURES, 'bad-content', 'unsafe-html'), content, { recursive: true });
    const inThread = buildKnowledgeBase({ contentDir: content, outFile: join(tempDir(), 'kb.sqlite'), workers: 0, cache: false }).diagnostics;
    const inWorkers = buildKnowledgeBase({ contentDir: content, outFile: join(tempDir(), 'kb.sqlite'), workers: 2, cache: false }).diagnostics;
    expect(inWorkers.length).to.be.above(0);
    expect(inWorkers).to.deep.equal(inThread);
  });
});
