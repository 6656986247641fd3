import { compileTermDocs } from '../index/compiledIndex.js';
import { scopeArticles } from '../index/documents.js';
import { encodeIndex, type IndexPart } from '../index/indexBlobs.js';
import { INDEX_FIELDS } from '../index/lunrIndex.js';
import { learnRelevance } from '../relevance/learnRelevance.js';
import { encodeRelevance, type RelevancePart } from '../relevance/relevanceBlobs.js';
import type { LearningArticle } from '../relevance/textTerms.js';
import type { Scope } from '../types.js';
import { decodeFileTermsOf, encodedLength, encodeFileTermsInto, type FileTerms } from './fileTerms.js';

/** One article file as a scope's index and models need it. */
export interface ScopeFile {
  article: LearningArticle;
  terms: FileTerms;
}

/** A scope's index and relevance model as the blobs the index file stores (see knowledgeBaseFile.ts). */
export interface ScopeParts {
  postings: Record<IndexPart, Buffer>;
  relevance: Partial<Record<RelevancePart, Buffer>>;
}

/**
 * Compiles the index of `scope` and learns its relevance model from the files (term
 * numbers of `terms`), encoded for the file: the part of a build that depends on every
 * article. `sorted`: shared between the calls of one thread, the agent scope's sorted
 * terms, which the public scope (a subset) filters instead of sorting again; a worker
 * thread doing one scope sorts its own (the same order: the terms are unique strings).
 */
export function scopeParts(files: readonly ScopeFile[], terms: readonly string[], scope: Scope, sorted: { ids?: number[] } = {}): ScopeParts {
  const docs = scopeArticles(files.map((f) => ({ ...f, id: f.article.id, locale: f.article.locale, visibility: f.article.visibility })), scope).map((locales) => ({
    ref: locales[0]!.id,
    fields: INDEX_FIELDS.map((_, f) => locales.map((l) => l.terms[scope][f]!)),
  }));
  const postings = encodeIndex(compileTermDocs(docs, { terms, size: terms.length }, sorted));
  // In the order the agent index sorted its terms (it has every term of every text); the public index's are enough for its model.
  const relevance = learnRelevance(files.map((f) => ({ article: f.article, texts: f.terms.texts })), terms, [scope], sorted.ids)[scope]!;
  return { postings, relevance: encodeRelevance(relevance) };
}

/**
 * The input of scopeParts as one message to a worker thread: the terms as one string,
 * every file's term numbers in one SharedArrayBuffer (in the build cache's form, see
 * fileTerms.ts), so two workers read them without a copy each.
 */
export interface PackedScopeFiles {
  terms: string;
  articles: LearningArticle[];
  /** File i's terms at uint32s offsets[i] .. offsets[i + 1] of `shared`. */
  offsets: Uint32Array;
  shared: SharedArrayBuffer;
}

/** Analysed terms never hold a NUL (see indexBlobs.ts). */
const TERM_SEPARATOR = '\u0000';

export function packScopeFiles(files: readonly ScopeFile[], terms: readonly string[]): PackedScopeFiles {
  const offsets = new Uint32Array(files.length + 1);
  files.forEach((f, i) => (offsets[i + 1] = offsets[i]! + encodedLength(f.terms)));
  const shared = new SharedArrayBuffer(4 * offsets[files.length]!);
  const all = new Uint32Array(shared);
  files.forEach((f, i) => encodeFileTermsInto(f.terms, all.subarray(offsets[i], offsets[i + 1])));
  const articles = files.map(({ article: a }) => ({ id: a.id, locale: a.locale, visibility: a.visibility, title: a.title, questions: a.questions, tags: a.tags, sections: a.sections.map((s) => ({ kind: s.kind })) }));
  return { terms: terms.join(TERM_SEPARATOR), articles, offsets, shared };
}

export function unpackScopeFiles(packed: PackedScopeFiles): { files: ScopeFile[]; terms: string[] } {
  const all = new Uint32Array(packed.shared);
  const files = packed.articles.map((article, i) => ({ article, terms: decodeFileTermsOf(all.subarray(packed.offsets[i], packed.offsets[i + 1])) }));
  return { files, terms: packed.terms.length ? packed.terms.split(TERM_SEPARATOR) : [] };
}
