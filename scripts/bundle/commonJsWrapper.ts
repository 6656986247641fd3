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
