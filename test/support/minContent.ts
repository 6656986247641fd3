import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { FIXTURES, tempDir } from './paths.js';

/** The two-article fixture content (test/fixtures/content-min), built, with `outOfScope` as its out-of-scope.yaml (none when undefined). */
export function twoArticles(outOfScope?: string): KnowledgeBase {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  if (outOfScope !== undefined) writeFileSync(join(dir, 'out-of-scope.yaml'), outOfScope);
  buildKnowledgeBase({ contentDir: dir, outFile: join(dir, 'kb.sqlite') });
  return KnowledgeBase.open(join(dir, 'kb.sqlite'));
}
