import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../src/pipeline/contentHash.js';
import { FIXTURES } from '../support/paths.js';
import type { LiveKnowledgeBase } from '../../src/server/reload/liveKnowledgeBase.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer } from '../../src/server/process/startServer.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Every wait here is for the event itself (the served content hash, a reported error),
 * with a ceiling far above the 2 s the watcher is built for, so a busy machine only makes
 * the test slower, never red. How fast a change is picked up is measured by the bench.
 */
const CEILING_MS = 60_000;

async function until<T>(what: string, check: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + CEILING_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waited ${CEILING_MS} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('kb serve --watch', function () {
  this.timeout(CEILING_MS * 3);
  let server: TestServer;
  let file: string;
  beforeEach(async () => {
    server = await startTestServer({ watch: true }, join(FIXTURES, 'content-min'));
    file = join(server.contentDir, 'fees', 'fees-short.en.md');
  });
  afterEach(() => server.close());

  const readyz = async () => (await server.get('/readyz')).body as { status: string; contentHash: string; builtAt: string; lastBuildError: { message: string; errors: string[] } | null };
  const hits = async (q: string) => ((await server.get(`/api/suggest?q=${encodeURIComponent(q)}`)).body.hits as Array<{ id: string }>).map((h) => h.id);
  /** Waits until the index being served was built from exactly what is on disk now. */
  const servesDisk = (live: LiveKnowledgeBase = server.live) => {
    const onDisk = contentHash(server.contentDir);
    return until('the served index to match the content on disk', async () => live.current.info.contentHash === onDisk);
  };
  /** Waits for a failed build to be reported (what /readyz shows as lastBuildError). */
  const failure = (live: LiveKnowledgeBase = server.live) => until('a build failure to be reported', async () => live.lastError);
  const addQuestion = (text: string, question: string) => text.replace('  - money short\n', `  - money short\n  - ${question}\n`);

  it('makes an edit written in place searchable', async () => {
    expect(await hits('zanzibar')).to.deep.equal([]);
    writeFileSync(file, addQuestion(readFileSync(file, 'utf8'), 'zanzibar transfer went missing'));
    await servesDisk();
    expect(await hits('zanzibar')).to.deep.equal(['fees-short']);
  });

  it('keeps seeing a file saved by rename, save after save (sed -i)', async () => {
    for (const word of ['zanzibar', 'kathmandu', 'valparaiso']) {
      const sed = spawnSync('sed', ['-i', `s/  - money short/  - money short\\n  - ${word} transfer went missing/`, file]);
      expect(sed.status, String(sed.stderr)).to.equal(0);
      await servesDisk();
      expect(await hits(word), word).to.deep.equal(['fees-short']);
    }
  });

  it("keeps seeing a file saved the way editors' safe-write does (temp file renamed over it, or backup then write)", async () => {
    const tmp = join(server.contentDir, 'fees', '.fees-short.en.md.swp');
    writeFileSync(tmp, addQuestion(readFileSync(file, 'utf8'), 'zanzibar transfer went missing'));
    renameSync(tmp, file);
    await servesDisk();
    expect(await hits('zanzibar')).to.deep.equal(['fees-short']);

    const text = readFileSync(file, 'utf8');
    renameSync(file, `${file}~`);
    writeFileSync(file, addQuestion(text, 'kathmandu transfer went missing'));
    rmSync(`${file}~`);
    await servesDisk();
    expect(await hits('kathmandu')).to.deep.equal(['fees-short']);
  });

  it('serves a new article, and drops it when its file is deleted', async () => {
    const added = join(server.contentDir, 'fees', 'fees-zanzibar.en.md');
    const text = readFileSync(file, 'utf8').replace('id: fees-short', 'id: fees-zanzibar').replace(/questions:\n(  - .*\n)+/, 'questions:\n  - zanzibar transfer went missing\n').replace('related: [fees-secret]\n', '');
    writeFileSync(added, text);
    await servesDisk();
    expect(await hits('zanzibar')).to.deep.equal(['fees-zanzibar']);
    rmSync(added);
    await servesDisk();
    expect(await hits('zanzibar')).to.deep.equal([]);
    expect((await server.get('/api/articles/fees-zanzibar')).status).to.equal(404);
  });

  it('reports a content folder moved away in /readyz, keeps serving, and recovers when it is moved back', async () => {
    const away = `${server.contentDir}-away`;
    const served = (await readyz()).contentHash;
    renameSync(server.contentDir, away);
    await failure();
    const ready = await readyz();
    expect(ready).to.include({ status: 'ready', contentHash: served });
    expect(ready.lastBuildError?.message).to.match(/^content folder .* is missing \(moved or deleted\)$/);
    expect(await hits('money short')).to.include('fees-short');

    writeFileSync(join(away, 'fees', 'fees-short.en.md'), addQuestion(readFileSync(join(away, 'fees', 'fees-short.en.md'), 'utf8'), 'zanzibar transfer went missing'));
    renameSync(away, server.contentDir);
    await servesDisk();
    expect((await readyz()).lastBuildError).to.equal(null);
    expect(await hits('zanzibar')).to.deep.equal(['fees-short']);

    // The watcher follows the folder that is there now, not the one that went away.
    writeFileSync(file, addQuestion(readFileSync(file, 'utf8'), 'kathmandu transfer went missing'));
    await servesDisk();
    expect(await hits('kathmandu')).to.deep.equal(['fees-short']);
  });

  it('follows a content folder deleted and recreated', async () => {
    rmSync(server.contentDir, { recursive: true });
    expect((await failure()).message).to.match(/content folder .* is missing/);
    cpSync(join(FIXTURES, 'content-min'), server.contentDir, { recursive: true });
    writeFileSync(file, addQuestion(readFileSync(file, 'utf8'), 'zanzibar transfer went missing'));
    await servesDisk();
    expect(await hits('zanzibar')).to.deep.equal(['fees-short']);

    writeFileSync(file, addQuestion(readFileSync(file, 'utf8'), 'kathmandu transfer went missing'));
    await servesDisk();
    expect(await hits('kathmandu')).to.deep.equal(['fees-short']);
  });

  it('reports at start a content folder that is not there, and serves it once it appears', async () => {
    // A second server on the first one's index, with the content folder gone.
    await server.close();
    const away = `${server.contentDir}-away`;
    renameSync(server.contentDir, away);
    let logged = '';
    const second = await startServer(
      { host: '127.0.0.1', port: 0, contentDir: server.contentDir, indexFile: server.indexFile, stateFile: join(server.contentDir, '..', 'state.sqlite'), watch: true, agentTokens: [], agentRateLimit: 100_000, publicRateLimit: 100_000 },
      createLogger('info', { write: (s: string) => void (logged += s) }),
    );
    try {
      expect((await failure(second.live)).message).to.match(/content folder .* is missing/);
      expect(logged).to.include('content folder');
      writeFileSync(join(away, 'fees', 'fees-short.en.md'), addQuestion(readFileSync(join(away, 'fees', 'fees-short.en.md'), 'utf8'), 'zanzibar transfer went missing'));
      renameSync(away, server.contentDir);
      await servesDisk(second.live);
      expect(second.live.lastError).to.equal(undefined);
    } finally {
      await second.close();
    }
  });

  it('keeps serving the last good index on a broken edit, reports it in /readyz, and recovers', async () => {
    const before = await readyz();
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('title: Why less money arrived', 'title: [unclosed'));
    await failure();
    const ready = await readyz();
    expect(ready.lastBuildError?.errors[0]).to.match(/^fees\/fees-short\.en\.md:3: error: invalid YAML/);
    expect(ready).to.include({ status: 'ready', contentHash: before.contentHash, builtAt: before.builtAt });
    expect((await server.get('/api/articles/fees-short?locale=en')).body.title).to.equal('Why less money arrived');
    expect(server.logs()).to.include('content build failed, still serving the last good index');

    writeFileSync(file, addQuestion(good, 'zanzibar transfer went missing'));
    await servesDisk();
    expect((await readyz()).lastBuildError).to.equal(null);
    expect(await hits('zanzibar')).to.deep.equal(['fees-short']);
  });
});
