import lunr from 'lunr';
import { isEnglishStopWord } from './stopWords.js';

/** One analysed Latin word: `term` is what is indexed, `surface` what the user wrote. */
export interface EnglishWord {
  term: string;
  surface: string;
  /** Codes and numbers (MT103, 71A, 5000) are kept as written, never stemmed or fuzzed. */
  code: boolean;
}

/**
 * Latin run → words: possessives and apostrophes folded ("buyer's" → buyer, "didn't" →
 * didnt), stop words dropped, words stemmed with lunr's Porter stemmer; anything with a
 * digit kept verbatim; lone digits dropped (they are dates and counts, not topics).
 */
export function englishWords(run: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (const raw of run.split(/[.](?!\d)/)) {
    const surface = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (!surface || isEnglishStopWord(surface) || isEnglishStopWord(raw)) continue;
    if (/\d/.test(surface)) {
      if (surface.length > 1) out.push({ term: surface, surface, code: true });
      continue;
    }
    if (surface.length < 2) continue;
    out.push({ term: stem(surface), surface, code: false });
  }
  return out;
}

export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}
