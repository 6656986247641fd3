/** Analysed terms never hold a NUL: it separates them in the stored blob. */
const SEPARATOR = 0;

/**
 * An index's terms, sorted by UTF-16 code units (the order of `Array#sort`), kept as the
 * NUL-separated UTF-8 blob they are stored as rather than one string each: at 20,000
 * articles, 500,000 strings were 17 MB of heap and 4% of a start. Opening one is a pass
 * over the bytes for where each term starts; a lookup decodes the ~20 terms its binary
 * search visits, and compares them as strings, so the order is exactly the build's.
 */
export class SortedTerms {
  /** True when no term has a character beyond U+FFFF; found on the first lookup. */
  private bmpOnly?: boolean;

  private constructor(
    /** The terms as UTF-8, each followed by a NUL but the last. */
    readonly bytes: Buffer,
    /** Start of term i at starts[i]; it ends one byte before starts[i + 1] (the NUL). */
    private readonly starts: Uint32Array,
  ) {}

  /** `terms`, already sorted (see the class). */
  static of(terms: readonly string[]): SortedTerms {
    return SortedTerms.over(Buffer.from(terms.join(String.fromCharCode(SEPARATOR))));
  }

  /** The terms of a stored blob (a view over it, not a copy). */
  static over(bytes: Buffer): SortedTerms {
    if (!bytes.length) return new SortedTerms(bytes, new Uint32Array(1));
    let count = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === SEPARATOR) count++;
    const starts = new Uint32Array(count + 1);
    let n = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === SEPARATOR) starts[n++] = i + 1;
    // One past the end, as if the last term were followed by a NUL too.
    starts[count] = bytes.length + 1;
    return new SortedTerms(bytes, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Term i; undefined past the end (as an array's element would be). */
  at(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.bytes.toString('utf8', this.starts[i], this.starts[i + 1]! - 1);
  }

  /** The position of the first term not before `term` (length when every term is before it). */
  lowerBound(term: string): number {
    if (this.bytesCompare(term)) return this.lowerBoundOfBytes(encoded(term));
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at(mid)! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The position of `term`, or -1. */
  indexOf(term: string): number {
    if (!this.bytesCompare(term)) {
      const i = this.lowerBound(term);
      return this.at(i) === term ? i : -1;
    }
    // Equal bytes, equal strings: no string decoded to compare.
    const length = encoded(term);
    const i = this.lowerBoundOfBytes(length);
    return i < this.length && compareBytes(this.bytes, this.starts[i]!, this.starts[i + 1]! - 1, target, length) === 0 ? i : -1;
  }

  /**
   * UTF-8 bytes sort as code points do, and code points as UTF-16 code units do unless a
   * surrogate pair (a character beyond U+FFFF) is compared: without any, a search compares
   * bytes in place instead of decoding a string per step.
   */
  private bytesCompare(term: string): boolean {
    this.bmpOnly ??= !this.bytes.some((b) => b >= FOUR_BYTE_LEAD);
    return this.bmpOnly && !SURROGATE.test(term);
  }

  /** lowerBound of the first `length` bytes of `target`. */
  private lowerBoundOfBytes(length: number): number {
    const { bytes, starts } = this;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(bytes, starts[mid]!, starts[mid + 1]! - 1, target, length) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The lead byte of a four-byte UTF-8 sequence (a character beyond U+FFFF) is 0xF0 or more. */
const FOUR_BYTE_LEAD = 0xf0;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The term being looked up, as UTF-8: one buffer reused by every lookup (queries run one at a time per thread), not one per lookup. */
let target = Buffer.allocUnsafe(256);

/** Writes `term` into `target` (grown as needed); returns its length in bytes. */
function encoded(term: string): number {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  if (3 * term.length > target.length) target = Buffer.allocUnsafe(3 * term.length);
  return target.write(term, 0, 'utf8');
}

/** bytes[from, to) against the first `length` bytes of `key`, as strings compare: negative, 0 or positive. */
function compareBytes(bytes: Buffer, from: number, to: number, key: Buffer, length: number): number {
  const n = Math.min(to - from, length);
  for (let i = 0; i < n; i++) {
    const d = bytes[from + i]! - key[i]!;
    if (d !== 0) return d;
  }
  return to - from - length;
}
