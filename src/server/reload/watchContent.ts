import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Quiet time after the last change before rebuilding: editors save in bursts. */
const DEBOUNCE_MS = 150;
/**
 * How often the content folder is listed as a safety net for what file events miss. A
 * listing of a few hundred files costs well under a millisecond; with the debounce and a
 * build of under a second, a missed event still reaches the index within about 2 s.
 */
const POLL_MS = 500;

export interface ContentWatchHandlers {
  /** Once per burst of changes, including the folder disappearing or coming back. */
  onChange(): void;
  /** The file watcher failed; the poll keeps changes coming, this is for the log. */
  onError(err: Error): void;
}

/** What the folder holds now: its identity (device and inode) and every file's name, size, mtime and inode. */
interface Snapshot {
  identity: string;
  files: string;
}

/**
 * Calls `onChange` once per burst of changes under `dir`, whatever the editor does. File
 * events (chokidar) make it fast; a cheap listing every POLL_MS makes it certain: it
 * catches rename-saves an event missed, the folder moved away and back, deleted and
 * recreated. When the listing finds a change no event reported, or the folder is another
 * one than the watcher follows, the watcher is reopened on the folder that is there now.
 * Hidden files (editor swap files, .git), backups (`~`) and temporary files are ignored.
 */
export function watchContent(dir: string, handlers: ContentWatchHandlers): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let followed: string | undefined;
  let sawEvent = false;
  let last = snapshot(dir);

  const fire = () => {
    // Taken before the build reads the files: anything changed after it is seen next tick.
    last = snapshot(dir);
    sawEvent = false;
    if (last?.identity !== followed) follow();
    handlers.onChange();
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, DEBOUNCE_MS);
  };
  const follow = () => {
    void watcher?.close();
    watcher = undefined;
    followed = last?.identity;
    if (!last) return;
    watcher = watch(dir, { ignoreInitial: true, ignored: (path) => isIgnored(relative(dir, path)) });
    watcher.on('all', () => {
      sawEvent = true;
      changed();
    });
    watcher.on('error', (err) => handlers.onError(err as Error));
  };
  follow();

  const poll = setInterval(() => {
    const now = snapshot(dir);
    if (now?.identity === last?.identity && now?.files === last?.files) return;
    const missed = !sawEvent;
    last = now;
    if (missed || now?.identity !== followed) follow();
    changed();
  }, POLL_MS);
  poll.unref();

  return {
    close() {
      clearTimeout(timer);
      clearInterval(poll);
      void watcher?.close();
    },
  };
}

function isIgnored(file: string): boolean {
  return file.split(sep).some((part) => part.startsWith('.')) || file.endsWith('~') || file.endsWith('.tmp');
}

/** The folder's listing, or undefined when it is not there (or vanished while being listed). */
function snapshot(dir: string): Snapshot | undefined {
  try {
    const st = statSync(dir);
    if (!st.isDirectory()) return undefined;
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const e of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, e.name);
        if (isIgnored(relative(dir, path))) continue;
        if (e.isDirectory()) walk(path);
        else if (e.isFile()) {
          const f = statSync(path);
          files.push(`${relative(dir, path)}\0${f.size}\0${f.mtimeMs}\0${f.ino}`);
        }
      }
    };
    walk(dir);
    return { identity: `${st.dev}:${st.ino}`, files: files.sort().join('\n') };
  } catch {
    return undefined;
  }
}
