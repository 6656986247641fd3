import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { bundle } from '../../scripts/bundle.js';
import { wrapCommonJs } from '../../scripts/bundle/commonJsWrapper.js';
import { engineFiles, engineFingerprint, engineFolders } from '../../src/pipeline/engineFingerprint.js';
import { nameWords } from '../../src/analysis/englishDictionary.js';
import { CONTENT, FIXTURES, KB_BIN, ROOT, tempDir } from '../support/paths.js';
import { readyzUntil } from '../support/readyz.js';
import { cliRun, runKb, type CliRun } from '../support/runCli.js';
import { startServeProcess } from '../support/serveProcess.js';

/** The CLI from a bundle made by this test (the current code, whatever dist/bundle holds). */
function runBundled(dir: string, args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [join(dir, 'run.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return cliRun(r.status, r.signal, r.stdout, r.stderr, r.error);
}

/** `kb serve` (bundled, or as compiled with KB_NO_BUNDLE) until /readyz answers; its output, and a stop. */
async function serve(bin: string, index: string, env: NodeJS.ProcessEnv, more: string[] = ['--content', CONTENT]): Promise<{ url: string; output: () => string; stop: () => Promise<unknown> }> {
  const server = await startServeProcess(['--index', index, ...more], env, bin);
  const stop = () => (server.child.kill('SIGTERM'), server.exited);
  await readyzUntil(server.url, (r) => r.status === 'ready').catch(async (err: unknown) => {
    await stop();
    throw err;
  });
  return { url: server.url, output: server.log, stop };
}

/** A suggestion's answer without what differs from one request to the next. */
async function suggest(url: string, q: string): Promise<unknown> {
  const res = await fetch(new URL(`/api/suggest?q=${encodeURIComponent(q)}`, url));
  expect(res.status).to.equal(200);
  const body = (await res.json()) as Record<string, unknown>;
  delete body.searchId;
  return body;
}

describe('the bundled CLI (scripts/bundle.ts) behaves as the compiled modules do', function () {
  let dir: string;
  let index: string;

  before(async function () {
    // Inside the project: the bundle imports the native packages from node_modules.
    mkdirSync(join(ROOT, 'dist', 'tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'dist', 'tmp', 'bundle-'));
    await bundle(dir);
    writeFileSync(join(dir, 'run.mjs'), "const { run } = await import('./kb.js');\nawait run(process);\n");
    index = join(tempDir('kb-bundle-'), 'kb.sqlite');
    const built = runKb(['build', '--content', CONTENT, '--out', index], ROOT, { KB_NO_BUNDLE: '1' });
    expect(built.code, built.stderr).to.equal(0);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the same help, and refuses a bad argument with the same message and exit code', () => {
    for (const args of [['--help'], ['serve', '--help'], ['search', '--limit', 'many', 'fee'], ['serve', '--port', 'x'], ['nonsense'], ['search', '--json']]) {
      const compiled = runKb(args, ROOT, { KB_NO_BUNDLE: '1' });
      const bundled = runBundled(dir, args, ROOT);
      expect(bundled, args.join(' ')).to.deep.equal(compiled);
    }
  });

  it('answers a search, with the worker threads of a build, exactly as compiled', () => {
    const args = ['search', '中转行扣费', '--index', index, '--content', CONTENT, '--json'];
    const compiled = runKb(args, ROOT, { KB_NO_BUNDLE: '1' });
    expect(compiled.code, compiled.stderr).to.equal(0);
    expect(runBundled(dir, args, ROOT)).to.deep.equal(compiled);
    // A build in the bundle runs its worker threads from dist/src, as compiled.
    const out = join(tempDir('kb-bundle-build-'), 'kb.sqlite');
    const built = runBundled(dir, ['build', '--content', CONTENT, '--out', out, '--workers', '2', '--json'], ROOT);
    expect(built.code, built.stderr).to.equal(0);
    expect((JSON.parse(built.stdout) as { articles: number }).articles).to.be.greaterThan(0);
  });

  it('serves the index the compiled code built without rebuilding it (same engine fingerprint), the console and the same answers', async () => {
    const compiled = await serve(KB_BIN, index, { KB_NO_BUNDLE: '1' });
    try {
      const bundled = await serve(join(dir, 'run.mjs'), index, {});
      try {
        expect(bundled.output()).not.to.match(/index built/);
        for (const q of ['中转行扣费', 'intermediry bank fee', '匯款到賬時間']) expect(await suggest(bundled.url, q), q).to.deep.equal(await suggest(compiled.url, q));
        const page = await fetch(bundled.url);
        expect(page.status).to.equal(200);
        expect(await page.text()).to.equal(await (await fetch(compiled.url)).text());
      } finally {
        await bundled.stop();
      }
    } finally {
      await compiled.stop();
    }
  });

  it('rebuilds an edited article in its worker thread under serve --watch', async () => {
    const project = tempDir('kb-bundle-watch-');
    cpSync(join(FIXTURES, 'content-min'), join(project, 'content'), { recursive: true });
    const server = await serve(join(dir, 'run.mjs'), join(project, 'kb.sqlite'), {}, ['--content', join(project, 'content'), '--watch']);
    try {
      const before = await readyzUntil(server.url, (r) => r.contentHash !== undefined);
      appendFileSync(join(project, 'content', 'fees', 'fees-secret.en.md'), '\nOne more line about fees.\n');
      const after = await readyzUntil(server.url, (r) => r.contentHash !== before.contentHash || r.lastBuildError !== null);
      expect(after.lastBuildError, server.output()).to.equal(null);
    } finally {
      await server.stop();
    }
  });

  it('holds the engine fingerprint the compiled modules compute, and counts every file it hashes among its inputs', () => {
    expect(readFileSync(join(dir, 'kb.cjs'), 'latin1')).to.include(JSON.stringify(engineFingerprint()));
    const inputs = new Set((JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as string[]).map((p) => resolve(dir, p)));
    const hashed = engineFolders().flatMap((folder) => engineFiles(folder).map((f) => join(folder, f)));
    expect(hashed.filter((f) => !inputs.has(f))).to.deep.equal([]);
    expect(hashed.some((f) => f.endsWith('buildCheckWorker.js')), 'a worker script, which no bundled module imports').to.equal(true);
  });

  it('holds the speller\'s name words as this process\'s ICU data gives them, with that data\'s versions', () => {
    const source = readFileSync(join(dir, 'kb.cjs'), 'latin1');
    const bundled = JSON.stringify(JSON.stringify({ icu: process.versions.icu, cldr: process.versions.cldr, words: nameWords() }));
    // As esbuild writes a string literal: in single quotes when the JSON holds double ones.
    expect(source).to.include(`'${JSON.parse(bundled).replace(/'/g, "\\'")}'`);
  });

  it('leaves out of the bundle the parts of zod nobody uses (its other locales)', () => {
    const zodModules = [...readFileSync(join(dir, 'kb.cjs'), 'utf8').matchAll(/^\/\/ node_modules\/zod\/(\S+)$/gm)].map((m) => m[1]!);
    expect(zodModules).to.include('v4/classic/schemas.js');
    // locales/index.js, zod's re-export of all 64, stays as an empty stub.
    expect(zodModules.filter((m) => m.startsWith('v4/locales/') && m !== 'v4/locales/index.js')).to.deep.equal(['v4/locales/en.js']);
  });

  it('runs with the code cache made for it, and without one (compiled from the source) the same', () => {
    writeFileSync(join(dir, 'cache.mjs'), "const { codeCacheUsed } = await import('./kb.js');\nconsole.log(codeCacheUsed);\n");
    const used = spawnSync(process.execPath, [join(dir, 'cache.mjs')], { encoding: 'utf8' });
    expect(used.stdout.trim(), used.stderr).to.equal('true');
    const args = ['search', 'swift mt1', '--index', index, '--content', CONTENT, '--json'];
    const cached = runBundled(dir, args, ROOT);
    expect(cached.code, cached.stderr).to.equal(0);
    renameSync(join(dir, 'kb.cjs.cache'), join(dir, 'kb.cjs.cache.off'));
    try {
      expect(spawnSync(process.execPath, [join(dir, 'cache.mjs')], { encoding: 'utf8' }).stdout.trim()).to.equal('false');
      expect(runBundled(dir, args, ROOT)).to.deep.equal(cached);
    } finally {
      renameSync(join(dir, 'kb.cjs.cache.off'), join(dir, 'kb.cjs.cache'));
    }
  });

  it('has a code cache made after a served start (trained), not only from the bare parse', () => {
    const source = readFileSync(join(dir, 'kb.cjs'), 'latin1');
    const bareParse = new Script(wrapCommonJs(source), { filename: join(dir, 'kb.cjs') }).createCachedData();
    // The trained run compiled the start's functions (module set-up, analyzer, HTTP stack): their bytecode is in the cache too.
    expect(readFileSync(join(dir, 'kb.cjs.cache')).length).to.be.greaterThan(2 * bareParse.length);
  });

  it('is ASCII, so that Node holds its source as one byte a character', () => {
    expect(readFileSync(join(dir, 'kb.cjs')).every((byte) => byte < 0x80)).to.equal(true);
  });

  it('keeps function names and maps back to the TypeScript (source map)', () => {
    const map = JSON.parse(readFileSync(join(dir, 'kb.cjs.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith('src/cli/main.ts'))).to.equal(true);
    expect(readFileSync(join(dir, 'kb.cjs'), 'utf8')).to.match(/async function main\(argv, io\)/);
  });
});

describe('bin/kb runs the bundle only while it is newer than every compiled module in it', () => {
  /** A project folder with bin/kb and a bundle and a compiled CLI that only say which they are. */
  function project(): string {
    const root = tempDir('kb-bin-');
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
    mkdirSync(join(root, 'dist', 'src', 'cli'), { recursive: true });
    copyFileSync(KB_BIN, join(root, 'bin', 'kb'));
    writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(root, 'dist', 'src', 'cli', 'main.js'), "export async function run() { console.log('compiled'); }\n");
    writeFileSync(join(root, 'dist', 'bundle', 'kb.js'), "export async function run() { console.log('bundle'); }\n");
    writeFileSync(join(root, 'dist', 'bundle', 'inputs.json'), '["../src/cli/main.js"]\n');
    const older = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'dist', 'src', 'cli', 'main.js'), older, older);
    return root;
  }
  const which = (root: string, env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [join(root, 'bin', 'kb')], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout.trim();

  it('runs the bundle when it is fresh, the compiled modules when told to', () => {
    const root = project();
    expect(which(root)).to.equal('bundle');
    expect(which(root, { KB_NO_BUNDLE: '1' })).to.equal('compiled');
  });

  it('runs the compiled modules once one of them is newer than the bundle (tsc after the bundle)', () => {
    const root = project();
    const newer = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'dist', 'src', 'cli', 'main.js'), newer, newer);
    expect(which(root)).to.equal('compiled');
  });

  it('runs the compiled modules when an input is gone or the bundle is incomplete', () => {
    const gone = project();
    writeFileSync(join(gone, 'dist', 'bundle', 'inputs.json'), '["../src/cli/main.js", "../src/removed.js"]\n');
    expect(which(gone)).to.equal('compiled');
    const incomplete = project();
    rmSync(join(incomplete, 'dist', 'bundle', 'inputs.json'));
    expect(which(incomplete)).to.equal('compiled');
  });
});
