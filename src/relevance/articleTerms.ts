import type { QueryAnalysis, QueryTerm } from '../analysis/analyzer.js';
import { isHanWord } from '../analysis/hanCharacters.js';
import type { TextAnalyzer } from './features.js';
import type { CompiledArticle, Scope } from '../types.js';

/** A query's informative terms with their weights, and the weights' sum. */
export interface Informative {
  terms: Array<{ term: QueryTerm; weight: number }>;
  total: number;
}

/**
 * Every analysed word of each article (title, questions, tags, body sections the scope
 * may see), with document frequencies: what the confidence needs to tell how much of a
 * query an article covers, independently of how the index scores it.
 */
export class ArticleTerms {
  private readonly df = new Map<string, number>();
  /** Per article: every term. */
  private readonly terms: Array<Set<string>> = [];
  /** Per article: terms of how it is asked (title, similar questions, tags). */
  private readonly keyTerms: Array<Set<string>> = [];
  private readonly memo = new WeakMap<QueryAnalysis, QueryProfile>();

  constructor(articles: CompiledArticle[][], scope: Scope, analyzer: TextAnalyzer) {
    for (const locales of articles) {
      const key = new Set<string>();
      const all = new Set<string>();
      const addTo = (set: Set<string>, text: string) => {
        const { words, grams } = analyzer.analyze(text);
        for (const w of words) set.add(w);
        for (const g of grams) set.add(gramKey(g));
      };
      for (const a of locales) {
        for (const text of [a.title, ...a.questions, ...a.tags]) addTo(key, text);
        for (const s of a.sections) if (scope === 'agent' || s.kind !== 'internal') addTo(all, s.text);
      }
      for (const w of key) all.add(w);
      for (const w of all) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      this.terms.push(all);
      this.keyTerms.push(key);
    }
  }

  /**
   * How specific a term is to a few articles: log(1 + N / df). A word no article has
   * gets the highest value: the query asks about something the content does not cover.
   */
  idf(term: string): number {
    return Math.log(1 + this.terms.length / (this.df.get(term) ?? 1));
  }

  /** Share of the query's informative weight in words some article has, in [0, 1]. */
  known(analysis: QueryAnalysis): number {
    return this.profile(analysis).known;
  }

  /**
   * The query's informative terms, each with its weight: what the user typed (words,
   * codes, amounts at a third), never synonym keys or guessed corrections on their own.
   * Greetings and fillers are stop words and never get here, so "ok thanks" has none.
   */
  informative(analysis: QueryAnalysis): Informative {
    return this.profile(analysis).informative;
  }

  /**
   * How the article covers the query, each in [0, 1]: `coverage`, the share of the
   * informative weight it matches anywhere; `keyCoverage`, in its title, similar questions
   * and tags; `missing`, the heaviest informative word it lacks; `gramCoverage`, the share
   * of the query's Chinese bigrams (IDF-weighted) in the way it is asked, which catches
   * colloquial Chinese that segments differently. A word also counts when the article has
   * its synonym group (at 0.8), and a word no article has when the article has a
   * correction the speller proposed (at 0.5).
   */
  match(label: number, analysis: QueryAnalysis): { coverage: number; keyCoverage: number; missing: number; gramCoverage: number } {
    const { terms, total, grams, gramTotal } = this.profile(analysis);
    const keySet = this.keyTerms[label];
    const allSet = this.terms[label];
    let all = 0;
    let key = 0;
    let missing = 0;
    for (const t of terms) {
      const inKey = contains(keySet, t.word) ? 1 : related(keySet, t);
      const inAll = inKey === 1 || contains(allSet, t.word) ? 1 : inKey || related(allSet, t);
      key += inKey * t.weight;
      all += inAll * t.weight;
      if (!inAll) missing = Math.max(missing, t.weight);
    }
    let gramMatched = 0;
    if (keySet) for (const g of grams) if (keySet.has(g.key)) gramMatched += g.weight;
    const share = (x: number, of: number) => (of > 0 ? Math.min(1, x / of) : 0);
    return { coverage: share(all, total), keyCoverage: share(key, total), missing: share(missing, total), gramCoverage: share(gramMatched, gramTotal) };
  }

