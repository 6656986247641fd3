import type { Features } from './features.js';
import type { QuestionFeatures } from './questionFeatures.js';
import type { TermOrder } from './termOrder.js';
import { StringTable } from './stringTable.js';

/** One similar question (or title) of an article, as the matcher keeps it. */
export interface Question {
  label: number;
  text: string;
}

/** The matcher as flat arrays: built once by `kb build`, stored as blobs, loaded as views. */
export interface QuestionMatcherData {
  /** Every feature of any question, sorted (see StringTable). */
  features: StringTable;
  /**
   * Postings of feature f: positions postingOffsets[f] .. postingOffsets[f + 1] of the two
   * arrays below. Their count is the feature's document frequency, so its IDF is not stored
   * (see idfAt): 7 MB fewer at 20,000 articles, read at every start (issue 8).
   */
  postingOffsets: Uint32Array;
  /** Question number of each posting, ascending within a feature. */
  postingQuestions: Uint32Array;
  /** The question's IDF-weighted unit-length weight for the feature. */
  postingWeights: Float64Array;
  /** Article (label) of each question. */
  labels: Uint32Array;
  /** Text of each question, in question order. */
  texts: StringTable;
}

/**
 * Every similar question matched on its own: an inverted list from feature to the
 * questions that have it, IDF-weighted cosine similarity, best question per article.
 * An article with 40 ways of asking is found by the one closest to the query, instead
 * of by an average of all 40 in one long field; and the console can show which one.
 */
export class QuestionMatcher {
  private readonly unknownIdf: number;
  private scratch?: Scratch;

  constructor(readonly data: QuestionMatcherData) {
    this.unknownIdf = Math.log(1 + data.labels.length);
  }

