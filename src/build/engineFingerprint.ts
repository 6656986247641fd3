import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The stages whose code decides what an index contains (query/: the snippet passages the
 * build analyses; relevance/: the models the build learns and stores).
 */
const STAGES = ['content', 'compile', 'analysis', 'index', 'query', 'relevance'];

let fingerprint: string | undefined;

/**
 * sha256 of the code that builds an index (this install's compiled content, compile,
 * analysis, index, query and relevance stages). Part of the content hash, so an index built by other
 * analysis code (new stop words, segmentation, synonym handling) is rebuilt instead of
 * being queried with an analyzer that no longer matches it.
 */
export function engineFingerprint(): string {
  if (!fingerprint) {
    const hash = createHash('sha256');
    const src = fileURLToPath(new URL('../', import.meta.url));
    for (const stage of STAGES) {
      const dir = join(src, stage);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) hash.update(`${stage}/${file}\0`).update(readFileSync(join(dir, file)));
    }
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}
