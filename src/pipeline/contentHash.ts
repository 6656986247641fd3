import { createHash, type Hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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
  const hash = versionsHash();
  for (const file of [...files].sort()) {
    hash.update(relativePath(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * How long before a stamp is taken every file must have last changed for the stamp to
 * stand for its content: more than one tick of any file system's clock (FAT's is 2 s).
 */
export const SETTLED_MS = 3000;

/**
 * A cheap stand-in for contentHash, for deciding at start that a build is current without
 * reading 40,000 files: sha256 over each file's path, size, modification and change times
 * (ns) and inode, and the same versions. Any write moves the change time, which no tool
 * can set back (an edit that keeps the size and restores the modification time with
 * `utimes` is still seen); a save by rename gives a new inode. Equal stamps mean equal
 * content unless a file was rewritten with the same size within one tick of the file
 * system's clock, so there is no stamp (undefined) while a file changed less than
 * SETTLED_MS before `now`, or is dated after it: the build then records none and the next
 * start hashes the content (git's "racily clean" rule). A build takes its stamp before
 * reading any file: a later write changes a time.
 */
export function contentStamp(root: string, files: string[] = findContentFiles(root).all, now = Date.now()): string | undefined {
  const hash = versionsHash();
  const settledBefore = BigInt(Math.floor(now - SETTLED_MS)) * 1_000_000n;
  for (const file of [...files].sort()) {
    const { size, mtimeNs, ctimeNs, ino } = statSync(file, { bigint: true });
    if (mtimeNs >= settledBefore) return undefined;
    hash.update(relativePath(root, file)).update(`\0${size}\0${mtimeNs}\0${ctimeNs}\0${ino}\0`);
  }
  return hash.digest('hex');
}

function versionsHash(): Hash {
  return createHash('sha256').update(`kb ${PACKAGE_VERSION} format ${FORMAT_VERSION} engine ${engineFingerprint()}\n`);
}

function relativePath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
