import type { CompiledIndex } from './compiledIndex.js';

/** The parts a compiled index is stored as, one binary blob each. */
export const INDEX_PARTS = ['refs', 'terms', 'termIndex', 'offsets', 'docs', 'weights'] as const;
export type IndexPart = (typeof INDEX_PARTS)[number];

/** Article ids are slugs (no newline); analysed terms never hold a NUL. */
const REF_SEPARATOR = '\n';
const TERM_SEPARATOR = '\u0000';

/**
 * The index as blobs: ids and terms as UTF-8 text, the arrays as their raw bytes
 * (little-endian, the byte order of every platform Node ships for).
 */
export function encodeIndex(index: CompiledIndex): Record<IndexPart, Buffer> {
  const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return {
    refs: Buffer.from(index.refs.join(REF_SEPARATOR)),
    terms: Buffer.from(index.terms.join(TERM_SEPARATOR)),
    termIndex: bytes(index.termIndex),
    offsets: bytes(index.offsets),
    docs: bytes(index.docs),
    weights: bytes(index.weights),
  };
}

/**
 * The index over the blobs as read: the arrays are views over the same memory (copied
 * only when a blob is not 4-byte aligned), so loading costs two string splits.
 */
export function decodeIndex(parts: Record<IndexPart, Buffer>): CompiledIndex {
  const split = (b: Buffer, sep: string) => (b.length ? b.toString('utf8').split(sep) : []);
  return {
    refs: split(parts.refs, REF_SEPARATOR),
    terms: split(parts.terms, TERM_SEPARATOR),
    termIndex: uint32(parts.termIndex),
    offsets: uint32(parts.offsets),
    docs: uint32(parts.docs),
    weights: uint32(parts.weights),
  };
}

function uint32(b: Buffer): Uint32Array {
  if (b.byteOffset % 4 === 0) return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  const copy = new Uint32Array(b.byteLength / 4);
  new Uint8Array(copy.buffer).set(b);
  return copy;
}
