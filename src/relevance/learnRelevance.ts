import type { TextAnalysis } from '../analysis/analyzer.js';
import type { TextAnalyzer } from './features.js';
import { RelevanceModel } from './relevanceModel.js';
import { LOCALES, type CompiledArticle, type Scope } from '../types.js';

/**
 * The relevance model of each of `scopes`, learned from the articles: `kb build` runs this
 * once and stores the result in the index file. Both scopes share most text: each text
 * is analysed once.
 */
export function learnRelevance(articles: CompiledArticle[], analyzer: TextAnalyzer, scopes: readonly Scope[]): Partial<Record<Scope, RelevanceModel>> {
  const analysed = new Map<string, TextAnalysis>();
  const memo = { analyze: (text: string) => analysed.get(text) ?? analysed.set(text, analyzer.analyze(text)).get(text)! };
  return Object.fromEntries(scopes.map((scope) => [scope, RelevanceModel.build(scopeArticles(articles, scope), scope, memo)]));
}

/**
 * The articles `scope` sees, grouped by id (ids sorted, each id's locales in LOCALES
 * order), as the model numbers them. The public scope sees an article only when every
 * locale of it is public.
 */
export function scopeArticles(articles: CompiledArticle[], scope: Scope): CompiledArticle[][] {
  const byId = new Map<string, Partial<Record<string, CompiledArticle>>>();
  for (const a of articles) byId.set(a.id, { ...byId.get(a.id), [a.locale]: a });
  return [...byId.keys()]
    .sort()
    .map((id) => LOCALES.map((l) => byId.get(id)![l]).filter((a) => a !== undefined))
    .filter((locales) => scope === 'agent' || locales.every((a) => a.visibility === 'public'));
}
