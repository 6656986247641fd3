import { TermTable } from '../index/termTable.js';
import type { TextAnalyzer } from './features.js';
import { RelevanceModel } from './relevanceModel.js';
import { TermOrder } from './termOrder.js';
import { analyseTexts, type LearningFile } from './textTerms.js';
import { LOCALES, type CompiledArticle, type Scope } from '../types.js';

/**
 * The relevance model of each of `scopes`, learned from the article files' analysed texts
 * (term numbers of `terms`): `kb build` runs this once, from the forms its cache keeps,
 * and stores the result in the index file. `sorted`: every term number the files use, in
 * UTF-16 order, when the caller has sorted them already (see TermOrder).
 */
export function learnRelevance(files: LearningFile[], terms: readonly string[], scopes: readonly Scope[], sorted?: readonly number[]): Partial<Record<Scope, RelevanceModel>> {
  const order = TermOrder.of(terms, sorted ?? usedTerms(files, terms.length), sorted !== undefined);
  return Object.fromEntries(scopes.map((scope) => [scope, RelevanceModel.learn(scopeArticles(files, scope), scope, terms, order)]));
}

/** The same, analysing the articles here (a knowledge base made in memory). */
export function learnRelevanceOf(articles: CompiledArticle[], analyzer: TextAnalyzer, scopes: readonly Scope[]): Partial<Record<Scope, RelevanceModel>> {
  const table = new TermTable();
  const files = articles.map((article) => ({ article, texts: analyseTexts(article, analyzer, table) }));
  return learnRelevance(files, table.terms, scopes);
}

/**
 * The files `scope` sees, grouped by article id (ids sorted, each id's locales in LOCALES
 * order), as the model numbers them. The public scope sees an article only when every
 * locale of it is public.
 */
function scopeArticles(files: LearningFile[], scope: Scope): LearningFile[][] {
  const byId = new Map<string, Partial<Record<string, LearningFile>>>();
  for (const f of files) byId.set(f.article.id, { ...byId.get(f.article.id), [f.article.locale]: f });
  return [...byId.keys()]
    .sort()
    .map((id) => LOCALES.map((l) => byId.get(id)![l]).filter((f) => f !== undefined))
    .filter((locales) => scope === 'agent' || locales.every((f) => f.article.visibility === 'public'));
}

/** Every term number the files' texts use. */
function usedTerms(files: LearningFile[], size: number): number[] {
  const used = new Uint8Array(size);
  for (const { texts } of files) for (const list of [texts.words, texts.grams]) for (const id of list) used[id] = 1;
  const out: number[] = [];
  used.forEach((u, id) => u && out.push(id));
  return out;
}
