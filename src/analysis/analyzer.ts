import type { SynonymConfig } from '../types.js';
import { englishWords } from './englishWords.js';
import { normalize } from './normalize.js';
import { scriptRuns } from './scriptRuns.js';
import { Segmenter } from './segmenter.js';
import { CHINESE_STOP_WORDS } from './stopWords.js';
import { SynonymMatcher } from './synonyms.js';

export interface AnalyzerConfig {
  synonyms: SynonymConfig;
  /** Words the Chinese segmenter must keep whole, in addition to its own dictionary. */
  userWords: string[];
}

/** What a text contributes to the index: words (both scripts, plus synonym keys) and Chinese character bigrams. */
export interface TextAnalysis {
  words: string[];
  grams: string[];
}

export type TermKind = 'han' | 'latin' | 'code' | 'synonym';

export interface QueryTerm {
  term: string;
  kind: TermKind;
  /** Forms to highlight in snippets (what the user wrote, its stem, or a synonym group's words). */
  surfaces: string[];
}

export interface QueryAnalysis {
  /** Unique terms, in query order. */
  terms: QueryTerm[];
  /** Unique Chinese character bigrams. */
  grams: string[];
  /** The word still being typed (the query does not end in a space or punctuation). */
  partial?: { prefix: string; script: 'han' | 'latin' };
}

interface Token {
  term: string;
  kind: TermKind;
  surfaces: string[];
}

/**
 * The one analysis used for both indexing and querying, so both sides always produce
 * the same terms. Text is normalised (see normalize.ts), split into Chinese and Latin
 * runs, Chinese segmented by jieba in search mode with the knowledge base's dictionary,
 * Latin stemmed, stop words dropped, synonym group keys added; Chinese runs also yield
 * character bigrams, which let partial and colloquial phrasings match when word
 * segmentation disagrees.
 */
export class Analyzer {
  private readonly segmenter: Segmenter;
  private readonly synonyms: SynonymMatcher;

  constructor(config: AnalyzerConfig) {
    this.segmenter = new Segmenter(config.userWords);
    this.synonyms = new SynonymMatcher(config.synonyms, (term) => this.positionalTerms(term));
  }

  /** Words the segmenter should keep whole for this content: Chinese synonym terms, extra terms and tags. */
  static userWords(synonyms: SynonymConfig, tags: Iterable<string>): string[] {
    const words = new Set<string>();
    for (const w of [...synonyms.groups.flat(), ...synonyms.terms, ...tags]) {
      const n = normalize(w).replace(/\s+/g, '');
      if (/^[\u3400-\u9fff]{2,12}$/.test(n)) words.add(n);
    }
    return [...words].sort();
  }

  analyze(text: string): TextAnalysis {
    const { tokens, grams } = this.scan(normalize(text));
    return { words: tokens.map((t) => t.term), grams };
  }

  analyzeQuery(text: string): QueryAnalysis {
    const normalized = normalize(text);
    const { tokens, grams } = this.scan(normalized);
    const terms = new Map<string, QueryTerm>();
    for (const t of tokens) {
      const seen = terms.get(t.term);
      if (seen) seen.surfaces = [...new Set([...seen.surfaces, ...t.surfaces])];
      else terms.set(t.term, { ...t });
    }
    return { terms: [...terms.values()], grams: [...new Set(grams)], partial: this.partial(normalized) };
  }

  private scan(normalized: string): { tokens: Token[]; grams: string[] } {
    const tokens: Token[] = [];
    const grams: string[] = [];
    const latin: Token[] = [];
    for (const run of scriptRuns(normalized)) {
      if (run.script === 'han') {
        for (const word of this.segmenter.searchWords(run.text)) {
          if (CHINESE_STOP_WORDS.has(word)) continue;
          tokens.push({ term: word, kind: 'han', surfaces: [word] });
          const group = this.synonyms.groupOf(word);
          if (group !== undefined) tokens.push(this.synonymToken(group));
        }
        for (let i = 0; i + 1 < run.text.length; i++) grams.push(run.text.slice(i, i + 2));
      } else {
        for (const w of englishWords(run.text)) {
          const token: Token = { term: w.term, kind: w.code ? 'code' : 'latin', surfaces: w.code ? [w.surface] : [w.surface, w.term] };
          tokens.push(token);
          latin.push(token);
        }
      }
    }
    // Latin synonym terms can span words ("correspondent bank"), so match over the sequence.
    for (const group of this.synonyms.groupsIn(latin.map((t) => t.term))) tokens.push(this.synonymToken(group));
    return { tokens, grams };
  }

  private synonymToken(group: number): Token {
    return { term: this.synonyms.keys[group]!, kind: 'synonym', surfaces: this.synonyms.surfaces[group]! };
  }

  /** Terms of a synonym entry as they appear in running text, in order and without overlaps. */
  private positionalTerms(term: string): string[] {
    const out: string[] = [];
    for (const run of scriptRuns(normalize(term))) {
      if (run.script === 'han') out.push(...this.segmenter.words(run.text).filter((w) => !CHINESE_STOP_WORDS.has(w)));
      else out.push(...englishWords(run.text).map((w) => w.term));
    }
    return out;
  }

  private partial(normalized: string): QueryAnalysis['partial'] {
    const runs = scriptRuns(normalized);
    const last = runs[runs.length - 1];
    if (!last || !normalized.trimEnd().endsWith(last.text) || normalized !== normalized.trimEnd()) return undefined;
    if (last.script === 'latin') {
      const word = last.text.split(/[.'’]/).pop() ?? '';
      return word.length >= 2 && !/\d/.test(word) ? { prefix: word, script: 'latin' } : undefined;
    }
    const word = this.segmenter.words(last.text).pop() ?? '';
    return word && !CHINESE_STOP_WORDS.has(word) ? { prefix: word, script: 'han' } : undefined;
  }
}
