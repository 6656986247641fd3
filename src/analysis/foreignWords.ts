import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeFileWhole } from '../shared/writeFileWhole.js';
import type { WordSet } from './speller.js';
import { foldDiacritics } from './normalize.js';

/**
 * The Latin-script languages buyers and their staff write besides English: Spanish and
 * Portuguese (Latin America), French, Italian, German, Dutch, Polish (Europe), Turkish,
 * Indonesian, Malay and Tagalog.
 */
const LANGUAGES = ['es', 'pt', 'fr', 'it', 'de', 'nl', 'pl', 'tr', 'id', 'ms', 'tl'] as const;

/** Words of those lists that are also English typed without its apostrophe: French dont is don't. */
const ENGLISH_WITHOUT_APOSTROPHE = new Set(['dont']);

/**
 * Everyday words of the buyers' other languages (the `stopwords-iso` package's lists for
 * LANGUAGES, folded as normalize folds accents), which the speller leaves alone as it does
 * real English words: "hola buenos dias" became hold (payments on hold), "buen día, solo para
 * saludar" ben (the BEN charge code), "como calcular el flete" come (where the money comes
 * from), each a confident answer to a greeting or a question about freight. A word of these
 * lists is what its writer meant, in a language the content does not hold.
 *
 * Read at the first lookup (the speller looks up only a word it would correct), not at start,
 * from the list `npm run compile` writes (scripts/foreignWords.ts): parsing the package's
 * 207 KB of every language's lists took 30–100 ms of the first queries after a start.
 */
export class ForeignWords implements WordSet {
  private static shared: ForeignWords | undefined;
  private words: Set<string> | undefined;

  static load(): ForeignWords {
    return (ForeignWords.shared ??= new ForeignWords());
  }

  /** A set of the given words (tests). */
  static of(words: Iterable<string>): ForeignWords {
    const set = new ForeignWords();
    set.words = new Set(words);
    return set;
  }

  private constructor() {}

  has(word: string): boolean {
    return (this.words ??= readWords()).has(word);
  }
}

/** Where `npm run compile` writes the words, one a line (dist/foreign-words.txt). */
const compiledFile = () => fileURLToPath(new URL('../../foreign-words.txt', import.meta.url));

/** The compiled list, or the package's lists read now when it is missing (a checkout not compiled since). */
function readWords(): Set<string> {
  try {
    return new Set(readFileSync(compiledFile(), 'utf8').split('\n').filter(Boolean));
  } catch {
    return listWords();
  }
}

/** Writes the words where readWords looks for them (whole: see writeFileWhole); returns its path. */
export function writeForeignWords(): string {
  const file = compiledFile();
  writeFileWhole(file, `${[...listWords()].sort().join('\n')}\n`);
  return file;
}

/** The words of the package's lists for LANGUAGES, folded. */
export function listWords(): Set<string> {
  const file = createRequire(import.meta.url).resolve('stopwords-iso');
  const lists = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  const words = new Set<string>();
  for (const language of LANGUAGES) {
    for (const word of lists[language] ?? []) {
      // Only what the analysis sees as one Latin word: phrases and apostrophes are not.
      const folded = foldDiacritics(word.toLowerCase());
      if (/^[a-z]+$/.test(folded) && !ENGLISH_WITHOUT_APOSTROPHE.has(folded)) words.add(folded);
    }
  }
  return words;
}
