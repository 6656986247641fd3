import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { readWhole } from '../shared/readWhole.js';

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
   * The package's list, kept for the process. Its read starts here, in the background: most
   * of the read's cost is the kernel filling 2.8 MB of fresh pages (about 12 ms on a loaded
   * 2-core machine), which it then does off the main thread. A lookup before the read ends
   * reads the file at once (a server waits for `read` before its warm-up, see
   * readAnalyzerFilesAhead).
   */
  static load(): EnglishDictionary {
    if (!EnglishDictionary.shared) {
      const dictionary = (EnglishDictionary.shared = new EnglishDictionary());
      // In one request (see readWhole): fs.readFile's pieces had not all been read when a
      // server's warm-up came. A failed read fails again, thrown, at the first lookup.
      dictionary.read = readWhole(wordListPath).then(
        (bytes) => void (dictionary.lines ??= bytes),
        () => undefined,
      );
    }
    return EnglishDictionary.shared;
  }

  /** Settles once load()'s read has ended, read or not. */
  read: Promise<void> = Promise.resolve();

  /** `lines`: lowercase ASCII words, one a line, sorted (tests). */
  static of(lines: Uint8Array): EnglishDictionary {
    const dictionary = new EnglishDictionary();
    dictionary.lines = lines;
    return dictionary;
  }

  private constructor() {}

  /** Whether `word` (lowercase) is a name or newer word the list lacks (see NEWER_WORDS). */
  isName(word: string): boolean {
    return isName(word);
  }

  /** Whether `word` (lowercase) is one of the list's lines, or a name or newer word it lacks. */
  has(word: string): boolean {
    if (isName(word)) return true;
    const lines = (this.lines ??= readFileSync(wordListPath));
    // Invariant: a line equal to `word` can only start within [lo, hi).
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // Byte loops, not Buffer#indexOf: a line is a few bytes, and each native call cost more than its scan.
      let start = mid;
      while (start > 0 && lines[start - 1] !== NEWLINE) start--;
      let end = start;
      while (end < lines.length && lines[end] !== NEWLINE) end++;
      const order = compare(word, lines, start, end);
      if (order === 0) return true;
      if (order < 0) hi = start;
      else lo = end + 1;
    }
    return false;
  }
}

/**
 * Words the list lacks: it has no proper nouns, and predates some everyday words and
 * brands. Without them the speller took a name for a typo of a content word one letter
 * away: iraq → iran (a question about another country's sanctions), american → mexican,
 * togo and Lagos → logo, december → remember, Shaoxing → share, wifi → wife, iPhone → phone.
 * Country names come from ICU (every region's English name), months and weekdays too;
 * the cities are those of 200 trading cities that the speller corrected.
 */
const NEWER_WORDS =
  'wifi iphone ipad selfie bluetooth emoji fintech bitcoin blockchain dropshipping wechat alipay paypal ebay netflix uber skype whatsapp gmail hotmail tiktok instagram linkedin youtube';
const PLACES = 'american americans lagos shaoxing chongqing longgang anxi addis rome';
let names: Set<string> | undefined;

function isName(word: string): boolean {
  names ??= new Set(nameWords());
  return names.has(word);
}

/** What scripts/bundle.ts writes into the bundle: nameWords() with the versions of the ICU data they were read from. */
export interface BundledNameWords {
  icu: string | undefined;
  cldr: string | undefined;
  words: string[];
}

/** A BundledNameWords as JSON (esbuild defines it in the bundle, a string: an object would be injected into every module; unbundled it is not defined). */
declare const KB_BUNDLED_NAME_WORDS: string | undefined;

/**
 * The words isName knows: the lists above, the regions' names and the calendar's. Taken from
 * the bundle when this process reads the same ICU data: asking ICU for 676 region codes
 * took a start's first query (or its warm-up) about 20 ms.
 */
export function nameWords(): string[] {
  const bundled = typeof KB_BUNDLED_NAME_WORDS === 'string' ? (JSON.parse(KB_BUNDLED_NAME_WORDS) as BundledNameWords) : undefined;
  if (bundled && bundled.icu === process.versions.icu && bundled.cldr === process.versions.cldr) return bundled.words;
  return [...NEWER_WORDS.split(' '), ...PLACES.split(' '), ...countryWords(), ...calendarWords()];
}

/** The lower-case words of every region's English name (Burkina Faso → burkina, faso). */
function countryWords(): string[] {
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const words: string[] = [];
  for (const a of letters) {
    for (const b of letters) {
      const name = regions.of(a + b);
      if (name && name !== a + b) words.push(...name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2));
    }
  }
  return words;
}

/** January to December, Monday to Sunday, in lower case. */
function calendarWords(): string[] {
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2020, i, 1)));
  const days = Array.from({ length: 7 }, (_, i) => weekday.format(Date.UTC(2020, 5, i + 1)));
  return [...months, ...days].map((w) => w.toLowerCase());
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
