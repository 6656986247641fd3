import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, tempDir } from './paths.js';

/** The article the browser tests make overdue for review. */
export const STALE_ID = 'fees-intermediary-deduction';
export const STALE_REVIEWED = '2024-01-02';

/**
 * A private copy of the sample content where STALE_ID was last reviewed long ago (its review
 * is overdue whatever today's date), so the console's freshness display can be checked.
 */
export function contentWithStaleArticle(): string {
  const dir = join(tempDir('kb-stale-content-'), 'content');
  cpSync(CONTENT, dir, { recursive: true });
  for (const locale of ['zh-CN', 'en']) {
    const file = join(dir, 'fees', `${STALE_ID}.${locale}.md`);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^reviewed: .*$/m, `reviewed: ${STALE_REVIEWED}`);
    if (changed === text) throw new Error(`staleContent: no "reviewed:" line in ${file}`);
    writeFileSync(file, changed);
  }
  return dir;
}
