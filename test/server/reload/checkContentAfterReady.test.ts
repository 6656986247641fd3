import { expect } from 'chai';
import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findContentFiles } from '../../../src/content/findContentFiles.js';
import { contentHash } from '../../../src/pipeline/contentHash.js';
import { ensureBuilt } from '../../../src/pipeline/ensureBuilt.js';
import { search } from '../../../src/query/search.js';
import { createLogger } from '../../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../../src/server/process/startServer.js';
import { readBuildInfo } from '../../../src/store/indexFile.js';
import { FIXTURES, tempDir } from '../../support/paths.js';
import { readyzUntil, type Readiness } from '../../support/readyz.js';

/** The minimal content built into an index, its files last changed an hour ago (so the build records a stamp). */
function builtContent() {
  const dir = tempDir('kb-check-after-');
  const contentDir = join(dir, 'content');
  cpSync(join(FIXTURES, 'content-min'), contentDir, { recursive: true });
  const hourAgo = Math.floor(Date.now() / 1000) - 3600;
  for (const file of findContentFiles(contentDir).all) utimesSync(file, hourAgo, hourAgo);
  const indexFile = join(dir, 'kb.sqlite');
  ensureBuilt({ contentDir, outFile: indexFile });
  const file = join(contentDir, 'fees', 'fees-short.en.md');
  const addQuestion = (q: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('  - money short\n', `  - money short\n  - ${q}\n`));
  return { dir, contentDir, indexFile, addQuestion };
}

/** A server that takes the minimal content as large: its index is served first and checked after (checkAfterReadyFrom 0). */
async function serve(target: ReturnType<typeof builtContent>, watch = false): Promise<{ running: RunningServer; logs: () => string }> {
  let logged = '';
  const logger = createLogger('info', { write: (s: string) => void (logged += s) });
  const running = await startServer(
    { host: '127.0.0.1', port: 0, contentDir: target.contentDir, indexFile: target.indexFile, stateFile: join(target.dir, 'state.sqlite'), watch, agentTokens: [], agentRateLimit: 100_000, publicRateLimit: 100_000, checkAfterReadyFrom: 0 },
    logger,
  );
  return { running, logs: () => logged };
}

/** Runs `body` against a server of `target` (see serve), and closes the server whatever happens. */
async function whileServing(target: ReturnType<typeof builtContent>, body: (served: Awaited<ReturnType<typeof serve>>) => Promise<void>, watch = false): Promise<void> {
  const served = await serve(target, watch);
  try {
    await body(served);
  } finally {
    await served.running.close();
  }
}

/** /readyz once the start's content check (and any rebuild it made) is done: it says so. */
async function readyzOnceChecked(running: RunningServer): Promise<Readiness> {
  await running.contentCheck;
  const ready = (await (await fetch(new URL('/readyz', running.url))).json()) as Readiness;
  expect(ready.contentChecked).to.equal(true);
  return ready;
}
const hitIds = (running: RunningServer, q: string) => search(running.live.current, q, { cache: false }).hits.map((h) => h.id);

describe('a large index served before its content is checked (checkContentAfterReady)', () => {
  it('serves the last build at once, then rebuilds content edited while no server ran and swaps it in', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    target.addQuestion('zanzibar transfer went missing');
    await whileServing(target, async ({ running, logs }) => {
      // Ready on the build at hand: the check has not answered yet.
      expect(running.built.info.contentHash).to.equal(before.contentHash);
      expect(running.live.contentChecked).to.equal(false);
      expect(hitIds(running, 'zanzibar')).to.deep.equal([]);
      const ready = await readyzOnceChecked(running);
      expect(ready.contentHash).to.equal(contentHash(target.contentDir)).and.not.equal(before.contentHash);
      expect(ready.lastBuildError).to.equal(null);
      expect(hitIds(running, 'zanzibar')).to.include('fees-short');
      expect(logs()).to.include('content changed since the index served was built');
    });
  });

  it('under --watch, rebuilds through the watcher\'s build thread, and later edits are still seen', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    target.addQuestion('zanzibar transfer went missing');
    await whileServing(
      target,
      async ({ running }) => {
        expect(running.built.info.contentHash).to.equal(before.contentHash);
        await running.contentCheck;
        expect(hitIds(running, 'zanzibar')).to.include('fees-short');
        target.addQuestion('kilimanjaro wire bounced');
        await readyzUntil(running.url, (r) => r.contentHash === contentHash(target.contentDir));
        expect(hitIds(running, 'kilimanjaro')).to.include('fees-short');
      },
      true,
    );
  });

  it('keeps serving a current index as it is once checked, without building', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    await whileServing(target, async ({ running, logs }) => {
      const ready = await readyzOnceChecked(running);
      expect(ready.contentHash).to.equal(before.contentHash);
      expect(readBuildInfo(target.indexFile)!.builtAt).to.equal(before.builtAt);
      expect(logs()).to.include('content checked: the index served is current');
    });
  });

  it('keeps the last good index serving when the edited content has errors, and reports them in /readyz', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    writeFileSync(join(target.contentDir, 'fees', 'fees-broken.en.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    await whileServing(target, async ({ running }) => {
      const ready = await readyzOnceChecked(running);
      expect(ready.contentHash).to.equal(before.contentHash);
      expect(ready.lastBuildError?.message).to.be.a('string');
      expect(JSON.stringify(ready.lastBuildError)).to.include('fees-broken.en.md');
      expect(hitIds(running, 'money short')).to.include('fees-short');
    });
  });

  it('stopping before the check answers builds nothing and leaves the index file as it was', async () => {
    const target = builtContent();
    const before = readBuildInfo(target.indexFile)!;
    target.addQuestion('zanzibar transfer went missing');
    const { running } = await serve(target);
    await running.close();
    await running.contentCheck;
    expect(readBuildInfo(target.indexFile)).to.deep.equal(before);
  });
});
