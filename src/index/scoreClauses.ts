import type { Clause } from './clause.js';
import type { CompiledIndex } from './compiledIndex.js';
import { Coverage } from './coordination.js';
import { INDEX_FIELDS, type IndexField } from './lunrIndex.js';
import type { SortedTerms } from './sortedTerms.js';
import { LruCache } from '../query/lruCache.js';

const F = INDEX_FIELDS.length;
const FIELD_NUMBER = new Map(INDEX_FIELDS.map((f, i) => [f, i]));

export interface ScoredDoc {
  /** Document number in the index. */
  doc: number;
  /** Article id. */
  ref: string;
  score: number;
}

/**
 * Per-index scratch space, reused by every query (queries run one at a time per thread)
 * and left clean by each: `dot` all 0, `first` all NONE, `touched` all 0.
 */
interface Scratch {
  /** Per (document × F + field): the dot product so far, and the rank of the first query pair that matched it. */
  dot: Float64Array;
  first: Uint32Array;
  touched: Uint8Array;
  /** The documents matched so far, in the order first matched. */
  matched: Uint32Array;
}
const scratchOf = new WeakMap<CompiledIndex, Scratch>();
const NONE = 0xffffffff;

/**
 * The best `limit` documents for `clauses`, scored as lunr's `Index#query` scores them,
 * to the last bit: per field, the query vector (each matched (term, field) holding the
 * sum of its clauses' boosts) dotted with the document's field vector, summed in lunr's
 * term order, divided by the query vector's magnitude; the fields' similarities added in
 * the order the document first matched them. Ties keep lunr's order too: the document
 * matched first (walking clauses, their terms and fields in query order) ranks first.
 *
 * Term at a time: each matched posting is read once, so a query costs the length of its
 * postings, not lunr's per-match sets and strings.
 */
