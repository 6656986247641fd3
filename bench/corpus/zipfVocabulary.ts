import type { CompiledArticle, Locale } from '../../src/types.js';
import type { Random } from '../../src/shared/seededRandom.js';

/** Words per locale: about 30 times the sample's own vocabulary. */
const SIZE = 60_000;
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vas', 'el', 'qui', 'sun', 'dra', 'pe', 'ny', 'bo', 'zan', 'fi', 'gur', 'ho', 'wel', 'ix', 'tu', 'mar', 'sel', 'on', 'bri'];

/**
 * A vocabulary whose word of rank r is drawn with probability ∝ 1 / r (Zipf): the
 * sample's own words first (most frequent first, so "payment" and "汇款" stay common),
 * then invented words (Chinese: two or three characters of the sample's; English:
 * syllables), so a large corpus has a long tail of rare words, as real ones do.
 */
export class ZipfVocabulary {
  private readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(locale: Locale, sample: CompiledArticle[], random: Random) {
    const counts = new Map<string, number>();
    for (const a of sample.filter((x) => x.locale === locale)) {
      for (const w of wordsOf(locale, [a.title, ...a.questions, ...a.sections.map((s) => s.text)].join('\n'))) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
    const seen = new Set(words);
    const chars = [...new Set([...words.join('')].filter((c) => /[\u4e00-\u9fff]/.test(c)))];
    while (words.length < SIZE) {
      const w = locale === 'en' ? invented(random, SYLLABLES, 2 + Math.floor(random() * 3)) : invented(random, chars, 2 + Math.floor(random() * 2));
      if (!seen.has(w)) {
        seen.add(w);
        words.push(w);
      }
    }
    this.words = words;
    this.cumulative = new Float64Array(words.length);
    let sum = 0;
    for (let r = 0; r < words.length; r++) this.cumulative[r] = sum += 1 / (r + 1);
    this.random = random;
  }

  private readonly random: Random;

  word(): string {
    const x = this.random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

function wordsOf(locale: Locale, text: string): string[] {
  if (locale === 'en') return text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  // Chinese: runs of characters cut in twos, a rough stand-in for words.
  return (text.match(/[\u4e00-\u9fff]+/g) ?? []).flatMap((run) => run.match(/.{1,2}/gu) ?? []).filter((w) => w.length === 2);
}

function invented(random: Random, parts: readonly string[], n: number): string {
  return Array.from({ length: n }, () => parts[Math.floor(random() * parts.length)]!).join('');
}
