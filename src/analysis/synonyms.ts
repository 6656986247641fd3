import type { SynonymConfig } from '../types.js';

/** Per synonym group, per term of it (as synonyms.yaml lists them), the positional tokens the term analyses into. */
export type SynonymPhrases = string[][][];

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

  /** `phrases`: the groups' terms analysed (phrasesOf), as made now or as the build stored them. */
  constructor(config: SynonymConfig, phrases: SynonymPhrases) {
    this.keys = config.groups.map((g) => `syn:${g[0]!.toLowerCase()}`);
    this.surfaces = config.groups.map((g) => g.map((t) => t.toLowerCase()));
    let maxLength = 1;
    phrases.forEach((group, i) => {
      for (const phrase of group) {
        if (!phrase.length) continue;
        this.byPhrase.set(phrase.join(' '), i);
        maxLength = Math.max(maxLength, phrase.length);
      }
    });
    this.maxLength = maxLength;
  }

  /** Each group's terms analysed by `tokens(term)` into the positional tokens the term produces in text. */
  static phrasesOf(config: SynonymConfig, tokens: (term: string) => string[]): SynonymPhrases {
    return config.groups.map((group) => group.map(tokens));
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