export function scoreClauses(index: CompiledIndex, clauses: readonly Clause[], limit: number): ScoredDoc[] {
  const top: Array<ScoredDoc & { firstRank: number }> = [];
  const scored = accumulate(index, clauses);
  for (let k = 0; k < scored.count; k++) {
    const d = scored.matched[k]!;
    const s = finish(scored, d);
    if (top.length >= limit && !before(s, firstRank, d, top[limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(s, firstRank, d, top[at - 1]!)) at--;
    top.splice(at, 0, { doc: d, ref: index.refs[d]!, score: s, firstRank });
    if (top.length > limit) top.pop();
  }
  return top.map(({ doc, ref, score }) => ({ doc, ref, score }));
}

/**
 * Every document matching `clauses`, with the score lunr gives it, in no particular order:
 * for a ranking that fuses all of them with other signals and sorts the result itself.
 */
export function scoreAllClauses(index: CompiledIndex, clauses: readonly Clause[]): ScoredDoc[] {
  const all: ScoredDoc[] = [];
  const scored = accumulate(index, clauses);
  for (let k = 0; k < scored.count; k++) {
    const d = scored.matched[k]!;
    all.push({ doc: d, ref: index.refs[d]!, score: finish(scored, d) });
  }
  return all;
}

/** Every matching document's number and score, in the first `count` places of two arrays. */
export interface DocScores {
  count: number;
  docs: Uint32Array;
  scores: Float64Array;
}
const allScoresOf = new WeakMap<CompiledIndex, DocScores>();

/**
 * What scoreAllClauses finds, without an object per document: in arrays reused by every
 * query on `index`, so valid only until its next query (queries run one at a time per thread).
 * With a `coordination` power, each score is multiplied by its document's coordination
 * factor (coordination.ts), counted in the same walk over the postings.
 */
export function scoreAllDocs(index: CompiledIndex, clauses: readonly Clause[], coordination = 0): DocScores {
  let all = allScoresOf.get(index);
  if (!all) allScoresOf.set(index, (all = { count: 0, docs: new Uint32Array(index.refs.length), scores: new Float64Array(index.refs.length) }));
  const scored = accumulate(index, clauses, coordination);
  const { coverage } = scored;
  for (let k = 0; k < scored.count; k++) {
    const d = scored.matched[k]!;
    all.docs[k] = d;
    all.scores[k] = finish(scored, d);
    if (coverage) all.scores[k]! *= coverage.factor(d);
  }
  all.count = scored.count;
  return all;
}

/** The scratch after accumulating every posting of the query's pairs, with the query vector's magnitude per field. */
interface Accumulated extends Scratch {
  count: number;
  magnitude: Float64Array;
  /** With a coordination power: the clauses each matched document matched (their bits cleared by `Coverage#factor`). */
  coverage?: Coverage;
}

/**
 * Adds every posting of the query's pairs into the scratch's per-(document, field) dot
 * products, pair by pair in lunr's term order (so each sum is lunr's, to the last bit),
 * and records the first rank per (document, field). Every matched document must then
 * go through `finish`, which reads its entries and clears them.
 */
function accumulate(index: CompiledIndex, clauses: readonly Clause[], coordination = 0): Accumulated {
  const pairs = queryPairs(index, clauses);
  const magnitude = new Float64Array(F);
  for (let p = 0; p < pairs.count; p++) magnitude[pairs.field[p]!]! += pairs.boost[p]! * pairs.boost[p]!;
  for (let f = 0; f < F; f++) magnitude[f] = Math.sqrt(magnitude[f]!);

  const scratch = scratchFor(index);
  const { dot, first, touched, matched } = scratch;
  const { offsets, docs, weights } = index;
  let count = 0;
  const coverage = Coverage.of(index, index.refs.length, clauses, pairs.matches, coordination);
  if (coverage) return { ...scratch, count: accumulateCovered(index, pairs, scratch, coverage), magnitude, coverage };
  for (let p = 0; p < pairs.count; p++) {
    const key = pairs.key[p]!;
    const end = offsets[key + 1]!;
    const boost = pairs.boost[p]!;
    const field = pairs.field[p]!;
    const rank = pairs.rank[p]!;
    for (let i = offsets[key]!; i < end; i++) {
      const d = docs[i]!;
      if (touched[d] === 0) {
        touched[d] = 1;
        matched[count++] = d;
      }
      const at = d * F + field;
      dot[at]! += boost * (weights[i]! / 1000);
      if (rank < first[at]!) first[at] = rank;
    }
  }
  return { ...scratch, count, magnitude };
}

/** accumulate's walk, also marking each posting's document with the clauses that reach its (term, field). Returns the count of matched documents. */
function accumulateCovered(index: CompiledIndex, pairs: Pairs, scratch: Scratch, coverage: Coverage): number {
  const { dot, first, touched, matched } = scratch;
  const { offsets, docs, weights } = index;
  const { bits, words } = coverage;
  let count = 0;
  for (let p = 0; p < pairs.count; p++) {
    const key = pairs.key[p]!;
    const end = offsets[key + 1]!;
    const boost = pairs.boost[p]!;
    const field = pairs.field[p]!;
    const rank = pairs.rank[p]!;
    // Most queries have at most 32 clauses: one word.
    const mask = pairs.cover[p * words]!;
    for (let i = offsets[key]!; i < end; i++) {
      const d = docs[i]!;
      if (words === 1) {
        // The clause bits say whether the document was met before: no `touched` to read.
        const had = bits[d]!;
        if (had === 0) matched[count++] = d;
        bits[d] = had | mask;
      } else {
        if (touched[d] === 0) {
          touched[d] = 1;
          matched[count++] = d;
        }
        for (let w = 0; w < words; w++) bits[d * words + w]! |= pairs.cover[p * words + w]!;
      }
      const at = d * F + field;
      dot[at]! += boost * (weights[i]! / 1000);
      if (rank < first[at]!) first[at] = rank;
    }
  }
  return count;
}

/** The rank of the first query pair that matched the document `finish` last scored. */
let firstRank = NONE;
/** The fields of one document, ordered by the rank that first matched them (F is small: insertion sort). */
const fieldOrder = new Int32Array(F);

/**
 * Document `d`'s score: its fields' similarities added in the order the document first
 * matched them (sets `firstRank`). Clears the document's scratch entries.
 */
function finish(scored: Accumulated, d: number): number {
  const { dot, first, touched, magnitude } = scored;
  touched[d] = 0;
  const base = d * F;
  let n = 0;
  for (let f = 0; f < F; f++) {
    const r = first[base + f]!;
    if (r === NONE) continue;
    let at = n++;
    while (at > 0 && first[base + fieldOrder[at - 1]!]! > r) {
      fieldOrder[at] = fieldOrder[at - 1]!;
      at--;
    }
    fieldOrder[at] = f;
  }
  firstRank = first[base + fieldOrder[0]!]!;
  let s = 0;
  for (let k = 0; k < n; k++) {
    const at = base + fieldOrder[k]!;
    s += dot[at]! / magnitude[fieldOrder[k]!]! || 0;
    dot[at] = 0;
    first[at] = NONE;
  }
  return s;
}

/**
 * lunr's result order: by score, then (its sort is stable) in the order documents were
 * first matched: by the first query pair that matched them, then by posting order.
 */
function before(score: number, firstRank: number, doc: number, other: ScoredDoc & { firstRank: number }): boolean {
  if (score !== other.score) return score > other.score;
  return firstRank !== other.firstRank ? firstRank < other.firstRank : doc < other.doc;
}

/**
 * lunr's query vector, one entry per matched (term, field), as parallel arrays (a prefix
 * clause can expand to a thousand terms, each in four fields: no object per pair), in
 * lunr's term order; and per clause, whether any document matches it.
 */
interface Pairs {
  count: number;
  /** Posting key: term number × F + field. */
  key: Uint32Array;
  field: Uint8Array;
  /** Summed boost: this pair's entry in the field's query vector. */
  boost: Float64Array;
  /** Orders the pairs as lunr first meets them (lower first). */
  rank: Uint32Array;
  /** The clauses that reach each pair: `words` 32-bit words per pair (clause c is bit c & 31 of word c >> 5), as Coverage counts them. */
  cover: Uint32Array;
  matches: boolean[];
}

/**
 * lunr's query vector: one pair per matched (term, field), with the boosts of every
 * clause that reached it, ranked in the order lunr first meets them (clause by clause,
 * each clause's matching terms, its fields), returned in lunr's term order (lunr's
 * number of the term, then the field); and per clause, whether any document matches it.
 *
 * Every (clause, term, field) the clauses reach is an entry, numbered in the order lunr
 * meets them; one numeric sort by (term order, entry) brings each pair's entries
 * together in that order, so its boosts are summed as lunr sums them, and its first
 * entry's number is its rank (only the order of ranks is ever compared).
 */
function queryPairs(index: CompiledIndex, clauses: readonly Clause[]): Pairs {
  const words = Math.max(1, Math.ceil(clauses.length / 32));
  // An exact clause's term number (-1: none) in `exact`, a prefix clause's expansion in `expanded`: no array per clause.
  const { exact, expanded } = clauseScratch(clauses.length);
  let entries = 0;
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    if (clause.prefix) {
      expanded[c] = prefixTerms(index.terms, clause.term);
      entries += expanded[c]!.length * clause.fields.length;
    } else {
      exact[c] = exactTermNumber(index.terms, clause.term);
      if (exact[c]! >= 0) entries += clause.fields.length;
    }
  }
  const { order, entryKey, entryClause, pairs } = pairScratch(entries, words, clauses.length);
  const { matches } = pairs;
  let e = 0;
  const add = (c: number, t: number, fields: Uint8Array) => {
    const termOrder = index.termIndex[t]! * F;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const key = t * F + field;
      if (index.offsets[key + 1]! > index.offsets[key]!) matches[c] = true;
      entryKey[e] = key;
      entryClause[e] = c;
      order[e] = (termOrder + field) * entries + e;
      e++;
    }
  };
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    if (!clause.prefix) {
      if (exact[c]! >= 0) add(c, exact[c]!, fieldNumbers(clause.fields));
      continue;
    }
    const terms = expanded[c]!;
    const fields = fieldNumbers(clause.fields);
    expanded[c] = undefined;
    for (let k = 0; k < terms.length; k++) add(c, terms[k]!, fields);
  }
  order.subarray(0, entries).sort();
  let p = -1;
  for (let k = 0; k < entries; k++) {
    const at = order[k]! % entries;
    const key = entryKey[at]!;
    const c = entryClause[at]!;
    if (p < 0 || pairs.key[p] !== key) {
      p++;
      pairs.key[p] = key;
      pairs.field[p] = key % F;
      pairs.boost[p] = clauses[c]!.boost;
      pairs.rank[p] = at;
    } else pairs.boost[p]! += clauses[c]!.boost;
    pairs.cover[p * words + (c >> 5)]! |= 1 << (c & 31);
  }
  pairs.count = p + 1;
  return pairs;
}

