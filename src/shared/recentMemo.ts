/**
 * What was worked out for the last few objects (a query's analysis), held strongly, newest
 * first. Not a WeakMap: V8's minor collections keep a WeakMap's values alive even when their
 * key is garbage (only a full collection drops them), so memos keyed by each search's
 * analysis carried every search's profile, features and credits since the last collection
 * into the old generation: over the dev set, about 1.1 MB promoted by each scavenge, 3 to 6 ms
 * each, which set the searches' p99 (docs/performance-log.md, "The sample's tail: garbage that
 * outlived its search"). A few entries cover what reads them: one search's hits, an assisted
 * call's few analyses.
 */
export class RecentMemo<K extends object, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private newest = 0;

  constructor(size: number) {
    this.keys = new Array<K | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  get(key: K): V | undefined {
    const { keys } = this;
    for (let n = 0, i = this.newest; n < keys.length; n++, i = i === 0 ? keys.length - 1 : i - 1) {
      if (keys[i] === key) return this.values[i];
    }
    return undefined;
  }

  /** Remembers `value` for `key` in place of the oldest entry. */
  set(key: K, value: V): void {
    this.newest = (this.newest + 1) % this.keys.length;
    this.keys[this.newest] = key;
    this.values[this.newest] = value;
  }
}

/** How many analyses the per-query memos keep: a search reads one; a call's assist a few (its turns and the call as a whole). */
export const RECENT_ANALYSES = 8;
