import type { IndexDoc } from './documents.js';
import { FIELD_BOOSTS, INDEX_FIELDS } from './lunrIndex.js';

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
  terms: string[];
  /**
   * lunr's number for each term (`terms[i]` is lunr's term `termIndex[i]`): the order
   * lunr first met the terms while adding documents. lunr sums a dot product in that
   * order, and so does the query, so scores agree to the last bit.
   */
  termIndex: Uint32Array;
  offsets: Uint32Array;
  docs: Uint32Array;
  /**
   * lunr's weight × 1000. lunr rounds every weight to 3 decimals, so `weights[i] / 1000`
   * is exactly the number lunr multiplies by.
   */
  weights: Uint32Array;
}

/** lunr's BM25 parameters (lunr.Builder defaults, which lunrIndex.ts keeps). */
const K1 = 1.2;
const B = 0.75;

/**
 * Computes what `lunr.Builder` computes for the same documents, without building lunr's
 * objects: per field, the term frequency and field length of each document, the
 * average field length, lunr's idf (which counts a document once per field holding the
 * term) and its BM25 weight, rounded as lunr rounds it. test/index/compiledIndex.test.ts
 * proves the rankings equal lunr's. Postings are gathered as flat (term, field, doc, tf)
 * entries and placed by a counting sort, so memory is a few numbers per entry.
 */
export function compileIndex(docs: IndexDoc[]): CompiledIndex {
  const F = INDEX_FIELDS.length;
  const termIds = new Map<string, number>(); // numbered in the order lunr numbers them
  const entries: number[] = []; // (term id, field, doc, tf) quadruples, in document order
  const lengths = INDEX_FIELDS.map(() => new Uint32Array(docs.length));
  const tf = new Map<number, number>();
  docs.forEach((doc, d) => {
    INDEX_FIELDS.forEach((field, f) => {
      const tokens = doc[field];
      lengths[f]![d] = tokens.length;
      tf.clear();
      for (const token of tokens) {
        // lunr's tokenizer lowercases array elements; the analyzer's terms already are.
        const term = String(token).toLowerCase();
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      for (const [id, count] of tf) entries.push(id, f, d, count);
    });
  });
  const average = lengths.map((l) => l.reduce((a, b) => a + b, 0) / docs.length);
  const terms = [...termIds.keys()].sort();
  const rank = new Uint32Array(termIds.size);
  const termIndex = new Uint32Array(terms.length);
  terms.forEach((term, r) => {
    termIndex[r] = termIds.get(term)!;
    rank[termIndex[r]!] = r;
  });

  const offsets = new Uint32Array(terms.length * F + 1);
  for (let e = 0; e < entries.length; e += 4) offsets[rank[entries[e]!]! * F + entries[e + 1]! + 1]!++;
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
  const documentsWithTerm = new Uint32Array(terms.length);
  for (let r = 0; r < terms.length; r++) documentsWithTerm[r] = offsets[(r + 1) * F]! - offsets[r * F]!;

  const next = offsets.slice(0, -1);
  const postingDocs = new Uint32Array(entries.length / 4);
  const weights = new Uint32Array(entries.length / 4);
  for (let e = 0; e < entries.length; e += 4) {
    const r = rank[entries[e]!]!;
    const f = entries[e + 1]!;
    const d = entries[e + 2]!;
    const at = next[r * F + f]!++;
    postingDocs[at] = d;
    weights[at] = lunrWeight(lunrIdf(documentsWithTerm[r]!, docs.length), entries[e + 3]!, lengths[f]![d]! / average[f]!, FIELD_BOOSTS[INDEX_FIELDS[f]!] || 1);
  }
  return { refs: docs.map((d) => d.id), terms, termIndex, offsets, docs: postingDocs, weights };
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
