/**
 * Bundles the compiled CLI (dist/src/cli/main.js and every module it imports, the npm
 * packages included) into a few ES modules in dist/bundle/, which bin/kb runs when they
 * are fresh (see bin/kb). Node 20 loads ES modules one file at a time (resolve, read,
 * compile, link: zod alone is 95 files, express's CommonJS dependencies about 60); one
 * file per command is what a start is then left with.
 *
 *   node dist/scripts/bundle.js        (part of `npm run compile`)
 *
 * - Each compiled module keeps its own `import.meta.url` (rewritten to its dist/src path,
 *   relative to the bundle), so worker scripts, the console's files, package.json and the
 *   engine fingerprint (which hashes dist/src) resolve exactly as unbundled.
 * - Native packages stay external (`NATIVE`): their .node binaries load through require;
 *   so do packages that find a data file beside their own module (`OWN_FILES`).
 * - Commands stay lazy: the CLI's `import('./commands/x.js')` become chunks (splitting).
 * - Not minified: functions keep their names in stack traces; the source map (chained
 *   through tsc's maps to the TypeScript) is used with `node --enable-source-maps`.
 */
import { build, type Plugin } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST_SRC = join(ROOT, 'dist', 'src') + sep;
/** Where bin/kb looks for it. */
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

/** Packages with native binaries (or optional native parts) that must load from node_modules. */
const NATIVE = ['better-sqlite3', '@node-rs/jieba', 'pg-native'];

/** Packages locating a file of theirs from their `import.meta.url`, which a bundle would make the bundle's. */
const OWN_FILES = ['word-list'];

/** CommonJS packages inside an ES module bundle call require for Node's builtins: give them one. */
const BANNER = "import { createRequire as __kbCreateRequire } from 'node:module'; const require = __kbCreateRequire(import.meta.url);";

/** Rewrites each dist/src module's `import.meta.url` to that module's own URL (see above). */
const ownImportMetaUrl = (outDir: string): Plugin => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(DIST_SRC)) return undefined;
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outDir, args.path).split('\\').join('/');
      return { contents: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'js' };
    });
  },
});

/**
 * Bundles into `outDir` (replacing it): kb.js, its chunks and source maps, and inputs.json.
 * `outDir` must be inside the project: the native packages are imported from node_modules.
 */
export async function bundle(outDir = BUNDLE_DIR): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { kb: join(DIST_SRC, 'cli', 'main.js') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: [...NATIVE, ...OWN_FILES],
    banner: { js: BANNER },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [ownImportMetaUrl(outDir)],
  });
  // inputs.json: the compiled modules in the bundle, relative to it. bin/kb runs the bundle
  // only while it is newer than all of them: `tsc` alone (or tsc --watch) rewrites them and
  // leaves the bundle behind. npm packages change only through npm install, which bundles.
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => resolve(process.cwd(), p))
    .filter((p) => p.startsWith(DIST_SRC))
    .map((p) => relative(outDir, p).split('\\').join('/'));
  await writeFile(join(outDir, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
