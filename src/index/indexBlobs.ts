import type { CompiledIndex } from './compiledIndex.js';
import { bytesOf, typedView } from '../shared/typedBytes.js';
import { postingValuesOver } from './postingValues.js';
import { SortedTerms } from './sortedTerms.js';

/** The parts a compiled index is stored as, one binary blob each. */
export const INDEX_PARTS = ['refs', 'terms', 'termIndex', 'offsets', 'docs', 'weights'] as const;
export type IndexPart = (typeof INDEX_PARTS)[number];

/** Article ids are slugs (no newline). */
const REF_SEPARATOR = '\n';

/**
 * The index as blobs: ids and terms as UTF-8 text, the arrays as their raw bytes
 * (little-endian, the byte order of every platform Node ships for).
 */
export function encodeIndex(index: CompiledIndex): Record<IndexPart, Buffer> {
  return {
    refs: Buffer.from(index.refs.join(REF_SEPARATOR)),
    terms: index.terms.bytes,
    termIndex: bytesOf(index.termIndex),
    offsets: bytesOf(index.offsets),
    docs: bytesOf(index.docs),
    weights: bytesOf(index.weights),
  };
}

/**
 * The index over the blobs as read: the arrays are views over the same memory (copied
 * only when a blob is not aligned for its type), and so are the terms (see SortedTerms):
 * loading costs one string split, of the ids. The postings' width (Uint16 or Uint32, see
 * PostingValues) is what their byte length says for the number of postings.
 */
export function decodeIndex(parts: Record<IndexPart, Buffer>): CompiledIndex {
  const offsets = typedView(parts.offsets, Uint32Array);
  const postings = offsets.length ? offsets[offsets.length - 1]! : 0;
  return {
    refs: parts.refs.length ? parts.refs.toString('utf8').split(REF_SEPARATOR) : [],
    terms: SortedTerms.over(parts.terms),
    termIndex: typedView(parts.termIndex, Uint32Array),
    offsets,
    docs: postingValuesOver(parts.docs, postings),
    weights: postingValuesOver(parts.weights, postings),
  };
}
