import { ArticleTerms } from './articleTerms.js';
import { QuestionMatcher } from './questionMatcher.js';
import { RelevanceModel } from './relevanceModel.js';
import { SortedNumberLists } from './sortedNumberLists.js';
import { StringTable } from './stringTable.js';
import { bytesOf, typedView } from '../shared/typedBytes.js';
import { TermModel } from './termModel.js';
import { RELEVANCE_PARTS, TERM_MODEL_PARTS, type RelevancePart } from './relevanceParts.js';

/** Article ids are slugs (no newline). */
const ID_SEPARATOR = '\n';

/** The model as blobs: arrays as their raw bytes (little-endian, as every platform Node ships for). */
export function encodeRelevance(model: RelevanceModel): Partial<Record<RelevancePart, Buffer>> {
  const q = model.matcher.data;
  const t = model.terms.data;
  const m = model.model?.data;
  return {
    ids: Buffer.from(model.ids.join(ID_SEPARATOR)),
    questionFeatures: q.features.bytes,
    questionFeatureOffsets: bytesOf(q.features.offsets),
    postingOffsets: bytesOf(q.postingOffsets),
    postingQuestions: bytesOf(q.postingQuestions),
    postingWeights: bytesOf(q.postingWeights),
    questionLabels: bytesOf(q.labels),
    questionTexts: q.texts.bytes,
    questionTextOffsets: bytesOf(q.texts.offsets),
    termVocabulary: t.vocabulary.bytes,
    termVocabularyOffsets: bytesOf(t.vocabulary.offsets),
    termDf: bytesOf(t.df),
    // Each article's term lists: their ranges' starts and the terms' low 16 bits (see SortedNumberLists).
    allOffsets: bytesOf(t.all.starts),
    allTerms: bytesOf(t.all.lows),
    keyOffsets: bytesOf(t.key.starts),
    keyTerms: bytesOf(t.key.lows),
    ...(m && {
      modelFeatures: m.features.bytes,
      modelFeatureOffsets: bytesOf(m.features.offsets),
      modelWeights: bytesOf(m.weights),
      modelBias: bytesOf(m.bias),
    }),
  };
}

/**
 * The model over the blobs as read: arrays are views over the same memory (copied only
 * when a blob is not aligned for its element type). Throws when a part is missing.
 */
export function decodeRelevance(parts: Partial<Record<RelevancePart, Buffer>>): RelevanceModel {
  const missing = RELEVANCE_PARTS.filter((p) => !Buffer.isBuffer(parts[p]));
  if (missing.length) throw new Error(`no ${missing.join(', ')} in the relevance model`);
  const p = parts as Record<RelevancePart, Buffer>;
  const ids = p.ids.length ? p.ids.toString('utf8').split(ID_SEPARATOR) : [];
  const matcher = new QuestionMatcher({
    features: StringTable.over(p.questionFeatures, typedView(p.questionFeatureOffsets, Uint32Array)),
    postingOffsets: typedView(p.postingOffsets, Uint32Array),
    postingQuestions: typedView(p.postingQuestions, Uint32Array),
    postingWeights: typedView(p.postingWeights, Float64Array),
    labels: typedView(p.questionLabels, Uint32Array),
    texts: StringTable.over(p.questionTexts, typedView(p.questionTextOffsets, Uint32Array)),
  });
  const vocabulary = StringTable.over(p.termVocabulary, typedView(p.termVocabularyOffsets, Uint32Array));
  const terms = new ArticleTerms({
    vocabulary,
    df: typedView(p.termDf, Uint32Array),
    all: SortedNumberLists.over(typedView(p.allOffsets, Uint32Array), typedView(p.allTerms, Uint16Array), vocabulary.size),
    key: SortedNumberLists.over(typedView(p.keyOffsets, Uint32Array), typedView(p.keyTerms, Uint16Array), vocabulary.size),
  });
  const hasModel = TERM_MODEL_PARTS.every((part) => Buffer.isBuffer(parts[part]));
  const model = hasModel
    ? new TermModel({
        labels: ids.length,
        features: StringTable.over(p.modelFeatures, typedView(p.modelFeatureOffsets, Uint32Array)),
        weights: typedView(p.modelWeights, Float32Array),
        bias: typedView(p.modelBias, Float32Array),
      })
    : undefined;
  return new RelevanceModel(ids, matcher, model, terms);
}
