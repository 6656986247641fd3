/** Anything but an empty term, one with a character below \u0003 (the feature separators) or a surrogate. */
const PLAIN = /^[^\u0000-\u0002\uD800-\uDFFF]+$/;

/**
 * The terms of a build in the order of their UTF-8 bytes, from which the models' sorted
 * string tables follow without comparing strings again. Their strings are terms (words),
 * `\u0002` + a term (bigrams) and `word\u0001word` (word pairs): when every term is plain
 * (see PLAIN), all bigrams sort before all words, and a pair sorts right after its first
 * word, among that word's pairs by its second. Sorting a million strings is most of what
 * learning the models cost at 20,000 articles; the build passes the order it already
 * sorted its index terms in (UTF-16 order, which is the bytes' order for plain terms).
 */
export class TermOrder {
  private constructor(
    /** Term numbers, in order. */
    readonly ids: Uint32Array,
    /** Position of each term number in `ids` (-1: not in the order). */
    readonly rank: Int32Array,
  ) {}

  /**
   * The order of the term numbers `ids` (of `terms`); `sorted`: they already are in
   * UTF-16 order. Undefined when some term is not plain: the models then sort their
   * strings themselves (see sortByBytes).
   */
  static of(terms: readonly string[], ids: readonly number[], sorted: boolean): TermOrder | undefined {
    for (const id of ids) if (!PLAIN.test(terms[id]!)) return undefined;
    const order = Uint32Array.from(ids);
    if (!sorted) order.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    const rank = new Int32Array(terms.length).fill(-1);
    order.forEach((id, r) => (rank[id] = r));
    return new TermOrder(order, rank);
  }
}

/** Positions of `strings` sorted by their UTF-8 bytes (as StringTable.of sorts). */
export function sortByBytes(strings: readonly string[]): Uint32Array {
  const encoded = strings.map((s) => Buffer.from(s, 'utf8'));
  return Uint32Array.from(strings, (_, i) => i).sort((a, b) => Buffer.compare(encoded[a]!, encoded[b]!));
}
