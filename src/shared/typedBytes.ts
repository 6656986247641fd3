/**
 * Typed arrays to and from the raw bytes the index file stores (little-endian, the byte
 * order of every platform Node ships for), without copying where memory allows.
 */

type TypedArray = Uint16Array | Uint32Array | Float32Array | Float64Array;

/** A typed array's bytes as a Buffer over the same memory. */
export function bytesOf(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * `b` read as `Type`: a view over the same memory, copied only when `b` is not aligned for
 * the type (a Buffer from SQLite or a pool may start at any byte).
 */
export function typedView<T extends TypedArray>(b: Buffer, Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  const size = Type.BYTES_PER_ELEMENT;
  if (b.byteOffset % size === 0) return new Type(b.buffer, b.byteOffset, b.byteLength / size);
  const copy = new Type(b.byteLength / size);
  new Uint8Array(copy.buffer).set(b);
  return copy;
}
