import type { QueryAnalysis, QueryTerm } from '../analysis/analyzer.js';
import type { TextAnalyzer } from './features.js';
import type { CompiledArticle, Scope } from '../types.js';
import { StringTable } from './stringTable.js';

/** A query's informative terms with their weights, and the weights' sum. */
export interface Informative {
  terms: Array<{ term: QueryTerm; weight: number }>;
  total: number;
}

/** The articles' terms as flat arrays: computed by `kb build`, stored as blobs, loaded as views. */
export interface ArticleTermsData {
  /** Every term of any article (bigrams under gramKey), sorted (see StringTable). */
  vocabulary: StringTable;
  /** Number of articles that have each term. */
  df: Uint32Array;
  /** Article a's terms: term numbers allTerms[allOffsets[a] .. allOffsets[a + 1]], ascending. */
  allOffsets: Uint32Array;
  allTerms: Uint32Array;
  /** The same for the terms of how it is asked (title, similar questions, tags). */
  keyOffsets: Uint32Array;
  keyTerms: Uint32Array;
}

/**
 * Every analysed word of each article (title, questions, tags, body sections the scope
 * may see), with document frequencies: what the confidence needs to tell how much of a
 * query an article covers, independently of how the index scores it.
 */
export class ArticleTerms {
  private readonly memo = new WeakMap<QueryAnalysis, Informative>();

  constructor(readonly data: ArticleTermsData) {}

  static build(articles: CompiledArticle[][], scope: Scope, analyzer: TextAnalyzer): ArticleTerms {
    const df = new Map<string, number>();
    /** Per article: every term, and the terms of how it is asked. */
    const all: Array<Set<string>> = [];
    const keys: Array<Set<string>> = [];
    for (const locales of articles) {
      const key = new Set<string>();
      const every = new Set<string>();
      const addTo = (set: Set<string>, text: string) => {
        const { words, grams } = analyzer.analyze(text);
        for (const w of words) set.add(w);
        for (const g of grams) set.add(gramKey(g));
      };
      for (const a of locales) {
        for (const text of [a.title, ...a.questions, ...a.tags]) addTo(key, text);
        for (const s of a.sections) if (scope === 'agent' || s.kind !== 'internal') addTo(every, s.text);
      }
      for (const w of key) every.add(w);
      for (const w of every) df.set(w, (df.get(w) ?? 0) + 1);
      all.push(every);
      keys.push(key);
    }
    const vocabulary = StringTable.of(df.keys(), true);
    const idOf = new Map<string, number>();
    for (let i = 0; i < vocabulary.size; i++) idOf.set(vocabulary.get(i), i);
    const lists = (sets: Array<Set<string>>) => {
      const offsets = new Uint32Array(sets.length + 1);
      sets.forEach((set, a) => (offsets[a + 1] = offsets[a]! + set.size));
      const terms = new Uint32Array(offsets[sets.length]!);
      sets.forEach((set, a) => terms.set(Uint32Array.from(set, (t) => idOf.get(t)!).sort(), offsets[a]));
      return { offsets, terms };
    };
    const every = lists(all);
    const key = lists(keys);
    return new ArticleTerms({
      vocabulary,
      df: Uint32Array.from({ length: vocabulary.size }, (_, i) => df.get(vocabulary.get(i))!),
      allOffsets: every.offsets,
      allTerms: every.terms,
      keyOffsets: key.offsets,
      keyTerms: key.terms,
    });
  }

  /**
   * How specific a term is to a few articles: log(1 + N / df). A word no article has
   * gets the highest value: the query asks about something the content does not cover.
   */
  idf(term: string): number {
    const id = this.data.vocabulary.find(term);
    return Math.log(1 + (this.data.allOffsets.length - 1) / (id < 0 ? 1 : this.data.df[id]!));
  }

  /**
   * True when the term occurs in the article (`key`: in its title, similar questions or
   * tags). A Chinese word also occurs where all its character bigrams do: segmentation
   * differs between a colloquial query and an article (收费 in 按笔收费), the characters do not.
   */
  has(label: number, term: string, key = false): boolean {
    if (label >= this.data.allOffsets.length - 1) return false;
    return this.holds(label, term, key) || (HAN_WORD.test(term) && bigrams(term).every((g) => this.holds(label, gramKey(g), key)));
  }

