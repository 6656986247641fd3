import { watch, type FSWatcher } from 'node:fs';

/** Quiet time after the last change before rebuilding: editors save in bursts. */
const DEBOUNCE_MS = 150;

/**
 * Calls `onChange` once per burst of changes under `dir` (recursive). Hidden files (editor
 * swap and backup files, .git) and the build's own temporary files are ignored.
 */
export function watchContent(dir: string, onChange: () => void): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    const file = String(name ?? '');
    if (file.split(/[\\/]/).some((part) => part.startsWith('.')) || file.endsWith('~') || file.endsWith('.tmp')) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
