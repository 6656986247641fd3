import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The stages whose code decides what an index contains (query/: the snippet passages the
 * build analyses; relevance/: the models the build learns and stores).
 */
const STAGES = ['content', 'compile', 'analysis', 'index', 'query', 'relevance'];

/**
 * engineFingerprint() as scripts/bundle.ts computed it when it made the bundle (esbuild
 * defines it there; unbundled it is not defined). The bundle runs only while it is newer
 * than every file the fingerprint hashes (they are in its inputs.json, see bin/kb), so it
 * still holds then, and a start does not read and hash those hundred files (about 15 ms).
 */
declare const KB_BUNDLED_ENGINE_FINGERPRINT: string | undefined;

let fingerprint: string | undefined = typeof KB_BUNDLED_ENGINE_FINGERPRINT === 'string' ? KB_BUNDLED_ENGINE_FINGERPRINT : undefined;

/**
 * The compiled folders that build an index: the stages, and this pipeline folder itself,
 * which decides the analyzer's vocabulary and which articles the public index holds.
 */
export function engineFolders(): string[] {
  const src = fileURLToPath(new URL('../', import.meta.url));
  return [...STAGES.map((stage) => join(src, stage)), fileURLToPath(new URL('./', import.meta.url))];
}

/**
 * sha256 of the code that builds an index (this install's compiled `folders`, by default
 * engineFolders()). Part of the content hash, so an index built by other code (new stop
 * words, segmentation, synonym handling, public filter) is rebuilt instead of being
 * queried with an analyzer that no longer matches it.
 */
export function engineFingerprint(folders?: readonly string[]): string {
  if (folders) return hashFolders(folders);
  fingerprint ??= hashFolders(engineFolders());
  return fingerprint;
}

function hashFolders(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of folders) {
    const name = basename(dir);
    for (const file of engineFiles(dir)) hash.update(`${name}/${file}\0`).update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex');
}

/** The files of a folder of engineFolders() that the fingerprint hashes, by name, in the order it hashes them. */
export function engineFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
}
