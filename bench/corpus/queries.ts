import type { Locale } from '../../src/types.js';
import type { GeneratedArticle } from './generateContent.js';
import type { Random } from '../../src/shared/seededRandom.js';
import { pick } from './random.js';

export type QueryKind = 'keywords' | 'colloquial' | 'english' | 'typo';

export interface GeneratedQuery {
  query: string;
  expected: string[];
  kind: QueryKind;
}

const COLLOQUIAL: Record<Locale, Array<(words: string) => string>> = {
  'zh-CN': [(w) => `请问${w}怎么弄`, (w) => `客户问${w}是怎么回事`, (w) => `我这边${w}一直不行，咋办`],
  en: [(w) => `hi, how do i sort out ${w}?`, (w) => `customer asks about ${w}, what do we say`, (w) => `${w} not working since yesterday`],
};

/**
 * Up to four queries per article (one of each kind), from the article's rarer words:
 * Chinese and English keywords, a colloquial Chinese sentence around them, and English
 * keywords with two letters swapped in one word (a typo).
 */
export function queriesFor(articles: GeneratedArticle[], random: Random): GeneratedQuery[] {
  const out: GeneratedQuery[] = [];
  for (const a of articles) {
    const zh = distinctive(a.words['zh-CN'], 3);
    const en = distinctive(a.words.en, 3);
    const expected = [a.id];
    if (zh.length) out.push({ query: zh.join(' '), expected, kind: 'keywords' });
    if (zh.length) out.push({ query: pick(random, COLLOQUIAL['zh-CN'])(zh.slice(0, 2).join('')), expected, kind: 'colloquial' });
    if (en.length) out.push({ query: en.join(' '), expected, kind: 'english' });
    const typoable = en.findIndex((w) => w.length >= 6);
    if (typoable >= 0) out.push({ query: en.map((w, i) => (i === typoable ? swapLetters(w, random) : w)).join(' '), expected, kind: 'typo' });
  }
  return out;
}

/** `n` of the article's words used once, longest first (long words are rarer in a Zipf vocabulary). */
function distinctive(words: string[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.keys()].filter((w) => counts.get(w) === 1 && w.length >= 2).sort((a, b) => b.length - a.length).slice(0, n);
}

function swapLetters(word: string, random: Random): string {
  const i = 1 + Math.floor(random() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}
