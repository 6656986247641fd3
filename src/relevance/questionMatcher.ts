import type { Features } from './features.js';

/** One similar question (or title) of an article, as the matcher keeps it. */
export interface Question {
  label: number;
  text: string;
}

export interface QuestionMatch {
  /** Index of the question in the matcher's list. */
  question: number;
  /** Cosine similarity of the query and the question, IDF-weighted, in [0, 1]. */
  similarity: number;
}

/**
 * Every similar question matched on its own: an inverted list from feature to the
 * questions that have it, IDF-weighted cosine similarity, best question per article.
 * An article with 40 ways of asking is found by the one closest to the query, instead
 * of by an average of all 40 in one long field; and the console can show which one.
 */
export class QuestionMatcher {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly idf = new Map<string, number>();
  /** Scratch sums for bestPerLabel, allocated on first use (however the matcher was made). */
  private dots: Float64Array | undefined;

  constructor(
    readonly questions: Question[],
    features: Features[],
  ) {
    const df = new Map<string, number>();
    for (const f of features) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    for (const [k, n] of df) this.idf.set(k, Math.log(1 + features.length / n));
    features.forEach((f, q) => {
      const v = this.weigh(f);
      for (const [k, x] of v) {
        let list = this.postings.get(k);
        if (!list) this.postings.set(k, (list = []));
        list.push([q, x]);
      }
    });
  }

  /** IDF of a feature; features no question has get the highest IDF there could be. */
  idfOf(feature: string): number {
    return this.idf.get(feature) ?? Math.log(1 + this.questions.length);
  }

  /** Best-matching question per label (article index), for labels with any overlap. */
  bestPerLabel(query: Features): Map<number, QuestionMatch> {
    // Dot products accumulate in one reused array (queries run one at a time); touched entries are listed in first-touch order.
    const dots = (this.dots ??= new Float64Array(this.questions.length));
    const touched: number[] = [];
    for (const [k, x] of this.weigh(query)) {
      for (const [q, y] of this.postings.get(k) ?? []) {
        if (dots[q] === 0) touched.push(q);
        dots[q]! += x * y;
      }
    }
    const best = new Map<number, QuestionMatch>();
    for (const q of touched) {
      const similarity = dots[q]!;
      dots[q] = 0;
      const label = this.questions[q]!.label;
      const seen = best.get(label);
      if (!seen || similarity > seen.similarity) best.set(label, { question: q, similarity: Math.min(1, similarity) });
    }
    return best;
  }

  /** IDF-weighted, unit length. Words no question has count at full IDF: a query about something else matches weakly. */
  private weigh(f: Features): Features {
    const out: Features = new Map();
    let norm = 0;
    for (const [k, x] of f) {
      const w = x * this.idfOf(k);
      out.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of out) out.set(k, w / norm);
    return out;
  }
}
