import { expect } from 'chai';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, tempDir } from '../support/paths.js';
import { runKb } from '../support/runCli.js';
import { startServeProcess } from '../support/serveProcess.js';

/** A project with the small content and no index yet. */
function project(): string {
  const dir = tempDir('kb-serve-config-');
  cpSync(join(FIXTURES, 'content-min'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Ceiling for a `kb serve` that should refuse to start but might serve forever instead. */
const MUST_EXIT_MS = 60_000;

describe('kb serve: live-call caps, allowed origins and the log level from the environment', () => {
  it('documents KB_ALLOWED_ORIGINS and the KB_CALL* caps, with their defaults, in --help', () => {
    const r = runKb(['serve', '--help'], ROOT);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/KB_ALLOWED_ORIGINS=https:\/\/console\.example\.com/);
    for (const line of ['KB_CALLS_PER_CLIENT=20', 'KB_CALL_STREAMS_PER_CLIENT=10', 'KB_CALL_IDLE_MINUTES=30', 'KB_CALL_MAX_CHARS=50000']) {
      expect(r.stdout).to.include(`  ${line} `);
    }
  });

  it('refuses a bad value with one line and a hint, before building or listening', () => {
    const cases: Array<[NodeJS.ProcessEnv, RegExp]> = [
      [{ KB_ALLOWED_ORIGINS: 'https://console.example.com/' }, /^kb: KB_ALLOWED_ORIGINS: "https:\/\/console\.example\.com\/" is not an origin\n\s+hint: write each as scheme:\/\/host\[:port\]/],
      [{ KB_CALLS_PER_CLIENT: '0' }, /^kb: KB_CALLS_PER_CLIENT must be a whole number above 0, got "0"\n\s+hint: unset it for the default, 20\n$/],
      [{ KB_CALL_STREAMS_PER_CLIENT: '2.5' }, /^kb: KB_CALL_STREAMS_PER_CLIENT must be a whole number above 0, got "2\.5"\n\s+hint: unset it for the default, 10\n$/],
      [{ KB_CALL_IDLE_MINUTES: 'soon' }, /^kb: KB_CALL_IDLE_MINUTES must be a number above 0, got "soon"\n\s+hint: unset it for the default, 30\n$/],
      [{ KB_CALL_MAX_CHARS: '-1' }, /^kb: KB_CALL_MAX_CHARS must be a whole number above 0, got "-1"\n\s+hint: unset it for the default, 50000\n$/],
      [{ KB_LOG_LEVEL: 'loud' }, /^kb: KB_LOG_LEVEL must be a log level, got "loud"\n\s+hint: use one of: trace, debug, info, warn, error, fatal, silent\n$/],
    ];
    for (const [env, message] of cases) {
      const dir = project();
      const r = runKb(['serve', '--port', '0'], dir, { KB_LOG_LEVEL: 'silent', ...env }, MUST_EXIT_MS);
      const what = JSON.stringify(env);
      expect(r.code, `${what}: ${r.stdout}${r.stderr}`).to.equal(1);
      expect(r.stderr, what).to.match(message);
      expect(existsSync(join(dir, '.kb')), `${what}: nothing built`).to.equal(false);
    }
  });

  it('serves with the origins and caps it was given', async () => {
    const dir = project();
    const serve = await startServeProcess(['--content', join(dir, 'content'), '--index', join(dir, 'kb.sqlite')], {
      KB_ALLOWED_ORIGINS: 'https://console.example.com',
      KB_CALLS_PER_CLIENT: '1',
    });
    try {
      const cors = await fetch(new URL('/api/categories', serve.url), { headers: { Origin: 'https://console.example.com' } });
      expect(cors.headers.get('access-control-allow-origin')).to.equal('https://console.example.com');
      const start = () => fetch(new URL('/api/assist/calls', serve.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect((await start()).status).to.equal(201);
      const second = await start();
      expect(second.status).to.equal(429);
      expect(((await second.json()) as { error: { code: string } }).error.code).to.equal('assist.too-many-calls');
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
  });
});
