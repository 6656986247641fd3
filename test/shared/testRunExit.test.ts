import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../support/paths.js';

/** Runs mocha with the suite's root hooks on one test file written here; a short grace. */
function runMocha(body: string): { status: number | null; stderr: string } {
  const file = join(tempDir(), 'held.test.mjs');
  writeFileSync(file, `import { createServer } from 'node:net';\n${body}\n`);
  const mocha = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const run = spawnSync(process.execPath, [mocha, '--no-config', '--require', join(ROOT, 'dist/test/support/setup.js'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KB_TEST_EXIT_GRACE_MS: '300' },
    timeout: 120_000,
  });
  return { status: run.status, stderr: run.stderr };
}

describe('a test run held up by a leaked handle', () => {
  const leak = `await new Promise((r) => createServer().listen(0, '127.0.0.1', r));`;

  it("names the handle and exits with the tests' status instead of waiting forever", () => {
    const run = runMocha(`it('passes and leaks a server', async () => { ${leak} });`);
    expect(run.stderr).to.match(/1 handle\(s\) kept the process up 300 ms after the last test: Server on port \d+/);
    expect(run.status).to.equal(0);
  });

  it('keeps a failing run failing', () => {
    const run = runMocha(`it('fails and leaks a server', async () => { ${leak} throw new Error('no'); });`);
    expect(run.stderr).to.include('kept the process up');
    expect(run.status).to.equal(1);
  });
});
