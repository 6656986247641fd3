import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Logger } from 'pino';
import { KbError } from '../../errors.js';
import { KnowledgeBase } from '../../query/knowledgeBase.js';
import type { LiveKnowledgeBase } from './liveKnowledgeBase.js';

/** Quiet time after the last file event before loading: a copy may write in several steps. */
const DEBOUNCE_MS = 150;
/**
 * How often the file's identity is read as a safety net for missed file events (shared
 * volumes such as NFS send none): one stat, microseconds.
 */
const POLL_MS = 500;

/** Device, inode, size and mtime: a rename over the file, or a write in place, changes it. */
function identity(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** An index loaded from the published file, with the file's identity taken before loading. */
export interface LoadedIndex {
  kb: KnowledgeBase;
  identity: string | undefined;
}

/** The published index at start: it must be there and load, since a replica has nothing else to serve. */
export async function openPublishedIndex(file: string, load: (file: string) => KnowledgeBase | Promise<KnowledgeBase> = KnowledgeBase.open): Promise<LoadedIndex> {
  // Taken first: a file replaced during the load is then seen as new, and loaded again.
  const before = identity(file);
  if (!existsSync(file)) {
    throw new KbError('index.not-found', `index: no published index at ${file}`, 'publish one first: kb build --out FILE writes it atomically (temporary file, then rename)');
  }
  try {
    return { kb: await load(file), identity: before };
  } catch (err) {
    throw new KbError('index.unreadable', `index: cannot load the published index ${file}: ${(err as Error).message}`, 'publish it again with kb build --out FILE, or copy it to a temporary name in the same folder and rename it over FILE');
  }
}

export interface PublishedIndexDeps {
  /** The published index file (`kb serve --index FILE --published`). */
  file: string;
  /** The file as it was when the index now served was loaded from it. */
  loaded: string | undefined;
  live: LiveKnowledgeBase;
  logger: Logger;
  /** Loads an index file. @default KnowledgeBase.open */
  load?: (file: string) => KnowledgeBase;
}

/**
 * Serves an index that an operator publishes (`kb build --out FILE`, or a copy renamed
 * over FILE) instead of building one: when the file is replaced, the new one is loaded
 * and swapped in whole; requests in flight finish on the old one. A file that will not
 * load, or is gone, changes nothing that is served: the error is logged and shown in
 * /readyz (`lastBuildError`) until a good file appears. File events (chokidar, on the
 * folder, since a rename replaces the file itself) make it quick; a stat every POLL_MS
 * makes it certain. The identity served is taken before loading, so a file replaced
 * during a load is loaded again.
 */
export function followPublishedIndex(deps: PublishedIndexDeps): { close(): void } {
  const file = resolve(deps.file);
  const { live, logger } = deps;
  const load = deps.load ?? KnowledgeBase.open;
  let seen = deps.loaded;
  let timer: NodeJS.Timeout | undefined;

  const check = () => {
    const now = identity(file);
    if (now === seen) return;
    seen = now;
    if (!now) return fail(`published index ${file} is missing (still serving the last one loaded)`);
    const started = performance.now();
    try {
      const kb = load(file);
      live.swap(kb);
      logger.info({ file, contentHash: kb.info.contentHash, articles: kb.info.articles, ms: Math.round(performance.now() - started) }, 'published index loaded; now serving it');
    } catch (err) {
      fail(`cannot load the published index ${file}: ${(err as Error).message}`);
    }
  };
  const fail = (message: string) => {
    live.fail({ at: new Date().toISOString(), message, diagnostics: [] });
    logger.error({ file }, `${message}; the last good index keeps serving`);
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  };
  const watcher: FSWatcher = watch(dirname(file), { ignoreInitial: true, depth: 0 });
  watcher.on('all', (_event, path) => {
    if (resolve(path) === file) soon();
  });
  watcher.on('error', (err) => logger.warn({ err: (err as Error).message }, 'published index watcher error; the file is still polled'));
  const poll = setInterval(check, POLL_MS);
  // Neither keeps a stopping process alive.
  poll.unref();
  return {
    close() {
      clearTimeout(timer);
      clearInterval(poll);
      void watcher.close();
    },
  };
}
