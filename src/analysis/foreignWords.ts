import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 * Read at the first lookup (the speller looks up only a word it would correct), not at start.
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
    return (this.words ??= readLists()).has(word);
  }
}

function readLists(): Set<string> {
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