  /**
   * Learns the matcher from the questions and their features (`features.add` was called
   * once per question, in order); `order`: the terms' order, when known (see TermOrder).
   */
  static build(questions: Question[], features: QuestionFeatures, order: TermOrder | undefined): QuestionMatcher {
    const count = questions.length;
    const { offsets, features: entries, values } = features;
    const df = new Uint32Array(features.size);
    for (const f of entries) df[f]!++;
    const sorted = features.sorted(order);
    const rank = new Uint32Array(features.size);
    sorted.forEach((f, r) => (rank[f] = r));
    const idf = new Float64Array(features.size);
    const postingOffsets = new Uint32Array(features.size + 1);
    sorted.forEach((f, r) => {
      idf[r] = Math.log(1 + count / df[f]!);
      postingOffsets[r + 1] = postingOffsets[r]! + df[f]!;
    });
    const postingQuestions = new Uint32Array(postingOffsets[features.size]!);
    const postingWeights = new Float64Array(postingOffsets[features.size]!);
    const next = postingOffsets.slice(0, -1);
    // Each question's weights times IDF, at unit length (as unitLength computes it, without an array per question).
    for (let q = 0; q < count; q++) {
      const from = offsets[q]!;
      const to = offsets[q + 1]!;
      let norm = 0;
      for (let i = from; i < to; i++) {
        const x = values[i]! * idf[rank[entries[i]!]!]!;
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      for (let i = from; i < to; i++) {
        const r = rank[entries[i]!]!;
        const x = values[i]! * idf[r]!;
        const at = next[r]!++;
        postingQuestions[at] = q;
        postingWeights[at] = norm > 0 ? x / norm : x;
      }
    }
    return new QuestionMatcher({
      features: StringTable.of(Array.from(sorted, (f) => features.name(f))),
      postingOffsets,
      postingQuestions,
      postingWeights,
      labels: Uint32Array.from(questions, (q) => q.label),
      texts: StringTable.of(questions.map((q) => q.text)),
    });
  }

  /** Text of question `q`. */
  text(q: number): string {
    return this.data.texts.get(q);
  }

  /** IDF of a feature; features no question has get the highest IDF there could be. */
  idfOf(feature: string): number {
    const id = this.data.features.find(feature);
    return id < 0 ? this.unknownIdf : this.idfAt(id);
  }

  /** IDF of feature number `id`, from its postings' count, computed as `build` computed it (the same bits). */
  private idfAt(id: number): number {
    const { labels, postingOffsets } = this.data;
    return Math.log(1 + labels.length / (postingOffsets[id + 1]! - postingOffsets[id]!));
  }

  /**
   * Best-matching question per label (article index), for labels with any overlap: in
   * arrays reused by every query, so valid only until the next call (queries run one at
   * a time per thread).
   */
  bestPerLabel(query: Features): LabelMatches {
    const { postingOffsets, postingQuestions, postingWeights, labels } = this.data;
    // Per-question scratch: the dot products, and the questions touched in the order first
    // touched (ties go to the first), cleared after use.
    const scratch = (this.scratch ??= newScratch(labels));
    const { dots, touched, order, best } = scratch;
    for (let k = 0; k < best.count; k++) {
      const label = best.labels[k]!;
      best.question[label] = -1;
      best.similarity[label] = 0;
    }
    best.count = 0;
    let touchedCount = 0;
    const n = this.weigh(query, scratch);
    const { ids, weights } = scratch;
    for (let f = 0; f < n; f++) {
      const k = ids[f]!;
      if (k < 0) continue;
      const x = weights[f]!;
      const end = postingOffsets[k + 1]!;
      for (let i = postingOffsets[k]!; i < end; i++) {
        const q = postingQuestions[i]!;
        if (touched[q] === 0) (touched[q] = 1), (order[touchedCount++] = q);
        dots[q]! += x * postingWeights[i]!;
      }
    }
    for (let k = 0; k < touchedCount; k++) {
      const q = order[k]!;
      const similarity = dots[q]!;
      dots[q] = 0;
      touched[q] = 0;
      const label = labels[q]!;
      if (best.question[label]! < 0) best.labels[best.count++] = label;
      else if (!(similarity > best.similarity[label]!)) continue;
      best.question[label] = q;
      best.similarity[label] = Math.min(1, similarity);
    }
    return best;
  }

  /**
   * The number of each of `query`'s features in this matcher's table (-1: none), in the
   * features' order, as bestPerLabel last found them: valid until the next call (the term
   * model learned the same features reads them instead of looking each up again).
   */
  featureIds(query: Features): Int32Array {
    const scratch = (this.scratch ??= newScratch(this.data.labels));
    if (scratch.weighed !== query) this.weigh(query, scratch);
    return scratch.ids;
  }

  /**
   * IDF-weighted, unit length, as feature numbers and weights in the scratch's `ids` and
   * `weights` (grown as needed), in the features' order; returns how many. -1 for a
   * feature no question has: such words count at full IDF, so a query about something
   * else matches weakly.
   */
  private weigh(f: Features, scratch: Scratch): number {
    if (scratch.ids.length < f.size) (scratch.ids = new Int32Array(2 * f.size)), (scratch.weights = new Float64Array(2 * f.size));
    const { ids, weights } = scratch;
    const { features } = this.data;
    const unknownIdf = this.unknownIdf;
    let n = 0;
    let norm = 0;
    // forEach: each feature's value without looking its key up again.
    f.forEach((x, k) => {
      const id = (ids[n] = features.find(k));
      const w = (weights[n++] = x * (id < 0 ? unknownIdf : this.idfAt(id)));
      norm += w * w;
    });
    scratch.weighed = f;
    // Divided by the Euclidean norm, as unitLength did over an array of pairs.
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < n; i++) weights[i] = weights[i]! / norm;
    return n;
  }
}

/**
 * The best question of each label a query overlaps (see bestPerLabel), per label:
 * `question[label]` (-1: none) and its `similarity` (0: none), and the labels that have
 * one, `labels[0 .. count]`, in the order first met.
 */
export interface LabelMatches {
  count: number;
  labels: Uint32Array;
  question: Int32Array;
  similarity: Float64Array;
}

interface Scratch {
  dots: Float64Array;
  touched: Uint8Array;
  order: Uint32Array;
  best: LabelMatches;
  /** The query's feature numbers and weights (see weigh), and the features they are of. */
  ids: Int32Array;
  weights: Float64Array;
  weighed?: Features;
}

function newScratch(labels: Uint32Array): Scratch {
  let size = 0;
  for (const label of labels) size = Math.max(size, label + 1);
  const n = labels.length;
  return {
    dots: new Float64Array(n),
    touched: new Uint8Array(n),
    order: new Uint32Array(n),
    best: { count: 0, labels: new Uint32Array(size), question: new Int32Array(size).fill(-1), similarity: new Float64Array(size) },
    ids: new Int32Array(64),
    weights: new Float64Array(64),
  };
}
