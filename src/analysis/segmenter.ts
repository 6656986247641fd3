import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Frequency given to user-dictionary words. High enough that jieba keeps 中转行 whole
 * instead of 中 / 转行, low enough that a word does not swallow its neighbours
 * (收到账单 must stay 收到 / 账单, not 收 / 到账 / 单).
 */
const USER_WORD_FREQ = 2000;

/**
 * A jieba instance with its bundled dictionary plus the knowledge base's own words. One per
 * loaded knowledge base: jieba can add words but not remove them, and index and query
 * must segment with exactly the same dictionary.
 */
export class Segmenter {
  private readonly jieba: Jieba;

  constructor(userWords: readonly string[]) {
    this.jieba = Jieba.withDict(dict);
    const words = userWords.filter((w) => /^[\u3400-\u9fff]{2,12}$/.test(w));
    if (words.length) this.jieba.loadDict(Buffer.from(words.map((w) => `${w} ${USER_WORD_FREQ}`).join('\n')));
  }

  /** Search mode: every dictionary word inside a long word too (营业执照 → 营业, 执照, 营业执照). */
  searchWords(han: string): string[] {
    return this.jieba.cutForSearch(han, false);
  }

  /** Positional segmentation: words in order, without overlaps. */
  words(han: string): string[] {
    return this.jieba.cut(han, false);
  }
}
