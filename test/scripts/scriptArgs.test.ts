import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempDir } from '../support/paths.js';
import { cliRun, type CliRun } from '../support/runCli.js';

/** A developer script as compiled, run from the project folder. */
function runScript(name: string, args: string[]): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', `${name}.js`), ...args], { cwd: ROOT, encoding: 'utf8' });
  return cliRun(r.status, r.signal, r.stdout, r.stderr, r.error);
}

describe('developer scripts', () => {
  it('answer --help with their usage and do nothing else', () => {
    for (const name of ['externalBenchmarks', 'bqLoss', 'englishLoss', 'tuneRelevance', 'fitConfidence', 'sameResults']) {
      const r = runScript(name, ['--help']);
      expect(r.code, `${name}: ${r.stderr}`).to.equal(0);
      expect(r.stdout, name).to.match(/^usage: /);
      expect(r.stderr, name).to.equal('');
    }
  });

  it('refuse an argument they do not know, naming it, with their usage', () => {
    const r = runScript('fitConfidence', ['--befor', '70']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('unknown argument --befor 70');
    expect(r.stderr).to.include('usage: ');
    expect(runScript('fitConfidence', ['--before', 'seventy']).stderr).to.include('--before takes the number of a blind set');
  });

  it('say where they looked for the benchmark data when it is not there, instead of failing on a file', () => {
    const missing = join(tempDir('no-benchmarks'), 'benchmarks');
    for (const name of ['externalBenchmarks', 'bqLoss', 'englishLoss', 'tuneRelevance']) {
      const r = runScript(name, [missing]);
      expect(r.code, name).to.equal(2);
      expect(r.stderr, name).to.include(`no benchmark data (banking77/, bq_corpus/) in ${missing}`);
      expect(r.stderr, name).not.to.include('ENOENT');
    }
  });
});
