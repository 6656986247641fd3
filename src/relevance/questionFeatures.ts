import { GRAM_WEIGHT, gram, isSynonymKey, pair, PAIR_WEIGHT, type Features } from './features.js';
import { grown } from '../shared/grownArray.js';
import { sortByBytes, type TermOrder } from './termOrder.js';

const WORD = 0;
const GRAM = 1;
const PAIR = 2;

/**
 * The features of similar questions (see `textFeatures` in features.ts: words with their
 * synonym keys at 1, adjacent plain words at PAIR_WEIGHT, bigrams at GRAM_WEIGHT, scaled
 * to unit length), computed from term numbers instead of strings: each distinct feature
 * gets a number, and each question its features' numbers and values in the order
 * `textFeatures` inserts them (the models sum in that order, so the bits agree).
 */
export class QuestionFeatures {
  private questionCount = 0;
  /** Per question q: its entries offsets[q] .. offsets[q + 1] of `features` and `values`. */
  private offsetList = new Uint32Array(1024);
  private entries = 0;
  private featureList = new Uint32Array(1 << 16);
  private valueList = new Float64Array(1 << 16);
  /** Per feature: its kind, its term (the first word of a pair), the pair's second word, the last question it was added to. */
  private featureCount = 0;
  private kinds = new Uint8Array(1 << 16);
  private firsts = new Uint32Array(1 << 16);
  private seconds = new Uint32Array(1 << 16);
  /** A question holds a feature once: the last question each feature was added to. */
  private lastQuestion = new Int32Array(1 << 16);
  private readonly wordFeature: Int32Array;
  private readonly gramFeature: Int32Array;
  private readonly pairFeature = new PairTable();
  /** Per term number: 0 not looked at, 1 a synonym key, 2 a plain word. */
  private readonly synonym: Uint8Array;

  constructor(private readonly terms: readonly string[]) {
    this.wordFeature = new Int32Array(terms.length).fill(-1);
    this.gramFeature = new Int32Array(terms.length).fill(-1);
    this.synonym = new Uint8Array(terms.length);
  }

  get questions(): number {
    return this.questionCount;
  }

  /** Number of distinct features. */
  get size(): number {
    return this.featureCount;
  }

  /** Per question q: its entries offsets[q] .. offsets[q + 1] of `features` and `values` (a view, valid until the next `add`). */
  get offsets(): Uint32Array {
    return this.offsetList.subarray(0, this.questionCount + 1);
  }

  /** Each question's feature numbers, one question after the other (a view, as `offsets`). */
  get features(): Uint32Array {
    return this.featureList.subarray(0, this.entries);
  }

  /** The value of each entry of `features`, each question at unit length (a view, as `offsets`). */
  get values(): Float64Array {
    return this.valueList.subarray(0, this.entries);
  }

  /** Adds a question from its text's words and bigrams; false (nothing added) when it has no feature. */
  add(words: Uint32Array, grams: Uint32Array): boolean {
    return this.addRange(words, 0, words.length, grams, 0, grams.length);
  }

  /** `add` of words[wordFrom .. wordTo) and grams[gramFrom .. gramTo): a build reads each text where it lies, no view made per text. */
  addRange(words: Uint32Array, wordFrom: number, wordTo: number, grams: Uint32Array, gramFrom: number, gramTo: number): boolean {
    const q = this.questionCount;
    const start = this.entries;
    let previous = -1;
    for (let i = wordFrom; i < wordTo; i++) this.use(this.wordFeature, WORD, words[i]!, q);
    for (let i = wordFrom; i < wordTo; i++) {
      const w = words[i]!;
      if (this.isSynonym(w)) continue;
      if (previous >= 0) {
        let f = this.pairFeature.get(previous, w);
        if (f < 0) this.pairFeature.set(previous, w, (f = this.create(PAIR, previous, w)));
        this.push(f, q);
      }
      previous = w;
    }
    for (let i = gramFrom; i < gramTo; i++) this.use(this.gramFeature, GRAM, grams[i]!, q);
    const end = this.entries;
    if (end === start) return false;
    const values = this.valueList;
    let sum = 0;
    for (let i = start; i < end; i++) sum += values[i]! * values[i]!;
    const norm = Math.sqrt(sum);
    for (let i = start; i < end; i++) values[i] = values[i]! / norm;
    if (q + 2 > this.offsetList.length) this.offsetList = grown(this.offsetList);
    this.offsetList[++this.questionCount] = end;
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
    for (let i = this.offsetList[q]!; i < this.offsetList[q + 1]!; i++) out.set(this.name(this.featureList[i]!), this.valueList[i]!);
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
    for (let f = 0; f < this.featureCount; f++) {
      if (this.kinds[f] !== PAIR) continue;
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
    const f = this.featureCount++;
    if (f === this.kinds.length) {
      this.kinds = grown(this.kinds);
      this.firsts = grown(this.firsts);
      this.seconds = grown(this.seconds);
      this.lastQuestion = grown(this.lastQuestion);
    }
    this.kinds[f] = kind;
    this.firsts[f] = first;
    this.seconds[f] = second;
    this.lastQuestion[f] = -1;
    return f;
  }

  /** Adds feature f to question q unless it has it already (then its first place stands, as in a Map). */
  private push(f: number, q: number): void {
    if (this.lastQuestion[f] === q) return;
    this.lastQuestion[f] = q;
    const i = this.entries++;
    if (i === this.featureList.length) {
      this.featureList = grown(this.featureList);
      this.valueList = grown(this.valueList);
    }
    this.featureList[i] = f;
    this.valueList[i] = this.kinds[f] === WORD ? 1 : this.kinds[f] === PAIR ? PAIR_WEIGHT : GRAM_WEIGHT;
  }
}

/**
 * Word pairs (two term numbers) to feature numbers: open addressing over typed arrays.
 * A Map keyed by first × PAIR_KEY + second hashed a heap number per lookup (pair keys
 * pass 2^31), which was a third of learning the question features at 20,000 articles.
 */
class PairTable {
  private firsts = new Int32Array(1 << 16).fill(-1);
  private seconds = new Uint32Array(1 << 16);
  private values = new Uint32Array(1 << 16);
  private count = 0;

  /** The feature of the pair (first, second), -1 if none. */
  get(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    for (let i = slot(first, second, mask); ; i = (i + 1) & mask) {
      const f = this.firsts[i]!;
      if (f < 0) return -1;
      if (f === first && this.seconds[i] === second) return this.values[i]!;
    }
  }

  /** Sets the feature of a pair that has none yet (see get). */
  set(first: number, second: number, value: number): void {
    if (2 * (this.count + 1) > this.firsts.length) this.rehash();
    this.place(first, second, value);
    this.count++;
  }

  private place(first: number, second: number, value: number): void {
    const mask = this.firsts.length - 1;
    let i = slot(first, second, mask);
    while (this.firsts[i]! >= 0) i = (i + 1) & mask;
    this.firsts[i] = first;
    this.seconds[i] = second;
    this.values[i] = value;
  }

  private rehash(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(2 * firsts.length).fill(-1);
    this.seconds = new Uint32Array(2 * firsts.length);
    this.values = new Uint32Array(2 * firsts.length);
    for (let i = 0; i < firsts.length; i++) if (firsts[i]! >= 0) this.place(firsts[i]!, seconds[i]!, values[i]!);
  }
}

/** The first slot to try for a pair: its numbers mixed (murmur3's finaliser), so that neighbouring pairs spread. */
function slot(first: number, second: number, mask: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ second;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}
