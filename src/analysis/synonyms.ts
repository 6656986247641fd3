import type { SynonymConfig } from '../types.js';

/**
 * Finds synonym-group terms in analysed token sequences. Each group gets one key token,
 * added next to the words it was found in, at index and at query time alike: so 中转行
 * in a query meets "correspondent bank" in an article through the shared key, while
 * the exact word still scores on its own.
 */
export class SynonymMatcher {
  /** Analysed term (tokens joined by a space) → group index. */
  private readonly byPhrase = new Map<string, number>();
  private readonly maxLength: number;
  /** Group key token per group. */
  readonly keys: string[];
  /** The words of each group as written in synonyms.yaml, lowercased (for highlighting). */
  readonly surfaces: string[][];

  /** `tokens(term)` analyses a term into the positional tokens it produces in text. */
  constructor(config: SynonymConfig, tokens: (term: string) => string[]) {
    this.keys = config.groups.map((g) => `syn:${g[0]!.toLowerCase()}`);
    this.surfaces = config.groups.map((g) => g.map((t) => t.toLowerCase()));
    let maxLength = 1;
    config.groups.forEach((group, i) => {
      for (const term of group) {
        const phrase = tokens(term);
        if (!phrase.length) continue;
        this.byPhrase.set(phrase.join(' '), i);
        maxLength = Math.max(maxLength, phrase.length);
      }
    });
    this.maxLength = maxLength;
  }

  /** Group of a single token, if it is a one-token synonym term. */
  groupOf(token: string): number | undefined {
    return this.byPhrase.get(token);
  }

  /** Groups whose terms occur as consecutive tokens in `sequence`, longest match first. */
  groupsIn(sequence: readonly string[]): number[] {
    const found: number[] = [];
    for (let i = 0; i < sequence.length; ) {
      let matched = 0;
      for (let n = Math.min(this.maxLength, sequence.length - i); n >= 1 && !matched; n--) {
        const g = this.byPhrase.get(sequence.slice(i, i + n).join(' '));
        if (g !== undefined) {
          found.push(g);
          matched = n;
        }
      }
      i += matched || 1;
    }
    return found;
  }
}
