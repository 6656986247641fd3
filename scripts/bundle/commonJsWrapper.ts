import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The CommonJS bundle's file name in its folder; V8's code cache for it is beside it, with CODE_CACHE_SUFFIX. */
export const BUNDLE_FILE = 'kb.cjs';
export const CODE_CACHE_SUFFIX = '.cache';

/**
 * The bundle's source as the function the loader compiles, as Node wraps a CommonJS module.
 * The bundle script makes the code cache from exactly this text and the loader compiles
 * exactly this text: V8 accepts a cache only for the source it was made from.
 */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/**
 * Compiles the bundle at `filename` as a CommonJS module (with V8's `cachedData` when given)
 * and runs its top level: its script (whether the cache was taken, a cache made from it) and
 * its exports. `source`: the file's bytes, when the caller read them. The bundle is ASCII
 * (scripts/bundle.ts), so it is decoded as Latin-1: the same text, in half the time of
 * UTF-8's validation.
 */
export function runBundle<T>(filename: string, cachedData?: Buffer, source: Buffer = readFileSync(filename)): { script: Script; exports: T } {
  const script = new Script(wrapCommonJs(source.toString('latin1')), { filename, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  return { script, exports: module.exports };
}
