import { bytesOf } from '../shared/typedBytes.js';

const RECENT_LOOKUPS = 20_000;

/**
 * A list of strings stored as one UTF-8 buffer and the offsets into it, for blobs that
 * are loaded as views: opening one costs nothing, whatever its size. A sorted table
 * (strings in byte order) finds a string by binary search; any table gives the i-th.
 */
export class StringTable {
  /** Recent lookups: queries ask for the same common words over and over. */
  private readonly recent = new Map<string, number>();

  private constructor(
    /** Concatenated UTF-8 bytes. */
    readonly bytes: Buffer,
    /** Start of string i at offsets[i], end at offsets[i + 1]. */
    readonly offsets: Uint32Array,
  ) {}

  /** `strings` sorted by their UTF-8 bytes when `sort`, else kept in order. */
  static of(strings: Iterable<string>, sort = false): StringTable {
    let encoded = [...strings].map((s) => Buffer.from(s, 'utf8'));
    if (sort) encoded = encoded.sort(Buffer.compare);
    const offsets = new Uint32Array(encoded.length + 1);
    encoded.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
    return new StringTable(Buffer.concat(encoded), offsets);
  }

  /** A table over stored bytes and offsets (views, not copies). */
  static over(bytes: Buffer, offsets: Uint32Array): StringTable {
    return new StringTable(bytes, offsets);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /** True when both tables hold the same strings in the same order. */
  equals(other: StringTable): boolean {
    return this.size === other.size && this.bytes.equals(other.bytes) && bytesOf(this.offsets).equals(bytesOf(other.offsets));
  }

  get(i: number): string {
    return this.bytes.toString('utf8', this.offsets[i], this.offsets[i + 1]);
  }

  /** Index of `s` in a sorted table, or -1. */
  find(s: string): number {
    let found = this.recent.get(s);
    if (found === undefined) {
      if (this.recent.size >= RECENT_LOOKUPS) this.recent.clear();
      this.recent.set(s, (found = this.search(s)));
    }
    return found;
  }

  /** The strings of a sorted table that start with `prefix`: indexes [from, to). */
  prefixRange(prefix: string): { from: number; to: number } {
    const key = Buffer.from(prefix, 'utf8');
    const first = (after: (c: number) => boolean) => {
      let lo = 0;
      let hi = this.size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const end = Math.min(this.offsets[mid]! + key.length, this.offsets[mid + 1]!);
        if (after(this.bytes.compare(key, 0, key.length, this.offsets[mid], end))) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    // Compared on the key's length only, every string with the prefix compares equal.
    return { from: first((c) => c >= 0), to: first((c) => c > 0) };
  }

  private search(s: string): number {
    const key = Buffer.from(s, 'utf8');
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.bytes.compare(key, 0, key.length, this.offsets[mid], this.offsets[mid + 1]);
      if (c === 0) return mid;
      // `compare` orders the stored string against the key: positive when it sorts after.
      if (c > 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }
}
