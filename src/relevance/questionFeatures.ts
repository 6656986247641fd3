import { GRAM_WEIGHT, gram, isSynonymKey, pair, PAIR_WEIGHT, type Features } from './features.js';
import { sortByBytes, type TermOrder } from './termOrder.js';

const WORD = 0;
const GRAM = 1;
const PAIR = 2;
/** Pairs are keyed by first × PAIR_KEY + second, exact in a double for term numbers below it. */
const PAIR_KEY = 2 ** 26;

/**
 * The features of similar questions (see `textFeatures` in features.ts: words with their
 * synonym keys at 1, adjacent plain words at PAIR_WEIGHT, bigrams at GRAM_WEIGHT, scaled
 * to unit length), computed from term numbers instead of strings: each distinct feature
 * gets a number, and each question its features' numbers and values in the order
 * `textFeatures` inserts them (the models sum in that order, so the bits agree).
 */
export class QuestionFeatures {
  /** Per question q: its entries offsets[q] .. offsets[q + 1] of `features` and `values`. */
  readonly offsets: number[] = [0];
  readonly features: number[] = [];
  readonly values: number[] = [];
  private readonly kinds: number[] = [];
  private readonly firsts: number[] = [];
  private readonly seconds: number[] = [];
  private readonly wordFeature: Int32Array;
  private readonly gramFeature: Int32Array;
  private readonly pairFeature = new Map<number, number>();
  /** The last question each feature was added to (a question holds a feature once). */
  private readonly lastQuestion: number[] = [];
  /** Per term number: 0 not looked at, 1 a synonym key, 2 a plain word. */
  private readonly synonym: Uint8Array;

  constructor(private readonly terms: readonly string[]) {
    if (terms.length >= PAIR_KEY) throw new Error(`relevance: ${terms.length} terms, more than word pairs can be numbered for`);
    this.wordFeature = new Int32Array(terms.length).fill(-1);
    this.gramFeature = new Int32Array(terms.length).fill(-1);
    this.synonym = new Uint8Array(terms.length);
  }

  get questions(): number {
    return this.offsets.length - 1;
  }

  /** Number of distinct features. */
  get size(): number {
    return this.kinds.length;
  }

  /** Adds a question from its text's words and bigrams; false (nothing added) when it has no feature. */
  add(words: Uint32Array, grams: Uint32Array): boolean {
    const q = this.questions;
    const start = this.features.length;
    let previous = -1;
    for (const w of words) this.use(this.wordFeature, WORD, w, q);
    for (const w of words) {
      if (this.isSynonym(w)) continue;
      if (previous >= 0) {
        const key = previous * PAIR_KEY + w;
        let f = this.pairFeature.get(key);
        if (f === undefined) this.pairFeature.set(key, (f = this.create(PAIR, previous, w)));
        this.push(f, q);
      }
      previous = w;
    }
    for (const g of grams) this.use(this.gramFeature, GRAM, g, q);
    const count = this.features.length - start;
    if (!count) return false;
    let sum = 0;
    for (let i = start; i < this.features.length; i++) sum += this.values[i]! * this.values[i]!;
    const norm = Math.sqrt(sum);
    for (let i = start; i < this.features.length; i++) this.values[i] = this.values[i]! / norm;
    this.offsets.push(this.features.length);
    return true;
  }

  /** The string of feature f, as `textFeatures` names it. */
  name(f: number): string {
    const a = this.terms[this.firsts[f]!]!;
    return this.kinds[f] === WORD ? a : this.kinds[f] === GRAM ? gram(a) : pair(a, this.terms[this.seconds[f]!]!);
  }

  /** The features of question q as `textFeatures` returns them (for the term model). */
  map(q: number): Features {
    const out: Features = new Map();
    for (let i = this.offsets[q]!; i < this.offsets[q + 1]!; i++) out.set(this.name(this.features[i]!), this.values[i]!);
    return out;
  }

  /** Feature numbers in the order of their strings' UTF-8 bytes (see TermOrder). */
  sorted(order: TermOrder | undefined): Uint32Array {
    if (!order) return sortByBytes(Array.from({ length: this.size }, (_, f) => this.name(f)));
    const out = new Uint32Array(this.size);
    let n = 0;
    for (const id of order.ids) if (this.gramFeature[id]! >= 0) out[n++] = this.gramFeature[id]!;
    // Each word's pairs, grouped by the word, ordered by their second word.
    const pairsOf = new Map<number, number[]>();
    for (const f of this.pairFeature.values()) {
      const list = pairsOf.get(this.firsts[f]!);
      if (list) list.push(f);
      else pairsOf.set(this.firsts[f]!, [f]);
    }
    for (const id of order.ids) {
      if (this.wordFeature[id]! >= 0) out[n++] = this.wordFeature[id]!;
      const pairs = pairsOf.get(id);
      if (pairs) for (const f of pairs.sort((a, b) => order.rank[this.seconds[a]!]! - order.rank[this.seconds[b]!]!)) out[n++] = f;
    }
    if (n !== this.size) throw new Error('relevance: the term order misses some question features');
    return out;
  }

  private isSynonym(w: number): boolean {
    if (!this.synonym[w]) this.synonym[w] = isSynonymKey(this.terms[w]!) ? 1 : 2;
    return this.synonym[w] === 1;
  }

  /** Adds the word or bigram feature of term `id` to question q. */
  private use(numbers: Int32Array, kind: number, id: number, q: number): void {
    let f = numbers[id]!;
    if (f < 0) numbers[id] = f = this.create(kind, id, 0);
    this.push(f, q);
  }

  private create(kind: number, first: number, second: number): number {
    this.kinds.push(kind);
    this.firsts.push(first);
    this.seconds.push(second);
    return this.lastQuestion.push(-1) - 1;
  }

  /** Adds feature f to question q unless it has it already (then its first place stands, as in a Map). */
  private push(f: number, q: number): void {
    if (this.lastQuestion[f] === q) return;
    this.lastQuestion[f] = q;
    this.features.push(f);
    this.values.push(this.kinds[f] === WORD ? 1 : this.kinds[f] === PAIR ? PAIR_WEIGHT : GRAM_WEIGHT);
  }
}
