import type { Features } from './features.js';
import { seededRandom } from '../shared/seededRandom.js';

/** One training example: the features of a similar question (or title, tag) and its article. */
export interface Example {
  label: number;
  features: Features;
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

/**
 * A multinomial logistic regression over analysed terms, word pairs and bigrams, learned
 * from every article's similar questions: it learns which words tell articles apart
 * (BANKING77's "top up" vs "top up failed"), which a bag-of-words field score averages
 * away. Trained in a fixed order with plain SGD, so a build is deterministic; scoring
 * is one sparse dot product per query feature.
 */
export class TermModel {
  private constructor(
    readonly labels: number,
    /** Feature → one weight per label. */
    private readonly weights: Map<string, Float32Array>,
    private readonly bias: Float32Array,
  ) {}

  static train(examples: Example[], labels: number, opts: TermModelOptions = TERM_MODEL_DEFAULTS): TermModel {
    const weights = new Map<string, Float32Array>();
    const bias = new Float32Array(labels);
    const model = new TermModel(labels, weights, bias);
    const order = examples.map((_, i) => i);
    const random = seededRandom(77);
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      shuffle(order, random);
      const rate = opts.rate / (1 + epoch);
      for (const i of order) {
        const ex = examples[i]!;
        const p = model.probabilities(ex.features);
        p[ex.label]! -= 1;
        for (const [f, x] of ex.features) {
          let w = weights.get(f);
          if (!w) weights.set(f, (w = new Float32Array(labels)));
          for (let k = 0; k < labels; k++) w[k] = w[k]! * (1 - rate * opts.l2) - rate * p[k]! * x;
        }
        for (let k = 0; k < labels; k++) bias[k]! -= rate * p[k]! * 0.1;
      }
    }
    return model;
  }

  /** Probability of each label given the features (softmax over the linear scores). */
  probabilities(features: Features): Float64Array {
    const z = new Float64Array(this.labels);
    for (let k = 0; k < this.labels; k++) z[k] = this.bias[k]!;
    for (const [f, x] of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < this.labels; k++) z[k]! += w[k]! * x;
    }
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (let k = 0; k < this.labels; k++) sum += z[k] = Math.exp(z[k]! - max);
    for (let k = 0; k < this.labels; k++) z[k]! /= sum;
    return z;
  }

  /** True when the model has seen the feature in training. */
  knows(feature: string): boolean {
    return this.weights.has(feature);
  }
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
