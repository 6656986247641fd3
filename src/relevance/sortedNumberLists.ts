/** Numbers are grouped by their high bits, below 2^16 each, so each is kept as its low 16 bits. */
const LOW_BITS = 16;
const LOW_MASK = (1 << LOW_BITS) - 1;

/**
 * Lists of ascending numbers below a known limit (each article's term numbers), at two bytes
 * a number instead of four: each list is cut into the ranges of 65,536 numbers it could
 * reach (`buckets` of them, the limit's share), and a number is kept as its low 16 bits in
 * its range. At 20,000 articles an article's terms reach 528,851, so 9 ranges per article:
 * 43 MB of the agent scope's blobs became 23 MB, read and held at every start (issue 8).
 * A lookup is still one binary search per range it spans.
 */
export class SortedNumberLists {
  private constructor(
    /** List l's numbers in range h: lows[starts[l × buckets + h] .. starts[l × buckets + h + 1]]. */
    readonly starts: Uint32Array,
    /** Low 16 bits of every number, list after list, ascending within a list. */
    readonly lows: Uint16Array,
    readonly buckets: number,
  ) {}

  /** How many ranges of 65,536 numbers below `limit` are cut into (at least one). */
  static bucketsFor(limit: number): number {
    return Math.max(1, Math.ceil(limit / (LOW_MASK + 1)));
  }

  /**
   * List l holds values[offsets[l] .. offsets[l + 1]], ascending, each below `limit`.
   * Throws on a value that is not (which a lookup would silently miss).
   */
  static of(offsets: ArrayLike<number>, values: Uint32Array, limit: number): SortedNumberLists {
    const buckets = SortedNumberLists.bucketsFor(limit);
    const lists = offsets.length - 1;
    const starts = new Uint32Array(lists * buckets + 1);
    const lows = new Uint16Array(values.length);
    for (let l = 0; l < lists; l++) {
      let previous = -1;
      for (let i = offsets[l]!; i < offsets[l + 1]!; i++) {
        const v = values[i]!;
        if (v <= previous || v >= limit) throw new Error(`SortedNumberLists: ${v} in list ${l} is not ascending below ${limit}`);
        previous = v;
        lows[i] = v & LOW_MASK;
        // Counted in the next range's start; summed below.
        starts[l * buckets + (v >>> LOW_BITS) + 1]!++;
      }
    }
    for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
    return new SortedNumberLists(starts, lows, buckets);
  }

  /** Lists over stored arrays (views, not copies), cut for numbers below `limit` as `of` cut them. */
  static over(starts: Uint32Array, lows: Uint16Array, limit: number): SortedNumberLists {
    const buckets = SortedNumberLists.bucketsFor(limit);
    if ((starts.length - 1) % buckets !== 0 || starts[starts.length - 1] !== lows.length) throw new Error(`SortedNumberLists: ${starts.length} starts and ${lows.length} numbers do not make lists of ${buckets} ranges`);
    return new SortedNumberLists(starts, lows, buckets);
  }

  /** Number of lists. */
  get size(): number {
    return (this.starts.length - 1) / this.buckets;
  }

  /** True when list l holds a number in [from, to): a binary search in each range the interval reaches. */
  hasAny(l: number, from: number, to: number): boolean {
    if (from >= to) return false;
    const { starts, lows } = this;
    const last = to - 1;
    const lastRange = Math.min(last >>> LOW_BITS, this.buckets - 1);
    for (let h = from >>> LOW_BITS; h <= lastRange; h++) {
      const low = h === from >>> LOW_BITS ? from & LOW_MASK : 0;
      const high = h === last >>> LOW_BITS ? last & LOW_MASK : LOW_MASK;
      let lo = starts[l * this.buckets + h]!;
      const end = starts[l * this.buckets + h + 1]!;
      let hi = end;
      // The first number of the range at or after `low`.
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (lows[mid]! < low) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && lows[lo]! <= high) return true;
    }
    return false;
  }
}