  /**
   * Everything about the query that does not depend on the article, worked out once per
   * query (the confidence of each shown hit reads it): weights, bigram keys, the synonym
   * keys and speller corrections that may stand in for each word.
   */
  private profile(analysis: QueryAnalysis): QueryProfile {
    let found = this.memo.get(analysis);
    if (found) return found;
    const terms = analysis.terms
      .filter((t) => t.kind === 'han' || t.kind === 'latin' || t.kind === 'code' || t.kind === 'number')
      .map((t): ProfiledTerm => {
        const surface = t.surfaces[0]!;
        return {
          term: t,
          weight: t.weight * (t.kind === 'number' ? 0.3 : 1) * this.idf(t.term),
          word: this.lookup(t.term),
          synonyms: analysis.terms.filter((s) => s.kind === 'synonym' && s.surfaces.some((x) => x === surface || x === t.term)).map((s) => this.lookup(s.term)),
          // A guessed correction is weak evidence: the speller finds a near word for almost anything ("bread" → "read").
          corrections: this.isKnown(t.term) ? [] : analysis.terms.filter((c) => c.kind === 'corrected').map((c) => this.lookup(c.term)),
        };
      });
    const total = terms.reduce((s, i) => s + i.weight, 0);
    const known = terms.filter((i) => this.isKnown(i.term.term)).reduce((s, i) => s + i.weight, 0);
    const grams = analysis.grams.map((g) => {
      const key = gramKey(g.gram);
      return { key, weight: g.weight * this.idf(key) };
    });
    found = { terms, total, informative: { terms: terms.map(({ term, weight }) => ({ term, weight })), total }, known: total > 0 ? known / total : 0, grams, gramTotal: grams.reduce((s, g) => s + g.weight, 0) };
    this.memo.set(analysis, found);
    return found;
  }

  /** A term as `contains` looks it up: itself, and its bigram keys when it is a Chinese word. */
  private lookup(term: string): Lookup {
    return { term, gramKeys: isHanWord(term) ? bigrams(term).map(gramKey) : undefined };
  }

  private isKnown(term: string): boolean {
    return this.df.has(term) || (isHanWord(term) && bigrams(term).every((g) => this.df.has(gramKey(g))));
  }
}

/** A term to look up: the word, and its bigram keys when it is a Chinese word. */
interface Lookup {
  term: string;
  gramKeys: string[] | undefined;
}

/** An informative query term, with what may stand in for it in an article. */
interface ProfiledTerm {
  term: QueryTerm;
  weight: number;
  word: Lookup;
  /** Synonym group keys of the word: matching one counts 0.8. */
  synonyms: Lookup[];
  /** Speller corrections, for a word no article has: matching one counts 0.5. */
  corrections: Lookup[];
}

interface QueryProfile {
  terms: ProfiledTerm[];
  total: number;
  informative: Informative;
  known: number;
  grams: Array<{ key: string; weight: number }>;
  gramTotal: number;
}

/**
 * True when `set` has the term. A Chinese word also occurs where all its character
 * bigrams do: segmentation differs between a colloquial query and an article (收费 in
 * 按笔收费), the characters do not.
 */
function contains(set: Set<string> | undefined, t: Lookup): boolean {
  if (!set) return false;
  return set.has(t.term) || (t.gramKeys !== undefined && t.gramKeys.every((g) => set.has(g)));
}

/** Credit for a word matched through its synonym group (0.8) or, for a word no article has, through a speller correction (0.5); else 0. */
function related(set: Set<string> | undefined, t: ProfiledTerm): number {
  if (t.synonyms.some((s) => contains(set, s))) return 0.8;
  return t.corrections.some((c) => contains(set, c)) ? 0.5 : 0;
}

function bigrams(word: string): string[] {
  return Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2));
}

/** Bigrams are kept apart from words: 收费 the word and 收费 the bigram are different evidence. */
function gramKey(g: string): string {
  return `\u0002${g}`;
}
