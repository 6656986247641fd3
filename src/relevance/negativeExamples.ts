import type { QueryAnalysis } from '../analysis/analyzer.js';
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
    return new NegativeExamples(texts, analyses.map((a) => weigh(queryFeatures(a), idf)), idf);
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

  /** The closest example; `skip(i)` leaves example i out (cross-validation). */
  closest(analysis: QueryAnalysis, skip: (i: number) => boolean = () => false): NegativeMatch {
    let best: NegativeMatch = { similarity: 0, index: -1 };
    this.similarities(analysis).forEach((similarity, index) => {
      if (!skip(index) && similarity > best.similarity) best = { similarity, index };
    });
    return best;
  }
}

/** Feature weights times IDF, at unit length (as the question matcher weighs a query). */
function weigh(f: Features, idf: (feature: string) => number): Features {
  const out: Features = new Map();
  let norm = 0;
  for (const [k, x] of f) {
    const w = x * idf(k);
    out.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of out) out.set(k, w / norm);
  return out;
}
