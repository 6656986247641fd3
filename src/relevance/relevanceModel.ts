import type { QueryAnalysis } from '../analysis/analyzer.js';
import type { DocScores } from '../index/scoreClauses.js';
import type { CompiledArticle, Scope } from '../types.js';
import { ArticleTerms } from './articleTerms.js';
import { confidence, type Calibration, type CallSignals, type ConfidenceSignals } from './confidence.js';
import { TermTable } from '../index/termTable.js';
import { queryFeatures, type TextAnalyzer } from './features.js';
import { QuestionFeatures } from './questionFeatures.js';
import { QuestionMatcher, type Question } from './questionMatcher.js';
import { TermModel } from './termModel.js';
import type { TermOrder } from './termOrder.js';
import { analyseTexts, eachTextRange, type LearningFile } from './textTerms.js';

/** A lexical (field-weighted BM25) result, as the index returns it. */
export interface LexicalResult {
  ref: string;
  score: number;
  /** The document number in the index (with `rank`'s `refs`: found without looking the id up). */
  doc?: number;
}

/** One article after fusion, best first. */
export interface Ranked {
  ref: string;
  score: number;
  /** The lexical score relative to the best lexical score of the query, in [0, 1]. */
  lexical: number;
  /** The term model's probability for this article, in [0, 1] (0 when there is no model). */
  probability: number;
  /** The closest similar question (or title, tag) of the article, if any shares a term with the query. */
  question?: { text: string; similarity: number };
  /** The article's index in the model. */
  label: number;
}

/**
 * How much each signal counts in the fused score. Tuned by cross-validation on
 * BANKING77 train and on the development query set (scripts/tuneRelevance.ts).
 */
export interface FusionWeights {
  lexical: number;
  probability: number;
  question: number;
}

export const FUSION_WEIGHTS: FusionWeights = { lexical: 1, probability: 1, question: 0.5 };

/**
 * For a call transcript's derived query: a call wanders over several topics and the term
 * model, learned from single questions, pulls towards whichever topic has the most
 * distinctive words (transcripts MRR 0.924 → 0.902 with it); the closest question still helps.
 */
export const TRANSCRIPT_FUSION_WEIGHTS: FusionWeights = { lexical: 1, probability: 0, question: 0.5 };

/**
 * A term model is learned only when articles have similar questions to learn from and
 * its dense weights (features × articles) stay small: 2^24 weights are 64 MB stored and
 * about a second of training, which the sample (0.45 M) and BANKING77 fit well within.
 * Both grow with the square of the articles: at 1,000 generated articles it would be
 * 80 M weights (320 MB per scope, 90 s of training), at 20,000 about 100 times that.
 */
const MIN_EXAMPLES_PER_ARTICLE = 3;
export const MAX_MODEL_WEIGHTS = 2 ** 24;

/**
 * What the ranking learns from the articles of one scope, built by `kb build` and stored in
 * the index file (relevanceBlobs.ts):
 * the question matcher and the term model (from titles, similar questions and tags), and
 * the articles' analysed terms for the confidence (also the body sections the scope may
 * see: the public scope never sees internal ones).
 */
export class RelevanceModel {
  private readonly labelOf = new Map<string, number>();
  private readonly docLabels = new WeakMap<readonly string[], Int32Array>();
  /** The signals confidenceOf fills in, hit after hit. */
  private signals?: ConfidenceSignals;
  /** See sharesFeatures. */
  private sameFeatures?: boolean;
  private scratch?: { seen: Uint8Array; similarity: Float64Array; labels: Uint32Array; lexicals: Float64Array; scores: Float64Array };

  /** A model from its parts (as `build` learns them, or as stored in the index file). */
  constructor(
    readonly ids: string[],
    readonly matcher: QuestionMatcher,
    readonly model: TermModel | undefined,
    readonly terms: ArticleTerms,
    private readonly defaultWeights: FusionWeights = FUSION_WEIGHTS,
  ) {
    ids.forEach((id, i) => this.labelOf.set(id, i));
  }

  /** `articles`: each article's locales (as the index merges them); analysed here (a build learns from its cache, see `learn`). */
  static build(articles: CompiledArticle[][], scope: Scope, analyzer: TextAnalyzer, weights: FusionWeights = FUSION_WEIGHTS): RelevanceModel {
    const table = new TermTable();
    return RelevanceModel.learn(articles.map((locales) => locales.map((article) => ({ article, texts: analyseTexts(article, analyzer, table) }))), scope, table.terms, undefined, weights);
  }

