import type { Clause } from './clause.js';

/**
 * The coordination factor, counted while scoring (scoreClauses.ts): lunr scores each
 * field as a cosine with the field's query vector, so one rare query word in a short
 * field (a similar question) outscores every query word together in the body: among
 * 20,000 articles, some other article always has that word in a question. The factor
 * (Lucene's classic `coord`, which MiniSearch also applies) multiplies a document's
 * score by the share of the clauses' boost it matched, to a power, so matching more of
 * the query counts. The lunr scores themselves, the index's definition, are unchanged.
 *
 * Counted in the scoring's one walk over the postings: each posting marks its
 * document's bits of the clauses that reach that (term, field); the document's matched
 * boost is then summed from its bits in clause order, as a walk clause by clause would
 * sum it (test/support/referenceCoordination.ts), to the last bit.
 */
export class Coverage {
  /** 32-bit words of clause bits per document: clause c is bit c & 31 of word c >> 5. */
  readonly words: number;
  /** The boost of every clause that matches anything, summed in clause order (a word no article has lowers every document alike, so it is left out). */
  readonly total: number;
  /** With one word: the factor of each clause set met so far in this query. */
  private readonly bySet = new Map<number, number>();

  private constructor(
    private readonly boosts: readonly number[],
    total: number,
    /** Per document × words: the clauses it matched; all 0 between queries. */
    readonly bits: Uint32Array,
    private readonly power: number,
  ) {
    this.words = Math.max(1, Math.ceil(boosts.length / 32));
    this.total = total;
  }

  /**
   * The coverage of a query on an index of `documents`, or undefined when the factor
   * changes nothing (power 0, or no clause matches: `matches[c]` says whether clause c
   * has any posting). Its bit arrays are per index and reused (queries run one at a
   * time per thread).
   */
  static of(scratchKey: object, documents: number, clauses: readonly Clause[], matches: readonly boolean[], power: number): Coverage | undefined {
    if (power === 0) return undefined;
    let total = 0;
    for (let c = 0; c < clauses.length; c++) if (matches[c]) total += clauses[c]!.boost;
    if (total <= 0) return undefined;
    const words = Math.max(1, Math.ceil(clauses.length / 32));
    let bits = bitsOf.get(scratchKey);
    if (!bits || bits.length < documents * words) bitsOf.set(scratchKey, (bits = new Uint32Array(documents * words)));
    return new Coverage(clauses.map((c) => c.boost), total, bits, power);
  }

  /**
   * Document `d`'s factor: the boost of the clauses it matched, summed in clause order,
   * over the total, to the power. Clears the document's bits.
   */
  factor(d: number): number {
    if (this.words === 1) {
      // Documents share a few clause sets: the power (a slow call) is taken once per set.
      const set = this.bits[d]!;
      this.bits[d] = 0;
      let factor = this.bySet.get(set);
      if (factor === undefined) this.bySet.set(set, (factor = this.factorOf(set)));
      return factor;
    }
    let matched = 0;
    const base = d * this.words;
    for (let w = 0; w < this.words; w++) {
      matched = this.addBoosts(matched, this.bits[base + w]!, w);
      this.bits[base + w] = 0;
    }
    return (matched / this.total) ** this.power;
  }

  /** The factor of the clause set `set` (a query of at most 32 clauses). */
  private factorOf(set: number): number {
    return (this.addBoosts(0, set, 0) / this.total) ** this.power;
  }

  /** `sum` plus the boosts of the clauses set in `word` (the `w`-th 32-bit word), lowest clause first. */
  private addBoosts(sum: number, word: number, w: number): number {
    while (word !== 0) {
      const low = word & -word;
      sum += this.boosts[w * 32 + (31 - Math.clz32(low))]!;
      word ^= low;
    }
    return sum;
  }
}

/** Per index: the documents' clause bits, grown to the widest query met so far. */
const bitsOf = new WeakMap<object, Uint32Array>();
