import { readFile, readFileSync } from 'node:fs';
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
  private lines: Uint8Array | undefined;

  /**
   * The package's list, kept for the process. Its read starts here, in the background: a
   * start has idle moments, and most of the read's cost is the kernel filling 2.8 MB of
   * fresh pages (about 12 ms on a loaded 2-core machine), which it then does off the main
   * thread. A lookup before the read ends reads the file at once.
   */
  static load(): EnglishDictionary {
    if (!EnglishDictionary.shared) {
      const dictionary = (EnglishDictionary.shared = new EnglishDictionary());
      // A failed read fails again, thrown, at the first lookup.
      readFile(wordListPath, (error, bytes) => {
        if (!error) dictionary.lines ??= bytes;
      });
    }
    return EnglishDictionary.shared;
  }

  /** `lines`: lowercase ASCII words, one a line, sorted (tests). */
  static of(lines: Uint8Array): EnglishDictionary {
    const dictionary = new EnglishDictionary();
    dictionary.lines = lines;
    return dictionary;
  }

  private constructor() {}

  /** Whether `word` (lowercase) is one of the list's lines, or a word of today the list predates. */
  has(word: string): boolean {
    if (NEWER_WORDS.has(word)) return true;
    const lines = (this.lines ??= readFileSync(wordListPath));
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

/**
 * Everyday words and brands newer than the list: "wifi密码多少" was corrected to wife, a
 * confident answer about a spouse's FX quota.
 */
const NEWER_WORDS = new Set(
  'wifi iphone ipad selfie bluetooth emoji fintech bitcoin blockchain dropshipping wechat alipay paypal ebay netflix uber skype whatsapp gmail hotmail tiktok instagram linkedin youtube'.split(' '),
);

/** `word` against the bytes [start, end) by character code: negative, 0 or positive. */
function compare(word: string, bytes: Uint8Array, start: number, end: number): number {
  const n = Math.min(word.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - bytes[start + i]!;
    if (d) return d;
  }
  return word.length - (end - start);
}