  /**
   * `articles`: each article's files (as the index merges them), with their texts as term
   * numbers of `terms`; `order`: the terms' order, when known (see TermOrder).
   */
  static learn(articles: LearningFile[][], scope: Scope, terms: readonly string[], order: TermOrder | undefined, weights: FusionWeights = FUSION_WEIGHTS): RelevanceModel {
    const ids = articles.map((files) => files[0]!.article.id);
    const questions: Question[] = [];
    const features = new QuestionFeatures(terms);
    articles.forEach((files, label) => {
      for (const { article: a, texts } of files) {
        // Title, similar questions, tags: the first texts (see articleTexts), read where they lie.
        eachTextRange(texts, 0, 1 + a.questions.length + a.tags.length, (i, wordFrom, wordTo, gramFrom, gramTo) => {
          if (features.addRange(texts.words, wordFrom, wordTo, texts.grams, gramFrom, gramTo)) questions.push({ label, text: keyText(a, i) });
        });
      }
    });
    const matcher = QuestionMatcher.build(questions, features, order);
    // The matcher's features are every feature the examples have.
    const learn = ids.length > 1 && questions.length >= MIN_EXAMPLES_PER_ARTICLE * ids.length && matcher.data.features.size * ids.length <= MAX_MODEL_WEIGHTS;
    const model = learn ? TermModel.train(questions.map((q, i) => ({ label: q.label, features: features.map(i), key: `${ids[q.label]}\u0000${q.text}` })), ids.length) : undefined;
    return new RelevanceModel(ids, matcher, model, ArticleTerms.build(articles, scope, terms, order), weights);
  }

  /**
   * Fuses the lexical results with the question matcher and the term model, best first:
   * the first `count` (default: all). Every candidate is scored, but only those returned
   * become objects, so a query that matches most of 20,000 articles does not sort them all.
   * `refs`: the article id of each document number of the index the results come from
   * (required with DocScores; with LexicalResults that carry `doc`, it saves looking ids up).
   */
  rank(analysis: QueryAnalysis, lexical: LexicalResult[] | DocScores, weights: FusionWeights = this.defaultWeights, count = Infinity, refs?: readonly string[]): Ranked[] {
    const query = queryFeatures(analysis);
    const best = this.matcher.bestPerLabel(query);
    const probabilities = this.model && query.size ? this.model.probabilities(query, this.sharesFeatures() ? this.matcher.featureIds(query) : undefined) : undefined;
    // Per-label scratch (queries run one at a time per thread), cleared after use.
    const size = this.ids.length;
    const { seen, similarity, labels, lexicals, scores } = (this.scratch ??= {
      seen: new Uint8Array(size),
      similarity: new Float64Array(size),
      labels: new Uint32Array(size),
      lexicals: new Float64Array(size),
      scores: new Float64Array(size),
    });
    // Candidates: each label at most once, with its lexical score relative to the best.
    const c = Array.isArray(lexical) ? this.lexicalCandidates(lexical, refs) : this.docCandidates(lexical, refs!);
    let n = c;
    for (let k = 0; k < best.count; k++) {
      const label = best.labels[k]!;
      similarity[label] = best.similarity[label]!;
      if (!seen[label]) (seen[label] = 1), (labels[n] = label), (lexicals[n++] = 0);
    }
    const { lexical: wl, probability: wp, question: wq } = weights;
    for (let i = 0; i < n; i++) {
      const label = labels[i]!;
      scores[i] = wl * lexicals[i]! + wp * (probabilities ? probabilities[label]! : 0) + wq * similarity[label]!;
    }
    for (let i = 0; i < n; i++) seen[labels[i]!] = 0;
    for (let k = 0; k < best.count; k++) similarity[best.labels[k]!] = 0;
    const top = bestFirst(scores, labels, n, count);
    const out: Ranked[] = new Array(top.length);
    for (let r = 0; r < top.length; r++) {
      const i = top[r]!;
      const label = labels[i]!;
      const q = best.question[label]!;
      const ranked: Ranked = { ref: this.ids[label]!, label, score: scores[i]!, lexical: lexicals[i]!, probability: probabilities ? probabilities[label]! : 0 };
      if (q >= 0) ranked.question = { text: this.matcher.text(q), similarity: best.similarity[label]! };
      out[r] = ranked;
    }
    return out;
  }

  /**
   * True when the term model's feature table is the matcher's (as `learn` makes them: both
   * of every feature of the questions, sorted alike), so the matcher's numbers of a query's
   * features are the model's too. Checked once.
   */
  private sharesFeatures(): boolean {
    return (this.sameFeatures ??= !!this.model && this.model.data.features.equals(this.matcher.data.features));
  }

  /** Puts the labels of document scores (through the index's `refs`) in the scratch as candidates; returns how many. */
  private docCandidates(lexical: DocScores, refs: readonly string[]): number {
    const docLabels = this.labelsOf(refs);
    const { seen, labels, lexicals } = this.scratch!;
    const { docs, scores } = lexical;
    let top = 0;
    for (let i = 0; i < lexical.count; i++) top = Math.max(top, scores[i]!);
    let c = 0;
    for (let i = 0; i < lexical.count; i++) {
      const label = docLabels[docs[i]!]!;
      if (label < 0 || seen[label]) continue;
      seen[label] = 1;
      labels[c] = label;
      lexicals[c++] = top > 0 ? scores[i]! / top : 0;
    }
    return c;
  }

