import type { TextAnalysis } from '../analysis/analyzer.js';

/** The project's analysis of a text (`kb.analyzer.analyze`), injected so report code stays pure. */
export type Analyze = (text: string) => TextAnalysis;

/**
 * The analysed words of a query, sorted and de-duplicated, as one string: two wordings
 * with the same key ask the same thing (钱怎么少了 / 钱怎么少了？/ 錢怎麼少了). A query
 * with no words at all (only punctuation or stop words) keys on its trimmed text.
 */
export function queryKey(analyze: Analyze, query: string): string {
  const words = [...new Set(analyze(query).words)].sort();
  return words.length ? words.join(' ') : query.trim().toLowerCase();
}

/**
 * Words and Chinese bigrams of a query, the features the gap clustering compares.
 * Synonym keys are left out: they repeat a word already there, and one broad group
 * (到账) would otherwise pull unrelated short queries together.
 */
export function queryFeatures(analyze: Analyze, query: string): Set<string> {
  const a = analyze(query);
  return new Set([...a.words.filter((w) => !w.startsWith(SYNONYM_KEY_PREFIX)), ...a.grams.map((g) => `#${g}`)]);
}

/** How the analyzer marks synonym group keys (see analysis/synonyms.ts). */
const SYNONYM_KEY_PREFIX = 'syn:';

/** How many features two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  const n = shared(a, b);
  return n / (a.size + b.size - n);
}

/** The most frequent value of a list (first seen wins a tie). */
export function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > counts.get(best)!) best = v;
  }
  return best;
}

/** Distinct values, most frequent first. */
export function byFrequency<T>(values: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
