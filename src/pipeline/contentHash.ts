import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { findContentFiles } from '../content/findContentFiles.js';
import { FORMAT_VERSION } from '../store/knowledgeBaseFile.js';
import { PACKAGE_VERSION } from '../version.js';
import { engineFingerprint } from './engineFingerprint.js';

/**
 * sha256 over every file that feeds a build (path and bytes), the package version, the
 * index format version and the code that builds indexes: equal hashes mean an existing
 * build is still current.
 */
export function contentHash(root: string, files: string[] = findContentFiles(root).all): string {
  const hash = createHash('sha256').update(`kb ${PACKAGE_VERSION} format ${FORMAT_VERSION} engine ${engineFingerprint()}\n`);
  for (const file of [...files].sort()) {
    hash.update(relative(root, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
