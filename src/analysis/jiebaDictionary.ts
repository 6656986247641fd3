import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileWhole } from '../shared/writeFileWhole.js';

/*
 * jieba's bundled dictionary without its rare nouns, names and idioms: frequency 5 or
 * less, tagged n, nr, nrt, nrfg, ns, nt, nz, i or l (183,000 of 349,000 words). Loading
 * the whole dictionary was the largest part of a start, and such words barely matter to
 * matching: without them a word is cut into shorter words or characters, which the index
 * and the query cut alike and the character bigrams still match (docs/performance-log.md, "Start, ready
 * means ready"). Rare verbs and numerals stay: the analysis reads verb forms (收不到 →
 * 收到) and amounts (一万刀) from jieba's words.
 *
 * `npm run compile` writes the pruned dictionary once (scripts/jiebaDictionary.ts), so a
 * process reads 2 MB instead of reading 5 MB and running a regular expression over it
 * (about 50 ms of every start and every `kb` command). Its file name holds the size and
 * modification time of the dictionary it was pruned from: after an upgrade of jieba without
 * a compile, the name no longer matches and the dictionary is pruned here, as before.
 */

const RARE_WORD = /^[^ \n]* [0-5] (?:n|nr|nrt|nrfg|ns|nt|nz|i|l)\n/gm;

/** The dictionary @node-rs/jieba ships. */
function sourceFile(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

/** The folder the compile step writes the pruned dictionary to (dist/jieba). */
const prunedFolder = () => fileURLToPath(new URL('../../jieba/', import.meta.url));

/** Where the compile step leaves the dictionary pruned from `source` as it is now (its size and modification time). */
export function prunedFile(source: string = sourceFile()): string {
  const { size, mtimeMs } = statSync(source);
  return `${prunedFolder()}dict.${size}-${Math.trunc(mtimeMs)}.txt`;
}

/** `source` (a jieba dictionary) without its rare words. */
export function pruneDictionary(source: Buffer): Buffer {
  // Latin-1 keeps every byte as one character, so the UTF-8 words pass through unchanged.
  return Buffer.from(source.toString('latin1').replace(RARE_WORD, ''), 'latin1');
}

/** The pruned dictionary: the compiled one when it was made from this jieba's, else pruned now. */
export function readJiebaDictionary(): Buffer {
  const source = sourceFile();
  try {
    return readFileSync(prunedFile(source));
  } catch {
    return pruneDictionary(readFileSync(source));
  }
}

/**
 * Writes the pruned dictionary where readJiebaDictionary looks for it, through a temporary
 * file of this process's own (a reader, or a compile running at the same time, never sees
 * half of it), and removes those pruned from earlier versions. Returns its path.
 */
export function writeJiebaDictionary(): string {
  const source = sourceFile();
  const file = prunedFile(source);
  const folder = dirname(file);
  writeFileWhole(file, pruneDictionary(readFileSync(source)));
  for (const old of readdirSync(folder)) if (/^dict\..*\.txt$/.test(old) && join(folder, old) !== file) rmSync(join(folder, old), { force: true });
  return file;
}
