import { SortedWords } from './sortedWords.js';

/**
 * The words of a vocabulary nearest to a given word by optimal-string-alignment distance
 * (Levenshtein plus adjacent transpositions, as src/shared/editDistance.ts), without
 * comparing the word with every vocabulary word: the vocabulary is kept sorted with the
 * length of the prefix each word shares with the one before it, so walking the list
 * walks a trie. A prefix's row of the distance table is computed once for every word
 * that starts with it, and a prefix whose row is already beyond the distance allowed
 * skips every word below it (a row's minimum never decreases down the table, with
 * transpositions too). At 20,000 articles (60,000 invented words, mostly 8–11 letters)
 * a scan compared a word with about 50,000 candidates.
 */
export class NearestWords {
  /** The vocabulary, sorted: also the speller's test of whether a word is known. */
  private readonly known: SortedWords;
  private readonly words: readonly string[];
  /** shared[k]: the length of the prefix words[k] shares with words[k - 1] (capped at 255). */
  private readonly shared: Uint8Array;
  /** Per block of BLOCK words: the smallest `shared` in it, to skip a large subtree a block at a time. */
  private readonly blockShared: Uint8Array;

  constructor(vocabulary: readonly string[]) {
    this.known = new SortedWords(vocabulary);
    this.words = this.known.words;
    const n = this.words.length;
    this.shared = new Uint8Array(n);
    this.blockShared = new Uint8Array(Math.ceil(n / BLOCK)).fill(255);
    for (let k = 1; k < n; k++) {
      const a = this.words[k - 1]!;
      const b = this.words[k]!;
      let p = 0;
      while (p < 255 && p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
      this.shared[k] = p;
    }
    for (let k = 0; k < n; k++) if (this.shared[k]! < this.blockShared[k >> BLOCK_BITS]!) this.blockShared[k >> BLOCK_BITS] = this.shared[k]!;
    this.blockShared[0] = 0;
  }

  /** Whether `word` is in the vocabulary. */
  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * Every vocabulary word at the smallest distance from `word` when that distance is at
   * most `max` (none otherwise), in vocabulary order, duplicates kept: what comparing
   * `word` with each vocabulary word finds.
   */
  nearest(word: string, max: number): string[] {
    const { words, shared } = this;
    const m = word.length;
    const width = m + 1;
    // A word longer than m + max is beyond max: rows past that depth are never needed.
    const rows = new Int32Array((m + max + 2) * width);
    for (let j = 0; j <= m; j++) rows[j] = j;
    const rowMin = new Int32Array(m + max + 2);
    let best: string[] = [];
    let bestDistance = max + 1;
    /** Rows 0..computed hold the table of the current word's prefix of that length. */
    let computed = 0;
    for (let k = 0; k < words.length; k++) {
      if (computed > shared[k]!) computed = shared[k]!;
      const c = words[k]!;
      const limit = Math.min(max, bestDistance);
      if (c.length > m + limit || c.length < m - limit) continue;
      let pruned = -1;
      for (let i = computed + 1; i <= c.length; i++) {
        rowMin[i] = fillRow(rows, i, width, c, word);
        computed = i;
        if (rowMin[i]! > limit) {
          pruned = i;
          break;
        }
      }
      if (pruned >= 0) {
        k = this.lastSharing(k, pruned);
        continue;
      }
      const d = rows[c.length * width + m]!;
      if (d < bestDistance) {
        best = [c];
        bestDistance = d;
      } else if (d === bestDistance && d <= max) best.push(c);
    }
    return best;
  }

  /** The last word from k on that still starts with words[k]'s prefix of `depth` characters. */
  private lastSharing(k: number, depth: number): number {
    const { shared, blockShared } = this;
    const n = shared.length;
    while (k + 1 < n) {
      const next = k + 1;
      if ((next & (BLOCK - 1)) === 0 && blockShared[next >> BLOCK_BITS]! >= depth) k += Math.min(BLOCK, n - next);
      else if (shared[next]! >= depth) k = next;
      else break;
    }
    return k;
  }
}

const BLOCK_BITS = 6;
const BLOCK = 1 << BLOCK_BITS;

/**
 * Row i of the distance table between candidate `c` (rows: its prefixes) and `word`
 * (columns), from rows i - 1 and i - 2; returns the row's minimum.
 */
function fillRow(rows: Int32Array, i: number, width: number, c: string, word: string): number {
  const at = i * width;
  const up = at - width;
  const ci = c.charCodeAt(i - 1);
  rows[at] = i;
  let min = i;
  for (let j = 1; j < width; j++) {
    const wj = word.charCodeAt(j - 1);
    let d = Math.min(rows[up + j]! + 1, rows[at + j - 1]! + 1, rows[up + j - 1]! + (ci === wj ? 0 : 1));
    if (i > 1 && j > 1 && ci === word.charCodeAt(j - 2) && c.charCodeAt(i - 2) === wj) d = Math.min(d, rows[up - width + j - 2]! + 1);
    rows[at + j] = d;
    if (d < min) min = d;
  }
  return min;
}
