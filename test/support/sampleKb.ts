import { join } from 'node:path';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { CONTENT, tempDir } from './paths.js';

let cached: { file: string; kb: KnowledgeBase } | undefined;

/**
 * The sample content, built once per test process into a real SQLite file and opened from
 * it. Servers over the sample content start from copies of this file; each mocha process
 * (also with --parallel) builds its own in its own temporary folder.
 */
export function sampleKb(): { file: string; kb: KnowledgeBase } {
  if (!cached) {
    const file = join(tempDir('kb-sample-'), 'kb.sqlite');
    buildKnowledgeBase({ contentDir: CONTENT, outFile: file });
    cached = { file, kb: KnowledgeBase.open(file) };
  }
  return cached;
}
