import { createHash, type Hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findContentFiles } from '../content/findContentFiles.js';
import { FORMAT_VERSION } from '../store/indexFile.js';
import { PACKAGE_VERSION } from '../version.js';
import { engineFingerprint } from './engineFingerprint.js';

/**
 * sha256 over every file that feeds a build (path and bytes), the package version, the
 * index format version and the code that builds indexes: equal hashes mean an existing
 * build is still current.
 */
export function contentHash(root: string, files: string[] = findContentFiles(root).all): string {
  return new ContentHasher(root, files, new Set()).digest();
}

/**
 * contentHash computed along a build, from the bytes the build read anyway (40,000 files
 * at scale), instead of reading every file again: `add` takes a file's bytes as read,
 * files nobody adds (the configuration) are read here. Files are hashed in sorted order
 * as soon as all before them are; one added early waits (the build reads in about that
 * order, so few wait).
 */
export class ContentHasher {
  private readonly order: string[];
  private next = 0;
  private readonly early = new Map<string, Buffer>();
  private readonly hash = versionsHash();
  private readonly relative: (file: string) => string;

  /** `added`: the files the build will `add`. */
  constructor(
    root: string,
    files: string[],
    private readonly added: ReadonlySet<string>,
  ) {
    this.order = [...files].sort();
    this.relative = relativeTo(root);
  }

  add(file: string, bytes: Buffer): void {
    this.early.set(file, bytes);
    this.advance(false);
  }

  /** The hash; reads what was not added. */
  digest(): string {
    this.advance(true);
    return this.hash.digest('hex');
  }

  private advance(final: boolean): void {
    for (; this.next < this.order.length; this.next++) {
      const file = this.order[this.next]!;
      let bytes = this.early.get(file);
      if (bytes) this.early.delete(file);
      else if (final || !this.added.has(file)) bytes = readFileSync(file);
      else return;
      this.hash.update(this.relative(file)).update('\0').update(bytes).update('\0');
    }
  }
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
  const relativePath = relativeTo(root);
  for (const file of [...files].sort()) {
    const { size, mtimeNs, ctimeNs, ino } = statSync(file, { bigint: true });
    if (mtimeNs >= settledBefore) return undefined;
    hash.update(relativePath(file)).update(`\0${size}\0${mtimeNs}\0${ctimeNs}\0${ino}\0`);
  }
  return hash.digest('hex');
}

function versionsHash(): Hash {
  return createHash('sha256').update(`kb ${PACKAGE_VERSION} format ${FORMAT_VERSION} engine ${engineFingerprint()}\n`);
}

/**
 * A file's path relative to `root`, `/`-separated. The paths findContentFiles gives (40,000
 * at a start) begin with the normalised root and have no `.` segment: the prefix is cut off
 * instead of normalising both paths for `relative`.
 */
function relativeTo(root: string): (file: string) => string {
  const dir = join(root, '.');
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return (file) => {
    if (!file.startsWith(prefix) || file.includes(`${sep}.`)) return relative(root, file).split(sep).join('/');
    const rest = file.slice(prefix.length);
    return sep === '/' ? rest : rest.split(sep).join('/');
  };
}
