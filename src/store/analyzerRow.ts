import type { AnalyzerConfig } from '../analysis/analyzer.js';
import type { Vocabulary } from '../analysis/speller.js';

/*
 * The analyzer configuration as the index file's `analyzer` meta row holds it: JSON, but
 * the vocabulary's word lists as one string each, a word a line (a Chinese word and its
 * pinyin separated by a space; neither holds one). At 20,000 articles the vocabulary is
 * 150,000 words: as JSON arrays, parsing them took 70 ms of a start on its critical path;
 * as lines, a few.
 */

interface StoredVocabulary {
  latin: string;
  latinStems?: string;
  han: string;
}

type StoredAnalyzer = Omit<AnalyzerConfig, 'vocabulary'> & { vocabulary?: StoredVocabulary };

const lines = (words: readonly string[]) => words.join('\n');
const words = (text: string) => (text ? text.split('\n') : []);

/** `config` as the meta row's text. */
export function encodeAnalyzer(config: AnalyzerConfig): string {
  const { vocabulary, ...rest } = config;
  const stored: StoredAnalyzer = rest;
  if (vocabulary) {
    stored.vocabulary = {
      latin: lines(vocabulary.latin),
      ...(vocabulary.latinStems && { latinStems: lines(vocabulary.latinStems) }),
      han: lines(vocabulary.han.map(([word, pinyin]) => `${word} ${pinyin}`)),
    };
  }
  return JSON.stringify(stored);
}

/** The configuration a meta row's text holds (encodeAnalyzer's inverse). */
export function decodeAnalyzer(text: string): AnalyzerConfig {
  const { vocabulary, ...rest } = JSON.parse(text) as StoredAnalyzer;
  if (!vocabulary) return rest;
  const decoded: Vocabulary = {
    latin: words(vocabulary.latin),
    ...(vocabulary.latinStems !== undefined && { latinStems: words(vocabulary.latinStems) }),
    han: words(vocabulary.han).map((line) => {
      const space = line.indexOf(' ');
      return [line.slice(0, space), line.slice(space + 1)];
    }),
  };
  return { ...rest, vocabulary: decoded };
}