  /** Share of the query's informative weight in words some article has, in [0, 1]. */
  known(analysis: QueryAnalysis): number {
    const { terms, total } = this.informative(analysis);
    return total > 0 ? terms.filter((i) => this.isKnown(i.term.term)).reduce((s, i) => s + i.weight, 0) / total : 0;
  }

  /**
   * The query's informative terms, each with its weight: what the user typed (words,
   * codes, amounts at a third), never synonym keys or guessed corrections on their own.
   * Greetings and fillers are stop words and never get here, so "ok thanks" has none.
   */
  informative(analysis: QueryAnalysis): Informative {
    let found = this.memo.get(analysis);
    if (!found) {
      const terms = analysis.terms
        .filter((t) => t.kind === 'han' || t.kind === 'latin' || t.kind === 'code' || t.kind === 'number')
        .map((t) => ({ term: t, weight: t.weight * (t.kind === 'number' ? 0.3 : 1) * this.idf(t.term) }));
      this.memo.set(analysis, (found = { terms, total: terms.reduce((s, i) => s + i.weight, 0) }));
    }
    return found;
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
    const { terms, total } = this.informative(analysis);
    let all = 0;
    let key = 0;
    let missing = 0;
    for (const { term, weight } of terms) {
      const inKey = this.has(label, term.term, true) ? 1 : this.relatedMatch(label, term, analysis, true);
      const inAll = inKey === 1 || this.has(label, term.term) ? 1 : inKey || this.relatedMatch(label, term, analysis, false);
      key += inKey * weight;
      all += inAll * weight;
      if (!inAll) missing = Math.max(missing, weight);
    }
    let gramTotal = 0;
    let gramMatched = 0;
    for (const g of analysis.grams) {
      const k = gramKey(g.gram);
      const w = g.weight * this.idf(k);
      gramTotal += w;
      if (this.holds(label, k, true)) gramMatched += w;
    }
    const share = (x: number, of: number) => (of > 0 ? Math.min(1, x / of) : 0);
    return { coverage: share(all, total), keyCoverage: share(key, total), missing: share(missing, total), gramCoverage: share(gramMatched, gramTotal) };
  }

  /** Credit for a word matched through its synonym group (0.8) or, for a word no article has, through a speller correction (0.5); else 0. */
  private relatedMatch(label: number, term: QueryTerm, analysis: QueryAnalysis, key: boolean): number {
    const surface = term.surfaces[0]!;
    const bySynonym = analysis.terms.some((t) => t.kind === 'synonym' && t.surfaces.some((s) => s === surface || s === term.term) && this.has(label, t.term, key));
    if (bySynonym) return 0.8;
    // A guessed correction is weak evidence: the speller finds a near word for almost anything ("bread" → "read").
    const byCorrection = !this.isKnown(term.term) && analysis.terms.some((t) => t.kind === 'corrected' && this.has(label, t.term, key));
    return byCorrection ? 0.5 : 0;
  }

  private isKnown(term: string): boolean {
    const known = (t: string) => this.data.vocabulary.find(t) >= 0;
    return known(term) || (HAN_WORD.test(term) && bigrams(term).every((g) => known(gramKey(g))));
  }

  /** True when the article's terms (`key`: of how it is asked) include `term` exactly: binary search in its sorted list. */
  private holds(label: number, term: string, key: boolean): boolean {
    const id = this.data.vocabulary.find(term);
    if (id < 0) return false;
    const offsets = key ? this.data.keyOffsets : this.data.allOffsets;
    const terms = key ? this.data.keyTerms : this.data.allTerms;
    let lo = offsets[label]!;
    let hi = offsets[label + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = terms[mid]!;
      if (t === id) return true;
      if (t < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

const HAN_WORD = /^[\u3400-\u9fff]{2,}$/;

function bigrams(word: string): string[] {
  return Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2));
}

/** Bigrams are kept apart from words: 收费 the word and 收费 the bigram are different evidence. */
function gramKey(g: string): string {
  return `\u0002${g}`;
}
