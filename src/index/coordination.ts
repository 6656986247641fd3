import type { Clause } from './clause.js';
import type { CompiledIndex } from './compiledIndex.js';
import { INDEX_FIELDS } from './lunrIndex.js';
import { clauseTerms, type DocScores } from './scoreClauses.js';

const F = INDEX_FIELDS.length;
const FIELD_NUMBER = new Map(INDEX_FIELDS.map((f, i) => [f, i]));

/** Per-index scratch (queries run one at a time per thread): each document's matched boost, and the last clause that counted it. */
interface Scratch {
  matched: Float64Array;
  lastClause: Int32Array;
  /** Clause numbers keep growing across queries, so `lastClause` never needs clearing. */
  next: number;
}
const scratchOf = new WeakMap<CompiledIndex, Scratch>();

/**
 * Multiplies each score of `scores` (in place) by the coordination factor of its
 * document: the share of the clauses' boost it matched, to the power `power` (0: no
 * change). lunr scores each field as a cosine with the field's query vector, so one
 * rare query word in a short field (a similar question) outscores every query word
 * together in the body: among 20,000 articles, some other article always has that
 * word in a question. The factor (Lucene's classic `coord`, which MiniSearch also
 * applies) makes matching more of the query count. The lunr scores themselves, the
 * index's definition, are left as they are.
 */
export function coordinate(index: CompiledIndex, clauses: readonly Clause[], scores: DocScores, power: number): void {
  if (power === 0 || !scores.count) return;
  const { matched, total } = matchedBoost(index, clauses);
  if (total <= 0) return;
  for (let i = 0; i < scores.count; i++) scores.scores[i]! *= (matched[scores.docs[i]!]! / total) ** power;
}

/**
 * Per document, the summed boost of the clauses it matches (a clause counts once,
 * whatever fields and prefix expansions matched), and the boost of every clause that
 * matches anything (a word no article has lowers every document alike, so it is left out).
 */
function matchedBoost(index: CompiledIndex, clauses: readonly Clause[]): { matched: Float64Array; total: number } {
  const n = index.refs.length;
  let scratch = scratchOf.get(index);
  if (!scratch) scratchOf.set(index, (scratch = { matched: new Float64Array(n), lastClause: new Int32Array(n).fill(-1), next: 0 }));
  const { matched, lastClause } = scratch;
  matched.fill(0);
  let total = 0;
  for (const clause of clauses) {
    if (scratch.next >= 2 ** 31 - 1) (scratch.next = 0), lastClause.fill(-1);
    const mark = scratch.next++;
    const fields = clause.fields.map((f) => FIELD_NUMBER.get(f)!);
    let any = false;
    for (const t of clauseTerms(index, clause)) {
      for (const f of fields) {
        const end = index.offsets[t * F + f + 1]!;
        for (let i = index.offsets[t * F + f]!; i < end; i++) {
          const d = index.docs[i]!;
          if (lastClause[d] === mark) continue;
          lastClause[d] = mark;
          matched[d]! += clause.boost;
          any = true;
        }
      }
    }
    if (any) total += clause.boost;
  }
  return { matched, total };
}
