/**
 * Bundles the compiled CLI (dist/src/cli/main.js and every module it imports, the npm
 * packages included) into one CommonJS file in dist/bundle/ (kb.cjs), with V8's code cache
 * for it and a small ES module entry (kb.js, scripts/bundle/loadBundle.ts) that runs it;
 * bin/kb imports that entry when the bundle is fresh (see bin/kb). Node 20 loads ES
 * modules one file at a time (resolve, read, compile, link: zod alone is 95 files,
 * express's CommonJS dependencies about 60) and caches no compiled code for them; a
 * CommonJS file compiled through vm.Script can use a code cache, so a start deserialises
 * the bundle's compiled top level instead of parsing its 5 MB.
 *
 *   node dist/scripts/bundle.js        (part of `npm run compile`)
 *
 * - Each compiled module keeps its own `import.meta.url` (rewritten to its dist/src path,
 *   relative to the bundle), so worker scripts, the console's files, package.json and the
 *   engine fingerprint (which hashes dist/src) resolve exactly as unbundled; so do the
 *   packages that find a data file beside their own module (`OWN_FILES`).
 * - The engine fingerprint (src/pipeline/engineFingerprint.ts) is computed here and written
 *   into the bundle; the files it hashes are among the bundle's inputs, so the bundle runs
 *   only while it holds.
 * - So are the speller's name words (src/analysis/englishDictionary.ts), which ICU gives
 *   slowly: the bundle holds them with the versions of the ICU data they came from, and a
 *   process with other ICU data asks its own.
 * - Native packages stay external (`NATIVE`): their .node binaries load through require.
 * - Commands are in the one file, but a command's code is compiled only when it runs (the
 *   CLI's `import('./commands/x.js')` become functions esbuild calls on demand).
 * - Not minified: functions keep their names in stack traces; the source map (chained
 *   through tsc's maps to the TypeScript) is kb.cjs.map.
 * - The code cache is made here, by the Node that compiles the project: V8 refuses a cache
 *   made by another version or with other V8 flags, and then the bundle is parsed as before.
 */
import { build, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { BUNDLE_FILE, CODE_CACHE_SUFFIX, wrapCommonJs } from './bundle/commonJsWrapper.js';
import { engineFiles, engineFingerprint, engineFolders } from '../src/pipeline/engineFingerprint.js';
import { nameWords, type BundledNameWords } from '../src/analysis/englishDictionary.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST_SRC = join(ROOT, 'dist', 'src') + sep;
/** Where bin/kb looks for it. */
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

/** Packages with native binaries (or optional native parts) that must load from node_modules. */
const NATIVE = ['better-sqlite3', '@node-rs/jieba', 'pg-native'];

/** Packages locating a file of theirs from their `import.meta.url`, which a bundle would make the bundle's. */
const OWN_FILES = ['word-list'];

/** `import.meta.url` of the bundle itself, which a CommonJS file does not have (the rewritten ones below are relative to it). */
const BUNDLE_URL = '__kbBundleUrl';
const BANNER = `const ${BUNDLE_URL} = require('node:url').pathToFileURL(__filename).href;`;

const keepsOwnUrl = (path: string) => path.startsWith(DIST_SRC) || OWN_FILES.some((pkg) => path.includes(`${sep}node_modules${sep}${pkg}${sep}`));

/** Rewrites each dist/src module's (and OWN_FILES package's) `import.meta.url` to that module's own URL (see above). */
const ownImportMetaUrl = (outDir: string): Plugin => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!keepsOwnUrl(args.path)) return undefined;
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outDir, args.path).split('\\').join('/');
      return { contents: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'js' };
    });
  },
});

/**
 * `source` with each non-ASCII UTF-16 unit written as a `\uXXXX` escape. esbuild escapes
 * them in strings but not in regular expression literals (normalize's /帐/g, pinyin-pro's
 * tone marks) or comments, and one such character makes V8 hold the whole source, which a
 * process keeps for as long as it runs, as two bytes a character (9.8 MB instead of 4.9).
 * In a regular expression or a comment the escape means the same, unless the character
 * follows a backslash (`\。`), which this refuses rather than guesses.
 */
function asciiOnly(source: string): string {
  const escaped = /\\[^\x00-\x7f]/.exec(source);
  if (escaped) throw new Error(`bundle: a non-ASCII character after a backslash at offset ${escaped.index} cannot be rewritten as an escape`);
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Bundles into `outDir` (replacing it): kb.cjs, its source map and code cache (trained on
 * `content`, see trainCodeCache), the entry kb.js, and inputs.json. `outDir` must be inside
 * the project: the native packages are required from node_modules.
 */
export async function bundle(outDir = BUNDLE_DIR, content = join(ROOT, 'content')): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const bundleFile = join(outDir, BUNDLE_FILE);
  const engine = engineFingerprint();
  const names: BundledNameWords = { icu: process.versions.icu, cldr: process.versions.cldr, words: nameWords() };
  const result = await build({
    entryPoints: [join(DIST_SRC, 'cli', 'main.js')],
    outfile: bundleFile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: NATIVE,
    banner: { js: BANNER },
    define: {
      'import.meta.url': BUNDLE_URL,
      KB_BUNDLED_ENGINE_FINGERPRINT: JSON.stringify(engine),
      KB_BUNDLED_NAME_WORDS: JSON.stringify(JSON.stringify(names)),
    },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [ownImportMetaUrl(outDir)],
  });
  await build({
    entryPoints: [join(ROOT, 'dist', 'scripts', 'bundle', 'loadBundle.js')],
    outfile: join(outDir, 'kb.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const source = asciiOnly(await readFile(bundleFile, 'utf8'));
  await writeFile(bundleFile, source);
  const script = new Script(wrapCommonJs(source), { filename: bundleFile });
  await writeFile(bundleFile + CODE_CACHE_SUFFIX, script.createCachedData());
  trainCodeCache(outDir, content);
  // inputs.json: the compiled modules in the bundle and the files the engine fingerprint
  // hashed (worker scripts among them), relative to it. bin/kb runs the bundle only while it
  // is newer than all of them: `tsc` alone (or tsc --watch) rewrites them and leaves the
  // bundle behind. npm packages change only through npm install, which bundles.
  const bundled = Object.keys(result.metafile.inputs)
    .map((p) => resolve(process.cwd(), p))
    .filter((p) => p.startsWith(DIST_SRC));
  const hashed = engineFolders().flatMap((dir) => engineFiles(dir).map((f) => join(dir, f)));
  const inputs = [...new Set([...bundled, ...hashed])].map((p) => relative(outDir, p).split('\\').join('/'));
  await writeFile(join(outDir, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
}

/**
 * Replaces the bundle's code cache with one made after a start's work
 * (scripts/bundle/trainCodeCache.ts), in a child `node` without this process's flags. A
 * failed run keeps the cache of the bare parse (slower starts, same answers) and says so.
 * The child gets no KB_ settings: agent tokens or an LLM server configured here would
 * change what it serves.
 */
function trainCodeCache(outDir: string, content: string): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('KB_')));
  const trainer = join(ROOT, 'dist', 'scripts', 'bundle', 'trainCodeCache.js');
  const run = spawnSync(process.execPath, [trainer, outDir, content], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) process.stderr.write(`bundle: the code cache is the bare parse's (its trained run failed: ${(run.stderr || run.error?.message || '').trim()})\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
