import { HAN_RANGES } from './hanCharacters.js';

/**
 * Speech-to-text that writes Chinese a word at a time, a space after each ("阿拉 今朝 提 了 一笔
 * 钞票 到 工商 银行 哪能 还 没 到 晓得 伐"), as some engines do: each word was segmented alone,
 * so a compound cut by a space was lost (工商银行), a dialect phrase was not seen whole (晓得 伐,
 * 知道吗), and no Chinese bigram crossed a space, where the articles' own sentences have them.
 * Joined, such a text is segmented as written Chinese is. Only a text that reads so: at least
 * MIN_GAPS spaces between Chinese characters and Chinese runs of at most MAX_MEAN_RUN characters
 * on average. An agent's typed keywords ("东航 机票 退款 原路退回 多久") are fewer, and a caller's
 * sentences written with pauses ("钱到了 但是少了 二十五刀") have longer runs.
 */
const MIN_GAPS = 5;
const MAX_MEAN_RUN = 2.5;
const HAN_GAP = new RegExp(`(?<=[${HAN_RANGES}]) +(?=[${HAN_RANGES}])`, 'g');
const HAN_RUN = new RegExp(`[${HAN_RANGES}]+`, 'g');

export function joinWordSpacedChinese(text: string): string {
  const gaps = text.match(HAN_GAP)?.length ?? 0;
  if (gaps < MIN_GAPS) return text;
  const runs = text.match(HAN_RUN) ?? [];
  const chars = runs.reduce((n, run) => n + run.length, 0);
  return chars / runs.length <= MAX_MEAN_RUN ? text.replace(HAN_GAP, '') : text;
}
