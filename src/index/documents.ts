import type { Analyzer, TextAnalysis } from '../analysis/analyzer.js';
import { articlesById } from '../compile/articlesById.js';
import type { CompiledArticle, Scope } from '../types.js';

/** One lunr document: one article, both locales merged, every field already analysed into terms. */
export interface IndexDoc {
  id: string;
  title: string[];
  questions: string[];
  tags: string[];
  body: string[];
  /** Chinese character bigrams of title, questions and tags. */
  qgrams: string[];
  /** Chinese character bigrams of the body. */
  bgrams: string[];
}

/** The analysis of each indexed text of one article file (see analysedArticle.ts). */
export interface AnalysedFields {
  title: TextAnalysis;
  questions: TextAnalysis[];
  tags: TextAnalysis[];
  /** One per `article.sections`, in order. */
  sections: TextAnalysis[];
}

/** `analyse`: Analyzer#analyze, or a function giving the same (analysedArticle.ts remembers repeated texts). */
export function analyseFields(article: CompiledArticle, analyse: (text: string) => TextAnalysis): AnalysedFields {
  return { title: analyse(article.title), questions: article.questions.map(analyse), tags: article.tags.map(analyse), sections: article.sections.map((s) => analyse(s.text)) };
}

/**
 * Builds the document for one article (all its locales) as seen by `scope`. The public
 * scope never sees internal sections, so no public query can match on internal text.
 * Locales are merged into one document: a query in either language, or a mix, finds the
 * article, and results are one row per article by construction.
 */
export function indexDoc(locales: CompiledArticle[], scope: Scope, analyzer: Analyzer): IndexDoc {
  const doc: IndexDoc = { id: locales[0]!.id, title: [], questions: [], tags: [], body: [], qgrams: [], bgrams: [] };
  for (const article of locales) {
    const fields = scopeFields(article, analyseFields(article, (text) => analyzer.analyze(text)), scope);
    for (const key of Object.keys(fields) as Array<keyof typeof fields>) for (const a of fields[key]) doc[key].push(...a);
  }
  return doc;
}

/**
 * The terms one article file adds to each field of its scope document, in the order
 * lunr meets them (the order decides lunr's term numbers, see compiledIndex.ts).
 */
export function scopeFields(article: CompiledArticle, analysed: AnalysedFields, scope: Scope): Omit<Record<keyof IndexDoc, string[][]>, 'id'> {
  const fields = { title: [analysed.title.words], questions: [] as string[][], tags: [] as string[][], body: [] as string[][], qgrams: [analysed.title.grams], bgrams: [] as string[][] };
  for (const q of analysed.questions) fields.questions.push(q.words), fields.qgrams.push(q.grams);
  for (const t of analysed.tags) fields.tags.push(t.words), fields.qgrams.push(t.grams);
  article.sections.forEach((s, i) => {
    if (scope === 'public' && s.kind === 'internal') return;
    fields.body.push(analysed.sections[i]!.words);
    fields.bgrams.push(analysed.sections[i]!.grams);
  });
  return fields;
}

/**
 * The articles of each document of `scope`'s index (locales in order), sorted by article
 * id: every article for agents, only wholly public ones for the public. The order is part
 * of the index (lunr breaks score ties by it), so the build and `kb export --lunr` both
 * take it from here.
 */
export function scopeArticles<A extends Pick<CompiledArticle, 'id' | 'locale' | 'visibility'>>(articles: readonly A[], scope: Scope): A[][] {
  const byId = articlesById(articles);
  return [...byId.keys()]
    .sort()
    .map((id) => byId.get(id)!.sort((a, b) => (a.locale < b.locale ? -1 : 1)))
    .filter((locales) => scope === 'agent' || locales.every((a) => a.visibility === 'public'));
}

/** The documents of `scope`'s index, in index order (see scopeArticles). */
export function scopeDocs(articles: readonly CompiledArticle[], scope: Scope, analyzer: Analyzer): IndexDoc[] {
  return scopeArticles(articles, scope).map((locales) => indexDoc(locales, scope, analyzer));
}
