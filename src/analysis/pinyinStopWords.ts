import { pinyinSyllables, typedPinyin } from './speller.js';
import { CHINESE_STOP_WORDS } from './stopWords.js';

/** The toneless pinyin of the Chinese stop words (shenme, zenme, yao, le, ma), made on first use. */
let spelled: ReadonlySet<string> | undefined;

/**
 * True when `word` is the pinyin of a Chinese stop word (什么 shenme, 要 yao, 了 le, 吗 ma): in a
 * query typed in pinyin ("jiehui yao shangchuan shenme danju") as empty of topic as the
 * characters are. Made from the stop word list itself on the first pinyin query, so a start
 * never pays for it.
 */
export function isPinyinOfStopWord(word: string): boolean {
  spelled ??= new Set([...CHINESE_STOP_WORDS].map((w) => pinyinSyllables(w).join('')));
  return spelled.has(typedPinyin(word));
}