  /** The same for results as objects (by `doc` through `refs` when both are there, else by id). */
  private lexicalCandidates(lexical: LexicalResult[], refs: readonly string[] | undefined): number {
    const docLabels = refs && this.labelsOf(refs);
    const { seen, labels, lexicals } = this.scratch!;
    let top = 0;
    for (const r of lexical) top = Math.max(top, r.score);
    let c = 0;
    for (const r of lexical) {
      const label = docLabels && r.doc !== undefined ? docLabels[r.doc]! : (this.labelOf.get(r.ref) ?? -1);
      if (label < 0 || seen[label]) continue;
      seen[label] = 1;
      labels[c] = label;
      lexicals[c++] = top > 0 ? r.score / top : 0;
    }
    return c;
  }

  /** Label of each document number of an index with these `refs` (-1: not in the model), made once per index. */
  private labelsOf(refs: readonly string[]): Int32Array {
    let found = this.docLabels.get(refs);
    if (!found) this.docLabels.set(refs, (found = Int32Array.from(refs, (ref) => this.labelOf.get(ref) ?? -1)));
    return found;
  }

  /**
   * The confidence of `ranked[i]` (a list from `rank`), and the signals it comes from. Computed per shown hit only.
   * `negative`: the query's similarity to the closest out-of-scope example (KnowledgeBase.outOfScope);
   * `elsewhere`: whether the query names an institution the hit does not (Elsewhere.signal);
   * `call`: a call's own signals (its surest turn's confidence, an agent's decline), none for a typed query.
   */
  confidence(analysis: QueryAnalysis, ranked: Ranked[], i: number, calibration?: Calibration, negative = 0, elsewhere = 0, call?: CallSignals): { confidence: number; signals: ConfidenceSignals } {
    const signals = this.signalsInto(analysis, ranked, i, negative, elsewhere, call, noSignals());
    return { confidence: confidence(signals, calibration), signals };
  }

  /**
   * The same confidence without the signals: they go into one object reused by every hit
   * (a search asks this for each hit it shows; the signals are only read here).
   */
  confidenceOf(analysis: QueryAnalysis, ranked: Ranked[], i: number, calibration?: Calibration, negative = 0, elsewhere = 0, call?: CallSignals): number {
    return confidence(this.signalsInto(analysis, ranked, i, negative, elsewhere, call, (this.signals ??= noSignals())), calibration);
  }

  private signalsInto(analysis: QueryAnalysis, ranked: Ranked[], i: number, negative: number, elsewhere: number, call: CallSignals | undefined, out: ConfidenceSignals): ConfidenceSignals {
    const hit = ranked[i]!;
    const top = ranked[0]!.score;
    const next = ranked[i + 1]?.score ?? 0;
    const query = this.terms.querySignals(analysis);
    out.informativeness = query.informativeness;
    out.known = query.known;
    this.terms.matchInto(hit.label, analysis, out);
    if (!analysis.grams.length) out.gramCoverage = out.keyCoverage;
    out.similarity = hit.question?.similarity ?? 0;
    out.probability = hit.probability;
    out.gap = top > 0 ? Math.max(0, hit.score - next) / top : 0;
    out.negative = negative;
    out.elsewhere = elsewhere;
    out.turn = call?.turn ?? 0;
    out.declined = call?.declined ?? 0;
    return out;
  }
}

/** Key text i of an article: its title, then its similar questions, then its tags (articleTexts' order). */
function keyText(a: CompiledArticle, i: number): string {
  return i === 0 ? a.title : i <= a.questions.length ? a.questions[i - 1]! : a.tags[i - 1 - a.questions.length]!;
}

/** Signals in their documented order, all 0, to be filled in. */
function noSignals(): ConfidenceSignals {
  return { informativeness: 0, known: 0, coverage: 0, keyCoverage: 0, missing: 0, gramCoverage: 0, similarity: 0, probability: 0, gap: 0, negative: 0, elsewhere: 0, turn: 0, declined: 0 };
}

/** Positions (of the first `n`) of the `count` highest scores, highest first, ties by lower label. */
function bestFirst(scores: Float64Array, labels: Uint32Array, n: number, count: number): number[] {
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && labels[a]! < labels[b]!);
  if (count >= n) return Array.from({ length: n }, (_, i) => i).sort((a, b) => (before(a, b) ? -1 : 1));
  // Insertion into a list kept sorted, of at most `count` + 1 positions.
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (top.length === count && !before(i, top[count - 1]!)) continue;
    let at = top.length;
    top.push(i);
    while (at > 0 && before(i, top[at - 1]!)) (top[at] = top[at - 1]!), at--;
    top[at] = i;
    if (top.length > count) top.pop();
  }
  return top;
}
