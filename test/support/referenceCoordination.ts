import type { Clause } from '../../src/index/clause.js';
import type { CompiledIndex } from '../../src/index/compiledIndex.js';
import { INDEX_FIELDS } from '../../src/index/lunrIndex.js';
import { clauseTerms, type DocScores } from '../../src/index/scoreClauses.js';

const F = INDEX_FIELDS.length;
const FIELD_NUMBER = new Map(INDEX_FIELDS.map((f, i) => [f, i]));

/**
 * The coordination factor the straightforward way, for tests that prove the product's
 * (counted in the scoring's walk, src/index/coordination.ts) equal to it: a second walk,
 * clause by clause, over the postings of each clause's terms and fields. Multiplies each
 * score of `scores` (in place) by its document's factor: the share of the clauses' boost
 * it matched, to the power `power` (0: no change).
 */
export function coordinate(index: CompiledIndex, clauses: readonly Clause[], scores: DocScores, power: number): void {
  if (power === 0 || !scores.count) return;
  const { matched, total } = matchedBoost(index, clauses);
  if (total <= 0) return;
  for (let i = 0; i < scores.count; i++) scores.scores[i]! *= (matched.get(scores.docs[i]!)! / total) ** power;
}

/**
 * Per document, the summed boost of the clauses it matches (a clause counts once,
 * whatever fields and prefix expansions matched), and the boost of every clause that
 * matches anything (a word no article has lowers every document alike, so it is left out).
 */
export function matchedBoost(index: CompiledIndex, clauses: readonly Clause[]): { matched: Map<number, number>; total: number } {
  const matched = new Map<number, number>();
  let total = 0;
  for (const clause of clauses) {
    const docs = new Set<number>();
    for (const t of clauseTerms(index, clause)) {
      for (const f of clause.fields.map((name) => FIELD_NUMBER.get(name)!)) {
        for (let i = index.offsets[t * F + f]!; i < index.offsets[t * F + f + 1]!; i++) docs.add(index.docs[i]!);
      }
    }
    for (const d of docs) matched.set(d, (matched.get(d) ?? 0) + clause.boost);
    if (docs.size) total += clause.boost;
  }
  return { matched, total };
}
