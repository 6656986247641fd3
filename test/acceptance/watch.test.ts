import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Polls `check` until it returns true or `ms` pass; returns the time it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

describe('kb serve --watch', () => {
  let server: TestServer;
  let file: string;
  before(async () => {
    server = await startTestServer({ watch: true }, join(FIXTURES, 'content-min'));
    file = join(server.contentDir, 'fees', 'fees-short.en.md');
  });
  after(() => server.close());

  const hits = async (q: string) => ((await server.get(`/api/suggest?q=${encodeURIComponent(q)}`)).body.hits as Array<{ id: string }>).map((h) => h.id);

  it('makes an edit searchable within 2 s', async () => {
    expect(await hits('zanzibar')).to.deep.equal([]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - money short\n', '  - money short\n  - zanzibar transfer went missing\n'));
    await within(2000, async () => (await hits('zanzibar')).includes('fees-short'));
  });

  it('keeps serving the last good index on a broken edit, and reports it in /readyz', async () => {
    const before = (await server.get('/readyz')).body;
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('title: Why less money arrived', 'title: [unclosed'));
    await within(3000, async () => (await server.get('/readyz')).body.lastBuildError !== null);
    const ready = (await server.get('/readyz')).body;
    expect(ready).to.include({ status: 'ready', contentHash: before.contentHash, builtAt: before.builtAt });
    expect(ready.lastBuildError.errors[0]).to.match(/^fees\/fees-short\.en\.md:3: error: invalid YAML/);
    expect(await hits('zanzibar')).to.include('fees-short');
    expect((await server.get('/api/articles/fees-short?locale=en')).body.title).to.equal('Why less money arrived');
    expect(server.logs()).to.include('content build failed, still serving the last good index');

    writeFileSync(file, good);
    await within(3000, async () => (await server.get('/readyz')).body.lastBuildError === null);
    expect((await server.get('/readyz')).body.builtAt).not.to.equal(before.builtAt);
  });
});
