/**
 * Numbers for index terms, shared by every document of a build: an analysed document is
 * kept as arrays of these numbers, not strings, so a large build holds each term once
 * and compiles its postings without hashing strings.
 */
export class TermTable {
  private byTokenMap: Map<string, number> | undefined;

  /** `terms`: the term of each number, to continue from (the build cache's numbering). */
  constructor(readonly terms: string[] = []) {}

  /** Built on first use: a build that only reuses cached term numbers never needs it. */
  private get byToken(): Map<string, number> {
    return (this.byTokenMap ??= new Map(this.terms.map((t, i) => [t, i])));
  }

  /** lunr's tokenizer lowercases array elements; the analyzer's terms already are, so this is rarely a new string. */
  id(token: string): number {
    let id = this.byToken.get(token);
    if (id === undefined) {
      const term = String(token).toLowerCase();
      id = this.byToken.get(term);
      if (id === undefined) {
        id = this.terms.push(term) - 1;
        this.byToken.set(term, id);
      }
      this.byToken.set(token, id);
    }
    return id;
  }

  ids(tokens: readonly string[]): Uint32Array {
    const out = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.id(tokens[i]!);
    return out;
  }

  get size(): number {
    return this.terms.length;
  }
}
