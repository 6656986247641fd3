import type { QueryAnalysis } from '../analysis/analyzer.js';
import { KbError } from '../errors.js';
import { queryFeatures, type Features } from './features.js';

/** How close a query comes to questions known to be out of scope. */
export interface NegativeMatch {
  /** IDF-weighted cosine similarity of the closest example, in [0, 1] (0: none overlaps). */
  similarity: number;
  /** Its position in the examples (-1: none). */
  index: number;
}

/**
 * Examples of questions the content does not answer (other industries, products the
 * provider does not offer, near misses in its own words): a query close to one of them
 * and no closer to an article's similar question is likely out of scope too, the
 * "negative examples of the fallback intent" of dialog systems. Features and IDF are the
 * question matcher's, so the two similarities compare.
 */
export class NegativeExamples {
  /** Per feature, the examples that have it and its weight there: a query touches only the examples it shares a feature with. */
  private readonly postings = new Map<string, Array<[example: number, weight: number]>>();
  private scratch?: Scratch;

  private constructor(
    readonly texts: readonly string[],
    vectors: Features[],
    private readonly idf: (feature: string) => number,
  ) {
    vectors.forEach((v, i) => {
      for (const [k, w] of v) {
        const list = this.postings.get(k);
        if (list) list.push([i, w]);
        else this.postings.set(k, [[i, w]]);
      }
    });
  }

  /** `analyses`: each example analysed as a query; `idf`: the question matcher's (idfOf). */
  static of(texts: readonly string[], analyses: QueryAnalysis[], idf: (feature: string) => number): NegativeExamples {
    return new NegativeExamples(texts, NegativeExamples.weighed(analyses, idf), idf);
  }

  /**
   * The examples as `kb build` stores them per scope (see StoredNegatives): analysing a few
   * hundred examples took a process about 200 ms on its first search.
   */
  static weighed(analyses: QueryAnalysis[], idf: (feature: string) => number): Features[] {
    return analyses.map((a) => weigh(queryFeatures(a), idf));
  }

  /** Examples weighed by the build (`weighed`, stored): no analysis. */
  static fromStored(texts: readonly string[], stored: StoredNegatives, idf: (feature: string) => number): NegativeExamples {
    if (stored.examples.length !== texts.length) {
      throw new KbError('index.corrupt', `index: ${stored.examples.length} weighed out-of-scope examples stored for ${texts.length} examples`, 'run `kb build` to recreate it');
    }
    const vectors = stored.examples.map((pairs) => {
      const v: Features = new Map();
      for (let i = 0; i + 1 < pairs.length; i += 2) v.set(stored.features[pairs[i]!]!, pairs[i + 1]!);
      return v;
    });
    return new NegativeExamples(texts, vectors, idf);
  }

  /** Similarity of the query to each example, in the examples' order. */
  similarities(analysis: QueryAnalysis): number[] {
    const dots = new Array<number>(this.texts.length).fill(0);
    // Summed in the query's feature order for every example, as a dot product over the query's features would be.
    for (const [k, x] of weigh(queryFeatures(analysis), this.idf)) {
      for (const [i, w] of this.postings.get(k) ?? []) dots[i]! += x * w;
    }
    return dots.map((dot) => Math.min(1, dot));
  }

  /**
   * The closest example (the first of equals, as over `similarities`); `skip(i)` leaves
   * example i out (cross-validation). Per query, in arrays reused by every query (queries
   * run one at a time per thread) and cleared after use: only the examples sharing a
   * feature with the query are touched, summed in the same order as `similarities` sums.
   */
  closest(analysis: QueryAnalysis, skip?: (i: number) => boolean): NegativeMatch {
    const scratch = (this.scratch ??= newScratch(this.texts.length));
    const features = queryFeatures(analysis);
    if (scratch.weights.length < features.size) scratch.weights = new Float64Array(2 * features.size);
    const { dots, seen, touched, weights } = scratch;
    const norm = idfWeights(features, this.idf, weights);
    let count = 0;
    let f = 0;
    for (const k of features.keys()) {
      const x = norm > 0 ? weights[f]! / norm : weights[f]!;
      f++;
      const list = this.postings.get(k);
      if (!list) continue;
      for (let p = 0; p < list.length; p++) {
        const [i, w] = list[p]!;
        if (!seen[i]) (seen[i] = 1), (touched[count++] = i);
        dots[i]! += x * w;
      }
    }
    let similarity = 0;
    let index = -1;
    for (let t = 0; t < count; t++) {
      const i = touched[t]!;
      const s = Math.min(1, dots[i]!);
      dots[i] = 0;
      seen[i] = 0;
      if (skip?.(i)) continue;
      if (s > similarity || (s === similarity && index >= 0 && i < index)) (similarity = s), (index = i);
    }
    return { similarity, index };
  }
}

/**
 * Weighed examples in an index file's JSON: the features they use, once each, and per
 * example its features' numbers and weights in turn, in the example's feature order.
 * JSON keeps every double exactly, so the stored weights are the ones computed.
 */
export interface StoredNegatives {
  features: string[];
  examples: number[][];
}

export function storeNegatives(vectors: readonly Features[]): StoredNegatives {
  const numbers = new Map<string, number>();
  const examples = vectors.map((v) => {
    const pairs: number[] = [];
    for (const [k, w] of v) {
      let n = numbers.get(k);
      if (n === undefined) numbers.set(k, (n = numbers.size));
      pairs.push(n, w);
    }
    return pairs;
  });
  return { features: [...numbers.keys()], examples };
}

/** Per example: its dot product with the query, whether the query touched it; the touched ones in the order first touched; the query's weights. */
interface Scratch {
  dots: Float64Array;
  seen: Uint8Array;
  touched: Uint32Array;
  weights: Float64Array;
}

function newScratch(examples: number): Scratch {
  return { dots: new Float64Array(examples), seen: new Uint8Array(examples), touched: new Uint32Array(examples), weights: new Float64Array(64) };
}

/** Feature weights times IDF, at unit length (as the question matcher weighs a query). */
function weigh(f: Features, idf: (feature: string) => number): Features {
  const weights = new Float64Array(f.size);
  const norm = idfWeights(f, idf, weights);
  const out: Features = new Map();
  let i = 0;
  for (const k of f.keys()) out.set(k, norm > 0 ? weights[i++]! / norm : weights[i++]!);
  return out;
}

/** Each feature's weight times its IDF into `out`, in the features' order; returns their Euclidean norm. */
function idfWeights(f: Features, idf: (feature: string) => number, out: Float64Array): number {
  let norm = 0;
  let i = 0;
  // forEach: no entry array per feature, nor a lookup of its value (closest() weighs every query on the search path).
  f.forEach((x, k) => {
    const w = (out[i++] = x * idf(k));
    norm += w * w;
  });
  return Math.sqrt(norm);
}
