import { expect } from 'chai';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, FIXTURES, ROOT, tempDir } from '../support/paths.js';
import { readyzUntil } from '../support/readyz.js';
import { runKb } from '../support/runCli.js';
import { sampleKb } from '../support/sampleKb.js';
import { startServeProcess } from '../support/serveProcess.js';

/** Ceiling for a `kb serve` that should refuse to start but might serve forever instead. */
const MUST_EXIT_MS = 60_000;

describe('kb serve --published (a replica, through the CLI)', () => {
  it('serves the published file without building, and follows what `kb build --out` publishes over it', async () => {
    const index = join(tempDir('kb-published-'), 'kb.sqlite');
    const first = JSON.parse(runKb(['build', '--content', join(FIXTURES, 'content-min'), '--out', index, '--json'], ROOT).stdout) as { contentHash: string };
    // Run from the project folder, whose content/ is another knowledge base: --published must not build it.
    const serve = await startServeProcess(['--index', index, '--published']);
    try {
      expect(serve.log()).not.to.include('index built');
      expect(serve.log()).to.include('following the published index');
      expect((await readyzUntil(serve.url, () => true)).contentHash).to.equal(first.contentHash);
      const published = runKb(['build', '--content', CONTENT, '--out', index, '--json'], ROOT);
      expect(published.code, published.stderr).to.equal(0);
      const { contentHash } = JSON.parse(published.stdout) as { contentHash: string };
      expect((await readyzUntil(serve.url, (r) => r.contentHash === contentHash)).status).to.equal('ready');
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
  });

  it('stops with one line when the shared database cannot be reached, and exits', () => {
    const index = join(tempDir('kb-published-nodb-'), 'kb.sqlite');
    copyFileSync(sampleKb().file, index);
    // Recording off, so the live calls are the first to reach for the database.
    const env = { KB_LOG_LEVEL: 'silent', KB_EVENTS: 'off', KB_DATABASE_URL: 'postgres://kb@127.0.0.1:1/kb' };
    const r = runKb(['serve', '--port', '0', '--index', index, '--published'], ROOT, env, MUST_EXIT_MS);
    expect(r.code, r.stdout + r.stderr).to.equal(1);
    expect(r.stderr).to.match(/^kb: live calls: cannot use PostgreSQL: .*ECONNREFUSED.*\n\s+hint: check KB_DATABASE_URL/);
  });

  const refusals: Array<[string, string[], NodeJS.ProcessEnv, RegExp]> = [
    ['--watch with --published', ['--watch', '--published'], {}, /^kb: serve: --watch builds from content, --published serves a file built elsewhere: pass one of them\n\s+hint: /],
    ['a published index that is not there', ['--published'], {}, /^kb: index: no published index at .+kb\.sqlite\n\s+hint: publish one first: kb build --out FILE/],
    ['KB_TRUST_PROXY=true', [], { KB_TRUST_PROXY: 'true' }, /^kb: KB_TRUST_PROXY: "true" is not an address, a subnet or one of loopback, linklocal, uniquelocal\n/],
  ];
  for (const [what, args, env, message] of refusals) {
    it(`refuses ${what} with one line and a hint, building nothing`, () => {
      const dir = tempDir('kb-published-refused-');
      const index = join(dir, 'kb.sqlite');
      const r = runKb(['serve', '--port', '0', '--index', index, ...args], ROOT, { KB_LOG_LEVEL: 'silent', ...env }, MUST_EXIT_MS);
      expect(r.code, r.stdout + r.stderr).to.equal(1);
      expect(r.stderr).to.match(message);
      expect(existsSync(index)).to.equal(false);
    });
  }
});
