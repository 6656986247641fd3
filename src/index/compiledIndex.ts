import { grown } from '../shared/grownArray.js';
import type { IndexDoc } from './documents.js';
import { FIELD_BOOSTS, INDEX_FIELDS } from './lunrIndex.js';
import { narrowest, type PostingValues } from './postingValues.js';
import { SortedTerms } from './sortedTerms.js';
import { TermTable } from './termTable.js';

/**
 * lunr's index, compiled to flat arrays: the same BM25 weights lunr stores in its field
 * vectors, laid out as postings so a query touches only the documents its terms match.
 * Posting (term t, field f) is `docs[offsets[t * F + f] .. offsets[t * F + f + 1]]`
 * (document numbers, ascending) with `weights` at the same positions, F = INDEX_FIELDS.length.
 */
export interface CompiledIndex {
  /** Article id of each document number, in the order the documents were added. */
  refs: string[];
  /** Every indexed term, sorted by UTF-16 code units (the order of `Array#sort`). */
  terms: SortedTerms;
  /**
   * lunr's number for each term (`terms[i]` is lunr's term `termIndex[i]`): the order
   * lunr first met the terms while adding documents. lunr sums a dot product in that
   * order, and so does the query, so scores agree to the last bit.
   */
  termIndex: Uint32Array;
  offsets: Uint32Array;
  /** Uint16 when every value fits (see PostingValues), as `weights`. */
  docs: PostingValues;
  /**
   * lunr's weight × 1000. lunr rounds every weight to 3 decimals, so `weights[i] / 1000`
   * is exactly the number lunr multiplies by.
   */
  weights: PostingValues;
}

/** lunr's BM25 parameters (lunr.Builder defaults, which lunrIndex.ts keeps). */
const K1 = 1.2;
const B = 0.75;

/** A document as term numbers: per field (INDEX_FIELDS order), its terms in order, in chunks (one per text). */
export interface TermDoc {
  ref: string;
  fields: Uint32Array[][];
}

/** Compiles analysed documents (see compileTermDocs). */
export function compileIndex(docs: IndexDoc[]): CompiledIndex {
  const table = new TermTable();
  return compileTermDocs(docs.map((d) => ({ ref: d.id, fields: INDEX_FIELDS.map((f) => [table.ids(d[f])]) })), table);
}

/**
 * Computes what `lunr.Builder` computes for the same documents, without building lunr's
 * objects: per field, the term frequency and field length of each document, the
 * average field length, lunr's idf (which counts a document once per field holding the
 * term) and its BM25 weight, rounded as lunr rounds it. test/index/compiledIndex.test.ts
 * proves the rankings equal lunr's. Two passes over the documents: the first counts the
 * postings of each (term, field) and numbers terms as lunr meets them, the second
 * places each posting with its weight, so memory is the postings themselves.
 */
export function compileTermDocs(
  docs: readonly TermDoc[],
  table: TermTable,
  /**
   * Sorting the terms is a good part of the work: for a second index whose terms are a
   * subset of the first's (the public scope's are the agent's), pass the same object to
   * both calls, and the second filters the first's order instead of sorting again.
   */
  sorted?: { ids?: number[] },
): CompiledIndex {
  const F = INDEX_FIELDS.length;
  const tf = new Uint32Array(table.size);
  /** The distinct terms of the field last gathered, in the order first met, and how many. */
  let touched: Uint32Array = new Uint32Array(1024);
  let distinct = 0;
  /** Counts the terms of field f of doc d into `tf` and `touched`; returns the field length. */
  const gather = (d: number, f: number): number => {
    let length = 0;
    distinct = 0;
    for (const chunk of docs[d]!.fields[f]!) {
      length += chunk.length;
      if (touched.length < distinct + chunk.length) touched = grown(touched, distinct + chunk.length);
      for (let i = 0; i < chunk.length; i++) {
        const id = chunk[i]!;
        if (tf[id]!++ === 0) touched[distinct++] = id;
      }
    }
    return length;
  };

  // Pass 1: lunr's term numbers (the order it first meets them), field lengths, posting counts.
  const lunrNumber = new Int32Array(table.size).fill(-1);
  const met: number[] = [];
  const fieldCounts = new Uint32Array(table.size * F);
  const lengths = INDEX_FIELDS.map(() => new Uint32Array(docs.length));
  for (let d = 0; d < docs.length; d++) {
    for (let f = 0; f < F; f++) {
      lengths[f]![d] = gather(d, f);
      for (let k = 0; k < distinct; k++) {
        const id = touched[k]!;
        tf[id] = 0;
        if (lunrNumber[id]! < 0) lunrNumber[id] = met.push(id) - 1;
        fieldCounts[id * F + f]!++;
      }
    }
  }
  const average = lengths.map((l) => l.reduce((a, b) => a + b, 0) / docs.length);
  // The order of Array#sort on the strings (UTF-16 code units); terms are unique.
  const byTerm = sorted?.ids ? sorted.ids.filter((id) => lunrNumber[id]! >= 0) : met.sort((a, b) => (table.terms[a]! < table.terms[b]! ? -1 : 1));
  if (sorted && !sorted.ids) sorted.ids = byTerm;
  if (byTerm.length !== met.length) throw new Error('compileTermDocs: the sorted terms given miss some of these documents\' terms');
  const terms = byTerm.map((id) => table.terms[id]!);
  const rank = new Uint32Array(table.size);
  const termIndex = new Uint32Array(terms.length);
  const offsets = new Uint32Array(terms.length * F + 1);
  const idf = new Float64Array(terms.length);
  byTerm.forEach((id, r) => {
    rank[id] = r;
    termIndex[r] = lunrNumber[id]!;
    let documentsWithTerm = 0;
    for (let f = 0; f < F; f++) documentsWithTerm += offsets[r * F + f + 1] = fieldCounts[id * F + f]!;
    idf[r] = lunrIdf(documentsWithTerm, docs.length);
  });
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;

  // Pass 2: each posting in its place, documents ascending within a posting list.
  const next = offsets.slice(0, -1);
  const postingDocs = new Uint32Array(offsets[offsets.length - 1]!);
  const weights = new Uint32Array(postingDocs.length);
  const boosts = INDEX_FIELDS.map((f) => FIELD_BOOSTS[f] || 1);
  for (let d = 0; d < docs.length; d++) {
    for (let f = 0; f < F; f++) {
      const relativeLength = lengths[f]![d]! / average[f]!;
      gather(d, f);
      for (let k = 0; k < distinct; k++) {
        const id = touched[k]!;
        const r = rank[id]!;
        const at = next[r * F + f]!++;
        postingDocs[at] = d;
        weights[at] = lunrWeight(idf[r]!, tf[id]!, relativeLength, boosts[f]!);
        tf[id] = 0;
      }
    }
  }
  return { refs: docs.map((d) => d.ref), terms: SortedTerms.of(terms), termIndex, offsets, docs: narrowest(postingDocs), weights: narrowest(weights) };
}

/** lunr's weight × 1000, written exactly as lunr.Builder#createFieldVectors computes it (same operation order). */
function lunrWeight(idf: number, tf: number, relativeLength: number, boost: number): number {
  let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * relativeLength) + tf);
  score *= boost;
  return Math.round(score * 1000);
}

/** lunr.idf: documentsWithTerm counts a document once per field that has the term. */
function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}
