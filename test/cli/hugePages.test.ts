import { expect } from 'chai';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childrenOf } from '../../bench/procStats.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { runKb } from '../support/runCli.js';
import { startServeProcess, type ServeProcess } from '../support/serveProcess.js';

/** A project with the small content, built. */
function builtProject(): { content: string; index: string } {
  const dir = tempDir('kb-huge-pages-');
  const content = join(dir, 'content');
  cpSync(join(FIXTURES, 'content-min'), content, { recursive: true });
  const index = join(dir, 'kb.sqlite');
  const built = runKb(['build', '--content', content, '--out', index], dir);
  expect(built.code, built.stderr).to.equal(0);
  return { content, index };
}

function environmentOf(pid: number): string[] {
  return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
}

async function answersReady(serve: ServeProcess): Promise<void> {
  expect((await fetch(new URL('/readyz', serve.url))).status).to.equal(200);
}

/** Waits for `pid` to be gone (a generous ceiling: a stop that never comes fails, a slow one does not). */
async function gone(pid: number): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (existsSync(`/proc/${pid}`)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

(process.platform === 'linux' && process.env.GLIBC_TUNABLES === undefined ? describe : describe.skip)('bin/kb serve: huge pages for a large index (KB_HUGE_PAGES_FROM)', () => {
  it('serves from a child started with glibc huge pages, passes SIGTERM on and exits as the server does', async () => {
    const { content, index } = builtProject();
    const serve = await startServeProcess(['--content', content, '--index', index], { KB_HUGE_PAGES_FROM: '0' });
    let server: number | undefined;
    try {
      await answersReady(serve);
      [server] = childrenOf(serve.child.pid!);
      expect(server, 'the server process').to.be.a('number');
      // glibc cuts the variable after its first tunable in the process's own copy of its
      // environment once it has read them all (what /proc shows): the first is huge pages.
      expect(environmentOf(server!)).to.include('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
      expect(environmentOf(serve.child.pid!).some((v) => v.startsWith('GLIBC_TUNABLES='))).to.equal(false);
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).to.equal(0);
    expect(await gone(server!), 'the server stopped with its parent').to.equal(true);
  });

  it('serves in its own process below the threshold, or with -1', async () => {
    const { content, index } = builtProject();
    for (const from of [String(1024 ** 3), '-1']) {
      const serve = await startServeProcess(['--content', content, '--index', index], { KB_HUGE_PAGES_FROM: from });
      try {
        await answersReady(serve);
        expect(childrenOf(serve.child.pid!), from).to.deep.equal([]);
        expect(environmentOf(serve.child.pid!).some((v) => v.startsWith('GLIBC_TUNABLES=')), from).to.equal(false);
      } finally {
        serve.child.kill('SIGTERM');
      }
      expect(await serve.exited).to.equal(0);
    }
  });
});
