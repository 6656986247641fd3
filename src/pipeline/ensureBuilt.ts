import { ContentError } from '../errors.js';
import { readBuildInfo } from '../store/indexFile.js';
import type { BuildInfo } from '../types.js';
import { buildKnowledgeBase, type BuildOptions } from './buildKnowledgeBase.js';
import { currentBuild } from './currentBuild.js';

export interface EnsureResult {
  info: BuildInfo;
  rebuilt: boolean;
  /** Set when the content changed but has errors: the previous build is still used. */
  buildError?: ContentError;
}

/**
 * Makes sure `outFile` holds a build of the current content: rebuilds when the file is
 * missing, of another format, or built from other content (by hash, not by mtime, so a
 * fresh checkout does not look stale; see currentBuild). If the content is broken and an
 * older build exists, that build keeps being used and the error is returned for the caller to show.
 */
export function ensureBuilt(opts: Omit<BuildOptions, 'strict'>): EnsureResult {
  const current = currentBuild(opts);
  if (current) return { info: current, rebuilt: false };
  return rebuild(opts);
}

/**
 * Builds the content into `outFile`, known to be out of date (ensureBuilt without the
 * check); the previous build keeps being used when the content has errors.
 */
export function rebuild(opts: Omit<BuildOptions, 'strict'>): EnsureResult {
  const existing = readBuildInfo(opts.outFile);
  try {
    return { info: buildKnowledgeBase(opts).info, rebuilt: true };
  } catch (err) {
    if (err instanceof ContentError && existing) return { info: existing, rebuilt: false, buildError: err };
    throw err;
  }
}
