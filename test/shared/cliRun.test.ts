import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cliRun } from '../support/runCli.js';

/** node -e SCRIPT, as the CLI helpers run bin/kb. */
function node(script: string): ReturnType<typeof cliRun> {
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return cliRun(r.status, r.signal, r.stdout, r.stderr, r.error);
}

describe('cliRun() (the CLI helpers of the tests)', () => {
  it('keeps an exit code and the output as they are', () => {
    expect(node("process.stdout.write('out'); process.stderr.write('err'); process.exitCode = 3")).to.deep.equal({ code: 3, stdout: 'out', stderr: 'err' });
  });

  it('names the signal that killed a child, so a failing comparison says how it ended', () => {
    expect(node("process.stderr.write('before '); process.kill(process.pid, 'SIGKILL')")).to.deep.equal({ code: -1, stdout: '', stderr: 'before [no exit code: killed by SIGKILL]' });
  });

  it('names why a child never started', () => {
    const r = spawnSync('/nonexistent/kb-binary', [], { encoding: 'utf8' });
    const run = cliRun(r.status, r.signal, r.stdout, r.stderr, r.error);
    expect(run.code).to.equal(-1);
    expect(run.stderr).to.match(/^\[no exit code: .*ENOENT.*\]$/);
  });
});
