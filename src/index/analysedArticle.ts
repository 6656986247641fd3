import type { Analyzer, TextAnalysis } from '../analysis/analyzer.js';
import { stem } from '../analysis/englishWords.js';
import type { Vocabulary } from '../analysis/speller.js';
import { passageSources } from '../query/snippet.js';
import type { CompiledArticle } from '../types.js';
import { analyseFields, type AnalysedFields } from './documents.js';

/**
 * Everything the build needs from analysing one article file, computed once: the index
 * fields of both scopes come from it (a public article's texts were analysed once per
 * scope before), the snippet passages' words, and its share of the speller vocabulary.
 * It depends only on the file and the analyzer's configuration, so the build caches it.
 */
export interface AnalysedArticle extends AnalysedFields {
  /** The analysed words of each of `passageSources(article)`, as JSON (string[][]): stored as is. */
  passageWords: string;
  /** This article's share of `Analyzer#vocabulary`: the union over articles is the vocabulary. */
  vocabulary: Vocabulary;
}

export function analyseArticle(article: CompiledArticle, analyzer: Analyzer): AnalysedArticle {
  // The questions are passages too: each distinct text is analysed once.
  const analysed = new Map<string, TextAnalysis>();
  const analyse = (text: string) => {
    let a = analysed.get(text);
    if (!a) analysed.set(text, (a = analyzer.analyze(text)));
    return a;
  };
  return {
    ...analyseFields(article, analyse),
    passageWords: JSON.stringify(passageSources(article).map((p) => analyse(p.text).words)),
    vocabulary: analyzer.vocabulary(articleTexts(article), [article.title, ...article.tags]),
  };
}

/** Every text of an article that is indexed (internal sections too: agents search them). */
function* articleTexts(a: CompiledArticle): Generator<string> {
  yield a.title;
  yield* a.questions;
  yield* a.tags;
  for (const s of a.sections) yield s.text;
}

/**
 * The union of vocabularies, as `Analyzer#vocabulary` would have computed it over all
 * their texts at once: both lists are sets, sorted the same way. The union also carries
 * the English words' stems, which a server would otherwise compute at every start.
 */
export class VocabularyUnion {
  private readonly latin = new Set<string>();
  private readonly han = new Map<string, string>();

  add(part: Vocabulary): void {
    for (const w of part.latin) this.latin.add(w);
    for (const [w, pinyin] of part.han) this.han.set(w, pinyin);
  }

  result(): Vocabulary {
    const latin = [...this.latin].sort();
    return { latin, latinStems: [...new Set(latin.map(stem))].sort(), han: [...this.han.keys()].sort().map((w) => [w, this.han.get(w)!]) };
  }
}
