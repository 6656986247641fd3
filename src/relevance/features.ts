import type { Analyzer, QueryAnalysis, TermKind } from '../analysis/analyzer.js';
import { RECENT_ANALYSES, RecentMemo } from '../shared/recentMemo.js';

/** The part of the Analyzer the models need (a memoising wrapper can stand in). */
export type TextAnalyzer = Pick<Analyzer, 'analyze'>;

/** Sparse feature vector: feature name → weight. */
export type Features = Map<string, number>;

/**
 * Features of a text for the similar-question models: its analysed words (synonym keys
 * included, so a group's words meet), pairs of adjacent words (word order carries
 * meaning: "card arrival" vs "arrival of funds on card"), and Chinese character bigrams.
 * Binary, then scaled to unit length so a long question does not outvote a short one.
 * The models compute the same from term numbers (QuestionFeatures); this is their definition.
 */
export function textFeatures(analyzer: TextAnalyzer, text: string): Features {
  const { words, grams } = analyzer.analyze(text);
  const plain = words.filter((w) => !isSynonymKey(w));
  const out: Features = new Map();
  for (const w of words) out.set(w, 1);
  for (let i = 0; i + 1 < plain.length; i++) out.set(pair(plain[i]!, plain[i + 1]!), PAIR_WEIGHT);
  for (const g of grams) out.set(gram(g), GRAM_WEIGHT);
  return unit(out);
}

/**
 * The same features for an analysed query; term weights (call transcripts) carry over.
 * Made once per analysis (the question matcher, the term model and the out-of-scope
 * examples all read them): treat the result as read-only.
 */
export function queryFeatures(analysis: QueryAnalysis): Features {
  let found = madeFor.get(analysis);
  if (!found) madeFor.set(analysis, (found = featuresOf(analysis)));
  return found;
}

const madeFor = new RecentMemo<QueryAnalysis, Features>(RECENT_ANALYSES);

function featuresOf(analysis: QueryAnalysis): Features {
  const out: Features = new Map();
  const plain = analysis.terms.filter((t) => PLAIN_KINDS.has(t.kind));
  for (const t of analysis.terms) out.set(t.term, Math.max(out.get(t.term) ?? 0, t.weight * KIND_WEIGHT[t.kind]));
  for (let i = 0; i + 1 < plain.length; i++) {
    const [a, b] = [plain[i]!, plain[i + 1]!];
    out.set(pair(a.term, b.term), Math.min(a.weight, b.weight) * PAIR_WEIGHT);
  }
  for (const g of analysis.grams) out.set(gram(g.gram), g.weight * GRAM_WEIGHT);
  return unit(out);
}

export function isSynonymKey(term: string): boolean {
  return term.startsWith('syn:');
}

/** Word pairs count for less than words: they sharpen, words decide. */
export const PAIR_WEIGHT = 0.5;
/** Chinese bigrams overlap each other and the words they come from: a light touch. */
export const GRAM_WEIGHT = 0.5;
const PLAIN_KINDS = new Set<TermKind>(['han', 'latin', 'code', 'number', 'inferred']);
/** A guessed correction counts for less than a typed word; amounts and dates least. */
const KIND_WEIGHT: Record<TermKind, number> = { han: 1, latin: 1, code: 1, number: 0.3, synonym: 1, corrected: 0.8, inferred: 1 };

export function pair(a: string, b: string): string {
  return `${a}\u0001${b}`;
}

export function gram(g: string): string {
  return `\u0002${g}`;
}

function unit(f: Features): Features {
  let norm = 0;
  for (const v of f.values()) norm += v * v;
  norm = Math.sqrt(norm);
  // forEach: no entry array per feature, nor a lookup of its value (queries are featurised on the search path); setting an existing key keeps its place.
  if (norm > 0) f.forEach((v, k) => f.set(k, v / norm));
  return f;
}
