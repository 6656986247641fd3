import { wordReplacer, type WordMap } from './wordReplacer.js';

/**
 * Words of northern and south-western Mandarin → standard Mandarin, on Simplified text.
 * Factory owners in Sichuan, Chongqing, Henan, Shandong and the North-east say 啥子 (什么),
 * 咋个 (怎么), 莫得 (没有), 中不中 (行不行), 搞不赢 (来不及), and speech-to-text writes them as
 * said: they reached the index as words no article has, counted as informative words the
 * right answer lacked (a right answer looked unsure), and 咋个 or 恁 led a call's query.
 * Mapped, they become the stop words and topic words the content is written in. Only
 * forms that mean the same wherever they appear: 整 alone (咋整, 整不明白 "do") is a stop
 * word, not 整数 or 整改, which jieba keeps whole.
 */
const WORDS: WordMap = [
  [/啥子/g, '什么'],
  [/咋个|咋子/g, '怎么'],
  [/咋(?:整|弄|搞)/g, '怎么办'],
  [/莫得/g, '没有'],
  [/中不中/g, '行不行'],
  [/得不得行/g, '行不行'],
  [/得行/g, '行'],
  [/搞不赢/g, '来不及'],
  [/晓得/g, '知道'],
  // A north-eastern intensifier before an adjective: 贼慢 is 很慢 (not 盗贼, a thief).
  [/贼(?=[慢快多少贵难烦急])/g, '很'],
  [/信儿/g, '消息'],
];

export const regionalToMandarin = wordReplacer(WORDS);
