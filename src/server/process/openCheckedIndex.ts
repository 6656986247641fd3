import { existsSync } from 'node:fs';
import { currentBuildOffThread, ensureBuiltLazily } from '../../pipeline/currentBuild.js';
import type { EnsureResult } from '../../pipeline/ensureBuilt.js';
import type { KnowledgeBase } from '../../query/knowledgeBase.js';
import { readBuildInfo } from '../../store/indexFile.js';
import { openForServing, openForServingOverlapped } from '../reload/liveKnowledgeBase.js';

/**
 * From this many content files the build check runs on a thread of its own: listing and
 * statting 40,000 files was a third of a start. Below, starting a thread costs more than
 * the check itself.
 */
export const CHECK_OFF_THREAD_FROM_FILES = 2000;

export interface CheckedIndex {
  /** What the build check found: whether it (re)built the index, and content errors it fell back past. */
  built: EnsureResult;
  kb: KnowledgeBase;
}

/**
 * The index a server starts with, built first if the content changed, exactly as
 * ensureBuilt decides. A large build's check runs on another thread while this one loads
 * the index it expects to be current (itself in two threads, see openForServingOverlapped);
 * the load is used only when the check confirms it (a stale index is rebuilt and loaded
 * again, a damaged one refused as before).
 * `offThreadFrom`: the number of content files from which the check runs on a thread.
 */
export async function openCheckedIndex(opts: { contentDir: string; indexFile: string }, offThreadFrom = CHECK_OFF_THREAD_FROM_FILES): Promise<CheckedIndex> {
  const target = { contentDir: opts.contentDir, outFile: opts.indexFile };
  const existing = readBuildInfo(opts.indexFile);
  if (existing && existing.files >= offThreadFrom && existsSync(opts.contentDir)) {
    const confirmed = await loadWhileChecking(target);
    if (confirmed === 'stale') {
      const { rebuild } = await import('../../pipeline/ensureBuilt.js');
      const built = rebuild(target);
      return { built, kb: openForServing(opts.indexFile) };
    }
    if (confirmed) return confirmed;
  }
  const built = await ensureBuiltLazily(target);
  return { built, kb: openForServing(opts.indexFile) };
}

/**
 * Loads the index while another thread checks it is current. Undefined when the check or
 * the load failed, or the file changed in between: the caller does both again in order,
 * so an error is thrown as it was without the overlap.
 */
async function loadWhileChecking(target: { contentDir: string; outFile: string }): Promise<CheckedIndex | 'stale' | undefined> {
  const check = currentBuildOffThread(target);
  let kb: KnowledgeBase | undefined;
  try {
    kb = await openForServingOverlapped(target.outFile);
  } catch {
    kb = undefined;
  }
  const answer = await check;
  if (!answer.ok) return undefined;
  if (!answer.info) return 'stale';
  if (!kb || kb.info.contentHash !== answer.info.contentHash || kb.info.builtAt !== answer.info.builtAt) return undefined;
  return { built: { info: answer.info, rebuilt: false }, kb };
}
