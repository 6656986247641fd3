import { ArticleTerms } from './articleTerms.js';
import { QuestionMatcher } from './questionMatcher.js';
import { RelevanceModel } from './relevanceModel.js';
import { SortedNumberLists } from './sortedNumberLists.js';
import { StringTable } from './stringTable.js';
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
    questionFeatureOffsets: bytes(q.features.offsets),
    postingOffsets: bytes(q.postingOffsets),
    postingQuestions: bytes(q.postingQuestions),
    postingWeights: bytes(q.postingWeights),
    questionLabels: bytes(q.labels),
    questionTexts: q.texts.bytes,
    questionTextOffsets: bytes(q.texts.offsets),
    termVocabulary: t.vocabulary.bytes,
    termVocabularyOffsets: bytes(t.vocabulary.offsets),
    termDf: bytes(t.df),
    // Each article's term lists: their ranges' starts and the terms' low 16 bits (see SortedNumberLists).
    allOffsets: bytes(t.all.starts),
    allTerms: bytes(t.all.lows),
    keyOffsets: bytes(t.key.starts),
    keyTerms: bytes(t.key.lows),
    ...(m && {
      modelFeatures: m.features.bytes,
      modelFeatureOffsets: bytes(m.features.offsets),
      modelWeights: bytes(m.weights),
      modelBias: bytes(m.bias),
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
    features: StringTable.over(p.questionFeatures, view(p.questionFeatureOffsets, Uint32Array)),
    postingOffsets: view(p.postingOffsets, Uint32Array),
    postingQuestions: view(p.postingQuestions, Uint32Array),
    postingWeights: view(p.postingWeights, Float64Array),
    labels: view(p.questionLabels, Uint32Array),
    texts: StringTable.over(p.questionTexts, view(p.questionTextOffsets, Uint32Array)),
  });
  const vocabulary = StringTable.over(p.termVocabulary, view(p.termVocabularyOffsets, Uint32Array));
  const terms = new ArticleTerms({
    vocabulary,
    df: view(p.termDf, Uint32Array),
    all: SortedNumberLists.over(view(p.allOffsets, Uint32Array), view(p.allTerms, Uint16Array), vocabulary.size),
    key: SortedNumberLists.over(view(p.keyOffsets, Uint32Array), view(p.keyTerms, Uint16Array), vocabulary.size),
  });
  const hasModel = TERM_MODEL_PARTS.every((part) => Buffer.isBuffer(parts[part]));
  const model = hasModel
    ? new TermModel({
        labels: ids.length,
        features: StringTable.over(p.modelFeatures, view(p.modelFeatureOffsets, Uint32Array)),
        weights: view(p.modelWeights, Float32Array),
        bias: view(p.modelBias, Float32Array),
      })
    : undefined;
  return new RelevanceModel(ids, matcher, model, terms);
}

type TypedArray = Uint16Array | Uint32Array | Float32Array | Float64Array;

function bytes(a: TypedArray): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function view<T extends TypedArray>(b: Buffer, Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  const size = Type.BYTES_PER_ELEMENT;
  if (b.byteOffset % size === 0) return new Type(b.buffer, b.byteOffset, b.byteLength / size);
  const copy = new Type(b.byteLength / size);
  new Uint8Array(copy.buffer).set(b);
  return copy;
}
