import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

const NEWLINE = 0x0a;

/**
 * Real English words, by the `word-list` package (274,000 lowercase words, one a line,
 * inflected forms included: dropped, spent, flights). The speller leaves such a word
 * alone: a real word the knowledge base does not use (visa, flight, fair) is what the user
 * meant, not a typo of a content word (via, light, fail).
 *
 * The file's bytes (2.8 MB, read once per process) are searched by bisection over its
 * lines: making 274,000 strings and a set of them would cost start time many times over,
 * for a lookup made only when the speller finds a correction. The file is sorted but for
 * two neighbouring pairs (manlily/manlihood, sharrows/sharrowed): a word the bisection
 * misses there is only corrected as before.
 */
export class EnglishDictionary {
  private static shared: EnglishDictionary | undefined;

  /** The package's list, read on first use and kept for the process. */
  static load(): EnglishDictionary {
    return (EnglishDictionary.shared ??= new EnglishDictionary(readFileSync(wordListPath)));
  }

  /** `lines`: lowercase ASCII words, one a line, sorted. */
  constructor(private readonly lines: Uint8Array) {}

  /** Whether `word` (lowercase) is one of the list's lines. */
  has(word: string): boolean {
    const { lines } = this;
    // Invariant: a line equal to `word` can only start within [lo, hi).
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : lines.lastIndexOf(NEWLINE, mid - 1) + 1;
      let end = lines.indexOf(NEWLINE, start);
      if (end < 0) end = lines.length;
      const order = compare(word, lines, start, end);
      if (order === 0) return true;
      if (order < 0) hi = start;
      else lo = end + 1;
    }
    return false;
  }
}

/** `word` against the bytes [start, end) by character code: negative, 0 or positive. */
function compare(word: string, bytes: Uint8Array, start: number, end: number): number {
  const n = Math.min(word.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - bytes[start + i]!;
    if (d) return d;
  }
  return word.length - (end - start);
}
