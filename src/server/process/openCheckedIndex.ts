import { existsSync } from 'node:fs';
import { ensureBuiltLazily } from '../../pipeline/currentBuild.js';
import type { EnsureResult } from '../../pipeline/ensureBuilt.js';
import type { KnowledgeBase } from '../../query/knowledgeBase.js';
import { readBuildInfo } from '../../store/indexFile.js';
import { openForServing, openForServingOverlapped } from '../reload/liveKnowledgeBase.js';

/**
 * From this many content files a start serves the build at hand first and checks its
 * content once ready (see checkContentAfterReady): listing and statting 40,000 files took
 * a second of CPU, a third of a start on two cores. Below, the check costs milliseconds
 * and runs first, so a small knowledge base is never served stale.
 */
export const CHECK_AFTER_READY_FROM_FILES = 2000;

export interface CheckedIndex {
  /** What the build check found: whether it (re)built the index, and content errors it fell back past. */
  built: EnsureResult;
  kb: KnowledgeBase;
  /** The index was loaded without checking its content: the caller checks it once serving. */
  unchecked?: true;
}

/**
 * The index a server starts with. A large build (`checkAfterReadyFrom` content files or
 * more) that loads is served as it is, `unchecked`: the content is checked once the
 * server is ready, and rebuilt then if it changed, the last build serving meanwhile (the
 * last good state keeps serving). Otherwise, and when that load fails, the content is
 * checked first and built if it changed, exactly as ensureBuilt decides, and a damaged
 * index is refused.
 */
export async function openCheckedIndex(opts: { contentDir: string; indexFile: string }, checkAfterReadyFrom = CHECK_AFTER_READY_FROM_FILES): Promise<CheckedIndex> {
  const target = { contentDir: opts.contentDir, outFile: opts.indexFile };
  const existing = readBuildInfo(opts.indexFile);
  if (existing && existing.files >= checkAfterReadyFrom && existsSync(opts.contentDir)) {
    const kb = await openForServingOverlapped(opts.indexFile).catch(() => undefined);
    if (kb) return { built: { info: kb.info, rebuilt: false }, kb, unchecked: true };
  }
  const built = await ensureBuiltLazily(target);
  return { built, kb: openForServing(opts.indexFile) };
}
