import type { TermTable } from '../index/termTable.js';
import type { CompiledArticle } from '../types.js';
import type { TextAnalyzer } from './features.js';

/**
 * An article file's analysed texts as the relevance models learn from them: the words
 * and Chinese bigrams of its title, similar questions, tags and sections (in that order,
 * see `articleTexts`), as term numbers of a TermTable. The build keeps them in its cache
 * beside the index terms (they are the same numbers, see pipeline/fileTerms.ts), so a
 * rebuild learns the models without analysing any unchanged file again.
 */
export interface TextTerms {
  /** Every text's words, one text after the other. */
  words: Uint32Array;
  /** Every text's bigrams, one text after the other. */
  grams: Uint32Array;
  /** Per text i of n: how many words it has at i, how many bigrams at n + i. */
  lengths: Uint32Array;
}

/** An article file and its analysed texts: what the relevance models learn from. */
export interface LearningFile {
  article: CompiledArticle;
  texts: TextTerms;
}

/** The texts of an article the models learn from, in TextTerms order. */
export function articleTexts(a: CompiledArticle): string[] {
  return [a.title, ...a.questions, ...a.tags, ...a.sections.map((s) => s.text)];
}

/** Analyses an article's texts into term numbers of `table` (the models learned without a build's cache). */
export function analyseTexts(article: CompiledArticle, analyzer: TextAnalyzer, table: TermTable): TextTerms {
  const analyses = articleTexts(article).map((t) => analyzer.analyze(t));
  const n = analyses.length;
  const lengths = new Uint32Array(2 * n);
  analyses.forEach((a, i) => ((lengths[i] = a.words.length), (lengths[n + i] = a.grams.length)));
  return { words: table.ids(analyses.flatMap((a) => a.words)), grams: table.ids(analyses.flatMap((a) => a.grams)), lengths };
}

/**
 * Calls `visit` with where texts `from` .. `to` - 1 of a file lie: text i's words are
 * texts.words[wordFrom .. wordTo), its bigrams texts.grams[gramFrom .. gramTo). Positions,
 * not views: a view per text was millions of short-lived objects at 20,000 articles.
 */
export function eachTextRange(
  texts: TextTerms,
  from: number,
  to: number,
  visit: (i: number, wordFrom: number, wordTo: number, gramFrom: number, gramTo: number) => void,
): void {
  const n = texts.lengths.length / 2;
  let w = 0;
  let g = 0;
  for (let i = 0; i < to && i < n; i++) {
    const words = texts.lengths[i]!;
    const grams = texts.lengths[n + i]!;
    if (i >= from) visit(i, w, w + words, g, g + grams);
    w += words;
    g += grams;
  }
}
