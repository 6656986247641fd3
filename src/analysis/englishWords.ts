import lunr from 'lunr';
import { isEnglishCourtesy, isEnglishStopWord } from './stopWords.js';

/** One analysed Latin word: `term` is what is indexed, `surface` what the user wrote (lowercase). */
export interface EnglishWord {
  term: string;
  surface: string;
  /** Codes, acronyms and numbers (MT103, OUR, KYC, 71A, 5000) are kept as written, never stemmed. */
  code: boolean;
}

/**
 * Negations stay, folded to one term: "not received", "hasn't arrived" and "no money"
 * describe a different problem than "received" or "arrived", and the stop word list
 * would otherwise drop them.
 */
const NEGATION = /^(?:not|no|never|cannot|nothing|[a-z]+n['’]t|(?:do|did|does|is|was|are|were|have|has|had|ca|could|wo|would|should|ai)nt)$/;
const NEGATION_TERM = 'not';

/**
 * Latin run → words: possessives folded ("buyer's" → buyer), negations kept as "not",
 * stop words dropped, words stemmed with lunr's Porter stemmer; anything with a digit
 * and any acronym written in capitals (OUR, SHA, KYC) kept verbatim, so the charge code
 * OUR is not lost as the stop word "our"; lone digits dropped (dates and counts, not
 * topics). `shouting` turns acronym detection off for text written all in capitals.
 */
export function englishWords(run: string, shouting = false): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (const raw of run.split(/[.](?!\d)/)) {
    const written = raw.replace(/['’]s$/i, '');
    const lower = written.toLowerCase();
    if (!lower) continue;
    if (/\d/.test(lower)) {
      if (lower.length > 1) out.push({ term: lower.replace(/['’]/g, ''), surface: lower, code: true });
    } else if (!shouting && /^[A-Z]{2,5}$/.test(written)) {
      // OK, PLS, THX in capitals are courtesies still, not codes (OUR, a stop word, is a code).
      if (isEnglishCourtesy(lower)) continue;
      out.push({ term: lower, surface: lower, code: true });
    } else if (NEGATION.test(lower)) {
      out.push({ term: NEGATION_TERM, surface: lower, code: false });
    } else {
      const surface = lower.replace(/['’]/g, '');
      if (surface.length < 2 || isEnglishStopWord(surface)) continue;
      out.push({ term: stem(surface), surface, code: false });
    }
  }
  return out;
}

/** True when a text has several words in capitals and none in lower case. */
export function isShouting(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/\b[A-Z]{2,}\b/g)?.length ?? 0) >= 3;
}

/**
 * lunr's Porter stemmer, except for three letters ending in s: cutting the s there mostly cut an
 * acronym typed in lower case (sms → sm, gps → gp, ups → up, pos → po), which then missed the
 * SMS the articles write in capitals, kept verbatim as a code. (use, try, owe still stem as
 * using, trying, owed do.)
 */
export function stem(word: string): string {
  return SHORT_S.test(word) || CURRENCY_CODES_PORTER_CUTS.has(word) ? word : lunr.stemmer(new lunr.Token(word, {})).toString();
}

/**
 * The currency codes Porter changes when typed in lower case (cny → cni, jpy → jpi, aed → a):
 * "usd to cny rate" then missed CNY's synonyms (人民币, RMB). The other codes stem to themselves.
 */
const CURRENCY_CODES_PORTER_CUTS = new Set(['cny', 'jpy', 'aed']);

const SHORT_S = /^[a-z]{2}s$/;
