import { typedView } from '../shared/typedBytes.js';

/**
 * Document numbers or weights of an index's postings, in the narrowest unsigned type that
 * holds every value: Uint16 while the index has at most 65,536 documents and no weight × 1000
 * above 65,535 (at 20,000 articles the largest is 37,361), else Uint32. They are most of an
 * index's bytes, and on the machines measured the first touch of fresh memory is what a start
 * waits for (issue 8): half the width halves what a start reads and holds for them.
 */
export type PostingValues = Uint16Array | Uint32Array;

/** `values` as Uint16 when each of them fits, else `values` itself. */
export function narrowest(values: Uint32Array): PostingValues {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max > 0xffff) return values;
  const narrow = new Uint16Array(values.length);
  narrow.set(values);
  return narrow;
}

/**
 * The `count` values stored in `bytes` (see narrowest: their width is what the byte length
 * says): a view over the same memory, copied only when not aligned for its type. Throws
 * when the length is neither width's.
 */
export function postingValuesOver(bytes: Buffer, count: number): PostingValues {
  if (bytes.byteLength === 2 * count) return typedView(bytes, Uint16Array);
  if (bytes.byteLength === 4 * count) return typedView(bytes, Uint32Array);
  throw new Error(`${bytes.byteLength} bytes for ${count} postings`);
}