const fieldNumbersOf = new WeakMap<readonly IndexField[], Uint8Array>();

/** The numbers of `fields`, made once per fields list (clauses share a few constant ones). */
function fieldNumbers(fields: readonly IndexField[]): Uint8Array {
  let found = fieldNumbersOf.get(fields);
  if (!found) fieldNumbersOf.set(fields, (found = Uint8Array.from(fields, (f) => FIELD_NUMBER.get(f)!)));
  return found;
}

/** Per clause: the exact term's number, the prefix's expansion (reused by every query; `expanded` left empty after use). */
let clauses = { exact: new Int32Array(32), expanded: [] as Array<readonly number[] | undefined> };

function clauseScratch(count: number): typeof clauses {
  if (clauses.exact.length < count) clauses = { exact: new Int32Array(2 * count), expanded: [] };
  return clauses;
}

/**
 * queryPairs' arrays, reused by every query (queries run one at a time per thread), grown
 * as needed: eight arrays a query were a tenth of a search's garbage. `cover` comes zeroed
 * for the query's pairs and `matches` all false for its clauses.
 */
let pairArrays = newPairArrays(64, 64, 32);

function newPairArrays(entries: number, covers: number, clauseCount: number) {
  return {
    order: new Float64Array(entries),
    entryKey: new Uint32Array(entries),
    entryClause: new Uint32Array(entries),
    pairs: { count: 0, key: new Uint32Array(entries), field: new Uint8Array(entries), boost: new Float64Array(entries), rank: new Uint32Array(entries), cover: new Uint32Array(covers), matches: new Array<boolean>(clauseCount).fill(false) } as Pairs,
  };
}

