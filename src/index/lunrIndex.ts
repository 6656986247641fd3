import lunr from 'lunr';
import { Analyzer, type AnalyzerConfig } from '../analysis/analyzer.js';
import type { CompiledArticle, Scope } from '../types.js';
import { scopeDocs, type IndexDoc } from './documents.js';
import { useFastIntersect } from './tokenSetIntersect.js';

useFastIntersect();

export type IndexField = Exclude<keyof IndexDoc, 'id'>;

/**
 * Field boosts: an article is found first by its title and similar questions (how
 * customers phrase it), then its tags, then its body. Bigram fields let partial and
 * colloquial Chinese match where word segmentation differs. Tuned on the development
 * query set (`kb eval`); see README, "Relevance".
 */
export const FIELD_BOOSTS: Record<IndexField, number> = {
  title: 3,
  questions: 3,
  tags: 2,
  body: 1,
  qgrams: 1.5,
  bgrams: 0.5,
};

export const WORD_FIELDS: IndexField[] = ['title', 'questions', 'tags', 'body'];
export const GRAM_FIELDS: IndexField[] = ['qgrams', 'bgrams'];
/** Every field, in the order lunr is given them. */
export const INDEX_FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];

/**
 * lunr's index of `scope` for stored articles, with the documents and weights the
 * compiled index was built from (the analyzer config without the query vocabulary, as
 * the build indexes): what `kb export --lunr` writes, and the reference the compiled
 * index is tested against.
 */
export function lunrIndexOf(articles: readonly CompiledArticle[], analyzer: AnalyzerConfig, scope: Scope): lunr.Index {
  const { vocabulary: _queryOnly, ...indexing } = analyzer;
  return buildLunrIndex(scopeDocs(articles, scope, new Analyzer(indexing)));
}

/**
 * The only place lunr is configured. Documents arrive as term arrays produced by the
 * shared Analyzer, and both pipelines are empty: lunr's default trimmer, stop word filter
 * and stemmer would delete every Chinese character, and our analysis already did that
 * work. An empty pipeline also means a saved index loads with no registered functions.
 */
export function buildLunrIndex(docs: IndexDoc[]): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('id');
    for (const field of INDEX_FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] });
    this.metadataWhitelist = [];
    for (const doc of docs) this.add(doc);
  });
}
