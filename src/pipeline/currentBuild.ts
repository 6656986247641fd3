import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { findContentFiles } from '../content/findContentFiles.js';
import { KbError } from '../errors.js';
import { readBuildInfo } from '../store/indexFile.js';
import type { BuildInfo } from '../types.js';
import { contentHash, contentStamp } from './contentHash.js';
import type { BuildOptions } from './buildKnowledgeBase.js';
import type { EnsureResult } from './ensureBuilt.js';

/**
 * The build in `outFile` when it is current: built from the content of `contentDir` as it
 * is now, or the only build there is when there is no content folder. Undefined when a
 * build is needed. Light: the build code is not loaded for a start that needs no build.
 */
export function currentBuild(opts: { contentDir: string; outFile: string }): BuildInfo | undefined {
  const existing = readBuildInfo(opts.outFile);
  if (!existsSync(opts.contentDir)) {
    if (existing) return existing;
    throw new KbError('index.not-found', `index: ${opts.outFile} does not exist and there is no content folder ${opts.contentDir} to build it from`, 'pass --content DIR or --index FILE');
  }
  return existing && isCurrent(existing, opts.contentDir) ? existing : undefined;
}

/** What the build-check thread answers: undefined info when a build is needed; not ok when the check failed. */
export type BuildCheckAnswer = { ok: true; info: BuildInfo | undefined } | { ok: false };

/**
 * currentBuild() on a thread of its own, at lower priority, for a caller with other work to
 * do meanwhile (a server serves while 40,000 content files are listed and statted). Resolves
 * `{ ok: false }` when the check failed there (a folder that cannot be read, a thread that
 * died): the caller rebuilds, and the build reports the error (see checkContentAfterReady).
 */
export function currentBuildOffThread(opts: { contentDir: string; outFile: string }): Promise<BuildCheckAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./buildCheckWorker.js', import.meta.url), { workerData: opts });
    worker.once('message', (answer: BuildCheckAnswer) => resolve(answer));
    worker.once('error', () => resolve({ ok: false }));
    worker.once('exit', () => resolve({ ok: false }));
  });
}

/** ensureBuilt, with the build code loaded only when a build is needed. */
export async function ensureBuiltLazily(opts: Omit<BuildOptions, 'strict'>): Promise<EnsureResult> {
  const info = currentBuild(opts);
  if (info) return { info, rebuilt: false };
  const { ensureBuilt } = await import('./ensureBuilt.js');
  return ensureBuilt(opts);
}

/**
 * True when `info` is a build of the content in `contentDir`: by the files' stamp when
 * the build recorded one and it still matches (a stat per file), else by their hash.
 */
function isCurrent(info: BuildInfo, contentDir: string): boolean {
  const files = findContentFiles(contentDir).all;
  if (info.contentStamp && info.contentStamp === contentStamp(contentDir, files)) return true;
  return info.contentHash === contentHash(contentDir, files);
}
