/**
 * The bundle's entry (dist/bundle/kb.js, what bin/kb imports): runs the CLI bundled as one
 * CommonJS file (BUNDLE_FILE) through vm.Script with the code cache the bundle script made
 * for it, so a start deserialises compiled code instead of parsing 5 MB of JavaScript.
 * Node 20 keeps no code cache for ES modules (`module.enableCompileCache` is Node 22's).
 * A cache V8 refuses (another Node version, other V8 flags) only costs the parse.
 */
import { fileURLToPath } from 'node:url';
import { readWhole } from '../../src/shared/readWhole.js';
import { BUNDLE_FILE, CODE_CACHE_SUFFIX, runBundle } from './commonJsWrapper.js';

type Cli = typeof import('../../src/cli/main.js');

const filename = fileURLToPath(new URL(`./${BUNDLE_FILE}`, import.meta.url));

/**
 * The bundle run, and whether V8 used its code cache. Both files (7.6 MB) are read by
 * libuv's threads at once while this thread, which has nothing else to do yet, waits: it
 * read them one after the other, page faults included. Neither is kept once compiled.
 */
async function load(): Promise<{ cli: Cli; cacheUsed: boolean }> {
  const [source, cachedData] = await Promise.all([
    readWhole(filename),
    readWhole(filename + CODE_CACHE_SUFFIX).catch(() => undefined), // none made: compiled from the source
  ]);
  const { script, exports } = runBundle<Cli>(filename, cachedData, source);
  return { cli: exports, cacheUsed: cachedData !== undefined && script.cachedDataRejected === false };
}

const loaded = await load();

/** Whether V8 used the code cache (the bundle test checks it does). */
export const codeCacheUsed = loaded.cacheUsed;
export const { run } = loaded.cli;