function pairScratch(entries: number, words: number, clauseCount: number): typeof pairArrays {
  const { pairs } = pairArrays;
  if (pairs.key.length < entries || pairs.cover.length < entries * words) pairArrays = newPairArrays(2 * entries, 2 * entries * words, pairs.matches.length);
  else pairs.cover.fill(0, 0, entries * words);
  const { matches } = pairArrays.pairs;
  matches.length = clauseCount;
  matches.fill(false);
  pairArrays.pairs.count = 0;
  return pairArrays;
}

/** The index's number of `term`; undefined when no document has it. */
export function termNumber(index: CompiledIndex, term: string): number | undefined {
  const t = exactTermNumber(index.terms, term);
  return t < 0 ? undefined : t;
}

/** True when `doc` has term number `t` in `field` (what lunr's match data records): a binary search of that posting list. */
export function hasTermNumber(index: CompiledIndex, doc: number, t: number, field: IndexField): boolean {
  const key = t * F + FIELD_NUMBER.get(field)!;
  let lo = index.offsets[key]!;
  let hi = index.offsets[key + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.offsets[key + 1]! && index.docs[lo] === doc;
}

/** The term numbers a clause matches: its term, or with `prefix` every term it starts (in lunr's order). Shared with a cache: read only. */
export function clauseTerms(index: CompiledIndex, clause: Clause): number[] {
  return clause.prefix ? prefixTerms(index.terms, clause.term) : exactTerm(index.terms, clause.term);
}

function exactTerm(terms: SortedTerms, term: string): number[] {
  const i = exactTermNumber(terms, term);
  return i < 0 ? [] : [i];
}

/** The number of `term` among `terms`, or -1. */
function exactTermNumber(terms: SortedTerms, term: string): number {
  return terms.indexOf(term);
}

/**
 * The terms starting with `prefix`, in the order lunr's TokenSet#toArray lists them (it
 * decides which document is met first): depth first, a term before its extensions,
 * sibling characters in reverse of the order object keys enumerate them, where a digit
 * key comes before any other character.
 */
function prefixTerms(terms: SortedTerms, prefix: string): number[] {
  let cache = prefixCacheOf.get(terms);
  if (!cache) prefixCacheOf.set(terms, (cache = new LruCache(PREFIX_CACHE_SIZE)));
  let found = cache.get(prefix);
  if (!found) cache.set(prefix, (found = prefixTermsOf(terms, prefix)));
  return found;
}

/**
 * Expansions kept per index: the prefix is the word being typed, so as-you-type queries
 * share few of them (a Chinese prefix is one character: a few thousand in all), and one
 * expands to hundreds of terms, each decoded and sorted.
 */
const PREFIX_CACHE_SIZE = 4096;
const prefixCacheOf = new WeakMap<SortedTerms, LruCache<string, number[]>>();

function prefixTermsOf(terms: SortedTerms, prefix: string): number[] {
  const found: number[] = [];
  const text: string[] = [];
  for (let i = terms.lowerBound(prefix), t = terms.at(i); t?.startsWith(prefix); t = terms.at(++i)) {
    found.push(i);
    text.push(t);
  }
  const order = found.map((_, k) => k).sort((a, b) => tokenSetOrder(text[a]!, text[b]!));
  return order.map((k) => found[k]!);
}

function tokenSetOrder(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return -1;
  if (i === b.length) return 1;
  return keyRank(b.charCodeAt(i)) - keyRank(a.charCodeAt(i));
}

/** Object keys enumerate integer-like keys ("0".."9") first, then the others in insertion (here: sorted) order. */
function keyRank(code: number): number {
  return code >= 48 && code <= 57 ? code - 0x10000 : code;
}

function scratchFor(index: CompiledIndex): Scratch {
  let scratch = scratchOf.get(index);
  const n = index.refs.length;
  if (!scratch) scratchOf.set(index, (scratch = { dot: new Float64Array(n * F), first: new Uint32Array(n * F).fill(NONE), touched: new Uint8Array(n), matched: new Uint32Array(n) }));
  return scratch;
}
