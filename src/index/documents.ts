import type { Analyzer } from '../analysis/analyzer.js';
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

/**
 * Builds the document for one article (all its locales) as seen by `scope`. The public
 * scope never sees internal sections, so no public query can match on internal text.
 * Locales are merged into one document: a query in either language, or a mix, finds the
 * article, and results are one row per article by construction.
 */
export function indexDoc(locales: CompiledArticle[], scope: Scope, analyzer: Analyzer): IndexDoc {
  const doc: IndexDoc = { id: locales[0]!.id, title: [], questions: [], tags: [], body: [], qgrams: [], bgrams: [] };
  const add = (text: string, words: 'title' | 'questions' | 'tags' | 'body', grams: 'qgrams' | 'bgrams') => {
    const a = analyzer.analyze(text);
    doc[words].push(...a.words);
    doc[grams].push(...a.grams);
  };
  for (const article of locales) {
    add(article.title, 'title', 'qgrams');
    for (const q of article.questions) add(q, 'questions', 'qgrams');
    for (const t of article.tags) add(t, 'tags', 'qgrams');
    for (const s of article.sections) {
      if (scope === 'public' && s.kind === 'internal') continue;
      add(s.text, 'body', 'bgrams');
    }
  }
  return doc;
}

/**
 * The documents of `scope`'s index, sorted by article id: every article for agents, only
 * wholly public ones for the public. The order is part of the index (lunr breaks score
 * ties by it), so the build and `kb export --lunr` both take it from here.
 */
export function scopeDocs(articles: readonly CompiledArticle[], scope: Scope, analyzer: Analyzer, onDoc?: () => void): IndexDoc[] {
  const byId = articlesById(articles);
  return [...byId.keys()]
    .sort()
    .map((id) => byId.get(id)!.sort((a, b) => (a.locale < b.locale ? -1 : 1)))
    .filter((locales) => scope === 'agent' || locales.every((a) => a.visibility === 'public'))
    .map((locales) => {
      onDoc?.();
      return indexDoc(locales, scope, analyzer);
    });
}
