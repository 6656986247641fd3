import type { Analyzer, QueryAnalysis, QueryTerm } from '../analysis/analyzer.js';
import type { CompiledArticle, Scope } from '../types.js';

/**
 * Every analysed word of each article (title, questions, tags, body sections the scope
 * may see), with document frequencies: what the confidence needs to tell how much of a
 * query an article covers, independently of how the index scores it.
 */
export class ArticleTerms {
  private readonly df = new Map<string, number>();
  private readonly terms: Array<Set<string>>;

  constructor(articles: CompiledArticle[][], scope: Scope, analyzer: Analyzer) {
    this.terms = articles.map((locales) => {
      const set = new Set<string>();
      for (const a of locales) {
        const texts = [a.title, ...a.questions, ...a.tags, ...a.sections.filter((s) => scope === 'agent' || s.kind !== 'internal').map((s) => s.text)];
        for (const text of texts) for (const w of analyzer.analyze(text).words) set.add(w);
      }
      for (const w of set) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      return set;
    });
  }

  /**
   * How specific a term is to a few articles: log(1 + N / df). A word no article has
   * gets the highest value: the query asks about something the content does not cover.
   */
  idf(term: string): number {
    return Math.log(1 + this.terms.length / (this.df.get(term) ?? 1));
  }

  /** True when the term occurs in the article. */
  has(label: number, term: string): boolean {
    return this.terms[label]?.has(term) ?? false;
  }

  /**
   * The query's informative terms, each with its weight: what the user typed (words,
   * codes, amounts at a third), never synonym keys or guessed corrections on their own.
   * Greetings and fillers are stop words and never get here, so "ok thanks" has none.
   */
  informative(analysis: QueryAnalysis): Array<{ term: QueryTerm; weight: number }> {
    return analysis.terms
      .filter((t) => t.kind === 'han' || t.kind === 'latin' || t.kind === 'code' || t.kind === 'number')
      .map((t) => ({ term: t, weight: t.weight * (t.kind === 'number' ? 0.3 : 1) * this.idf(t.term) }));
  }

  /**
   * Share of the query's informative weight the article matches, in [0, 1]. A word also
   * counts when the article has its synonym group (at 0.8), and a word no article has
   * when the article has a correction the speller proposed (at 0.8).
   */
  coverage(label: number, analysis: QueryAnalysis): number {
    const informative = this.informative(analysis);
    const total = informative.reduce((s, i) => s + i.weight, 0);
    if (total <= 0) return 0;
    let matched = 0;
    for (const { term, weight } of informative) {
      if (this.has(label, term.term)) matched += weight;
      else if (this.relatedMatch(label, term, analysis)) matched += 0.8 * weight;
    }
    return Math.min(1, matched / total);
  }

  private relatedMatch(label: number, term: QueryTerm, analysis: QueryAnalysis): boolean {
    const surface = term.surfaces[0]!;
    return analysis.terms.some((t) =>
      (t.kind === 'synonym' && t.surfaces.some((s) => s === surface || s === term.term) && this.has(label, t.term)) ||
      (t.kind === 'corrected' && !this.df.has(term.term) && this.has(label, t.term)));
  }
}
