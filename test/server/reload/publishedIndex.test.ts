import { expect } from 'chai';
import { copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../../../src/pipeline/buildKnowledgeBase.js';
import { KbError } from '../../../src/errors.js';
import { createLogger } from '../../../src/server/process/logger.js';
import { search } from '../../../src/query/search.js';
import { startServer } from '../../../src/server/process/startServer.js';
import { openForServing, openForServingOverlapped } from '../../../src/server/reload/liveKnowledgeBase.js';
import { openPublishedIndex } from '../../../src/server/reload/publishedIndex.js';
import { FIXTURES, tempDir } from '../../support/paths.js';
import { readyzUntil } from '../../support/readyz.js';
import { sampleKb } from '../../support/sampleKb.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

describe('kb serve --published (a replica serving a published index file)', () => {
  let server: TestServer;
  let sampleHash: string;
  beforeEach(async () => {
    sampleHash = sampleKb().kb.info.contentHash;
    server = await startTestServer({ published: true });
  });
  afterEach(() => server.close());

  it('serves the file as it is and swaps to a new one published over it (build to the path: temporary file, then rename)', async () => {
    expect((await readyzUntil(server.url, () => true)).contentHash).to.equal(sampleHash);
    // Searches keep coming while the new file is published and loaded: none may fail.
    let swapped = false;
    const statuses: number[] = [];
    const searching = (async () => {
      while (!swapped) statuses.push((await server.get('/api/suggest?q=fee')).status);
    })();
    const published = buildKnowledgeBase({ contentDir: join(FIXTURES, 'content-min'), outFile: server.indexFile }).info;
    expect(published.contentHash).not.to.equal(sampleHash);
    const ready = await readyzUntil(server.url, (r) => r.contentHash === published.contentHash);
    swapped = true;
    await searching;
    expect(statuses).not.to.be.empty;
    expect(statuses.filter((s) => s !== 200)).to.deep.equal([]);
    expect(ready).to.include({ status: 'ready', articles: published.articles });
    expect(ready.lastBuildError).to.equal(null);
    const hits = (await server.get('/api/suggest?q=fee&limit=20')).body.hits as Array<{ id: string }>;
    expect(hits.map((h) => h.id)).to.include('fees-short');
    expect(server.logs()).to.include('published index loaded; now serving it');
  });

  it('keeps serving the last good index when a broken file is published, says why in /readyz, and recovers on the next good one', async () => {
    const broken = join(tempDir('kb-broken-'), 'x');
    writeFileSync(broken, 'this is not an SQLite file');
    // Renamed over the published file, as a publisher does (both folders are under one tmpdir, one filesystem).
    renameSync(broken, server.indexFile);
    const failed = await readyzUntil(server.url, (r) => r.lastBuildError !== null);
    expect(failed.lastBuildError!.message).to.include(`cannot load the published index ${server.indexFile}`);
    expect(failed).to.include({ status: 'ready', contentHash: sampleHash });
    expect((await server.get('/api/suggest?q=中转行扣费&limit=1')).body.hits[0].id).to.equal('fees-intermediary-deduction');

    const good = buildKnowledgeBase({ contentDir: join(FIXTURES, 'content-min'), outFile: server.indexFile }).info;
    const recovered = await readyzUntil(server.url, (r) => r.contentHash === good.contentHash);
    expect(recovered.lastBuildError).to.equal(null);
  });

  it('reports a published file that disappears, and keeps serving', async () => {
    rmSync(server.indexFile);
    const r = await readyzUntil(server.url, (x) => x.lastBuildError !== null);
    expect(r.lastBuildError!.message).to.include('is missing');
    expect(r).to.include({ status: 'ready', contentHash: sampleHash });
  });
});

describe('startServer({ published: true }) without a published file', () => {
  it('refuses to start, saying how to publish one', async () => {
    const dir = tempDir('kb-nopub-');
    const logger = createLogger('silent');
    const start = startServer(
      { host: '127.0.0.1', port: 0, contentDir: join(dir, 'content'), indexFile: join(dir, 'kb.sqlite'), stateFile: join(dir, 'state.sqlite'), watch: false, published: true, agentTokens: [], agentRateLimit: 100, publicRateLimit: 100 },
      logger,
    );
    const err = await start.then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(KbError);
    expect(err).to.include({ code: 'index.not-found' });
    expect((err as KbError).hint).to.include('kb build --out');
  });
});

describe('openPublishedIndex with the two-thread loader (a large published index)', () => {
  it('loads the same knowledge base as one thread does', async () => {
    const file = join(tempDir('kb-pub2-'), 'kb.sqlite');
    copyFileSync(sampleKb().file, file);
    const { kb, identity } = await openPublishedIndex(file, openForServingOverlapped);
    expect(identity).to.be.a('string');
    const oneThread = openForServing(file);
    expect(kb.info).to.deep.equal(oneThread.info);
    for (const q of ['中转行扣费', 'kyc pending three days', '邮箱被盗 买家付给了骗子']) {
      expect(search(kb, q), q).to.deep.equal(search(oneThread, q));
    }
  });

  it('refuses a damaged file, naming it, as with one thread', async () => {
    const file = join(tempDir('kb-pub3-'), 'kb.sqlite');
    writeFileSync(file, 'this is not an SQLite file');
    const err = await openPublishedIndex(file, openForServingOverlapped).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(KbError);
    expect(err).to.include({ code: 'index.unreadable' });
    expect((err as KbError).message).to.include(`cannot load the published index ${file}`);
  });
});
