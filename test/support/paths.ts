import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/...). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CONTENT = join(ROOT, 'content');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const KB_BIN = join(ROOT, 'bin', 'kb');

const made: string[] = [];

/** A fresh temporary folder, removed after the run. */
export function tempDir(prefix = 'kb-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
