import { existsSync } from 'node:fs';
import { ContentError, KbError } from '../errors.js';
import { readBuildInfo } from '../store/knowledgeBaseFile.js';
import type { BuildInfo } from '../types.js';
import { buildKnowledgeBase, type BuildOptions } from './buildKnowledgeBase.js';
import { contentHash } from './contentHash.js';

export interface EnsureResult {
  info: BuildInfo;
  rebuilt: boolean;
  /** Set when the content changed but has errors: the previous build is still used. */
  buildError?: ContentError;
}

/**
 * Makes sure `outFile` holds a build of the current content: rebuilds when the file is
 * missing, of another format, or built from other content (by hash, not by mtime, so a
 * fresh checkout does not look stale). If the content is broken and an older build
 * exists, that build keeps being used and the error is returned for the caller to show.
 */
export function ensureBuilt(opts: Omit<BuildOptions, 'strict'>): EnsureResult {
  const existing = readBuildInfo(opts.outFile);
  if (!existsSync(opts.contentDir)) {
    if (existing) return { info: existing, rebuilt: false };
    throw new KbError('index.not-found', `index: ${opts.outFile} does not exist and there is no content folder ${opts.contentDir} to build it from`, 'pass --content DIR or --index FILE');
  }
  if (existing && existing.contentHash === contentHash(opts.contentDir)) return { info: existing, rebuilt: false };
  try {
    return { info: buildKnowledgeBase(opts).info, rebuilt: true };
  } catch (err) {
    if (err instanceof ContentError && existing) return { info: existing, rebuilt: false, buildError: err };
    throw err;
  }
}
