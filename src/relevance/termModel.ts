import type { Features } from './features.js';
import { StringTable } from './stringTable.js';

/** One training example: the features of a similar question (or title, tag) and its article. */
export interface Example {
  label: number;
  features: Features;
  /**
   * What the example is (its article and text), for its place in each pass (passOrder):
   * the same key, the same place, whatever other examples come or go.
   */
  key: string;
}

export interface TermModelOptions {
  /** Passes over the examples. */
  epochs: number;
  /** Initial step size, decayed per pass. */
  rate: number;
  /** L2 penalty per step, keeps single rare words from deciding alone. */
  l2: number;
}

export const TERM_MODEL_DEFAULTS: TermModelOptions = { epochs: 6, rate: 0.5, l2: 1e-5 };

/** The trained model as flat arrays: computed by `kb build`, stored as blobs, loaded as views. */
export interface TermModelData {
  /** Number of labels (articles). */
  labels: number;
  /** Every feature seen in training, sorted (see StringTable). */
  features: StringTable;
  /** Weights of feature f for each label: `weights[f * labels .. (f + 1) * labels]`. */
  weights: Float32Array;
  bias: Float32Array;
}

/**
 * A multinomial logistic regression over analysed terms, word pairs and bigrams, learned
 * from every article's similar questions: it learns which words tell articles apart
 * (BANKING77's "top up" vs "top up failed"), which a bag-of-words field score averages
 * away. Trained with plain SGD in an order fixed per example (passOrder), so a build is deterministic; scoring
 * is one sparse dot product per query feature.
 */
export class TermModel {
  constructor(readonly data: TermModelData) {}

  get labels(): number {
    return this.data.labels;
  }

  static train(examples: Example[], labels: number, opts: TermModelOptions = TERM_MODEL_DEFAULTS): TermModel {
    const weights = new Map<string, Float32Array>();
    const bias = new Float32Array(labels);
    const keys = Uint32Array.from(examples, (ex) => fnv1a(ex.key));
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const order = passOrder(keys, epoch);
      const rate = opts.rate / (1 + epoch);
      for (const i of order) {
        const ex = examples[i]!;
        const p = probabilities(bias, ex.features, (f) => weights.get(f));
        p[ex.label]! -= 1;
        for (const [f, x] of ex.features) {
          let w = weights.get(f);
          if (!w) weights.set(f, (w = new Float32Array(labels)));
          for (let k = 0; k < labels; k++) w[k] = w[k]! * (1 - rate * opts.l2) - rate * p[k]! * x;
        }
        for (let k = 0; k < labels; k++) bias[k]! -= rate * p[k]! * 0.1;
      }
    }
    const features = StringTable.of(weights.keys(), true);
    const flat = new Float32Array(features.size * labels);
    for (let i = 0; i < features.size; i++) flat.set(weights.get(features.get(i))!, i * labels);
    return new TermModel({ labels, features, weights: flat, bias });
  }

  /**
   * Probability of each label given the features (softmax over the linear scores). `ids`:
   * each feature's number in this model's table, in the features' order, when the caller
   * has them (see RelevanceModel.rank); otherwise each is looked up.
   */
  probabilities(features: Features, ids?: Int32Array): Float64Array {
    const { labels, weights, bias } = this.data;
    const table = this.data.features;
    const z = Float64Array.from(bias);
    let f = 0;
    // As `probabilities` below sums, reading the weights in place (no view per feature).
    features.forEach((x, k) => {
      const id = ids ? ids[f++]! : table.find(k);
      if (id >= 0) addWeighted(z, weights, id * labels, x);
    });
    return softmax(z);
  }

  /** True when the model has seen the feature in training. */
  knows(feature: string): boolean {
    return this.data.features.find(feature) >= 0;
  }
}

/** Softmax over bias + Σ weights(f) · x, features in their order (training and scoring agree to the bit). */
function probabilities(bias: Float32Array, features: Features, weightsOf: (f: string) => Float32Array | undefined): Float64Array {
  const z = Float64Array.from(bias);
  for (const [f, x] of features) {
    const w = weightsOf(f);
    if (w) addWeighted(z, w, 0, x);
  }
  return softmax(z);
}

/** z[k] += row[base + k] · x for every label k: the one sum training and scoring share. */
function addWeighted(z: Float64Array, row: Float32Array, base: number, x: number): void {
  for (let k = 0; k < z.length; k++) z[k]! += row[base + k]! * x;
}

/** exp(z - max z), normalised to sum 1, in place. */
function softmax(z: Float64Array): Float64Array {
  const labels = z.length;
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let k = 0; k < labels; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < labels; k++) z[k]! /= sum;
  return z;
}

/**
 * The examples' order in pass `epoch`: by a hash of each one's key and the pass, ties by
 * position. A shuffle of the whole list (as before) put every example somewhere else when an
 * editor added one similar question, and six passes of SGD from a new order moved answers
 * all over the knowledge base: two English questions for one article changed the top hit or
 * the confidence of 43 fixture queries and calls, 16 of them Chinese. Now the other examples
 * keep their order, and the same edit changes 22, about what it is about (docs/relevance-log.md, "A
 * message's main question, an edit that stays local").
 */
function passOrder(keys: Uint32Array, epoch: number): Uint32Array {
  const n = keys.length;
  const salt = Math.imul(epoch + 1, 0x9e3779b9);
  const rank = (i: number) => mix(keys[i]! ^ salt);
  if (n > POSITIONS) return Uint32Array.from(keys.keys()).sort((a, b) => rank(a) - rank(b) || a - b);
  // rank · POSITIONS + position: exact in a double (rank < 2^32), sorted natively.
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = rank(i) * POSITIONS + i;
  sorted.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = sorted[i]! % POSITIONS;
  return order;
}

/** Positions passOrder packs beside a 32-bit rank in a double (2^21: exact below 2^53). */
const POSITIONS = 2 ** 21;

/** FNV-1a over the string's UTF-16 code units: a stable 32-bit hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3's), so the pass's salt reorders every example, not only some bits. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
