import { wordReplacer, type WordMap } from './wordReplacer.js';

/**
 * Speech-to-text homophones the speller cannot see. It corrects a stretch of a Chinese run
 * only between the segmenter's word boundaries (speller.ts), and here the typo's first
 * character is taken by the word before it: 账户被动结了 is 账户 / 被动 (passive) / 结 / 了,
 * so 动结 (for 冻结, frozen) never stands alone, and a call about a frozen account was
 * read as one about trade documents. The writers of two sets written blind used it on their
 * own (blind66, blind68, in calls and typed queries). Only where the frozen reading is the only one: after 被 or 给
 * and not before 构, 果 or 算 (被动结构, 自动结算), or closing a verb (动结了) after no
 * word that ends in 动 (自动, 联动, 变动, 活动结了).
 */
const WORDS: WordMap = [
  // 节 is heard as 结 too (账户被动节了, blind200): not 劳动节 nor 节奏.
  [/(?<=[被给])动[结节](?![构果算束汇账合论婚单清奏日])/g, '冻结'],
  [/(?<![自联变运移活波启互流劳主手行调推带出转改挪浮])动[结节](?=[了住掉啦])/g, '冻结'],
  // 行 (bank) heard as 航 (háng): 中间航扣了钱, two writers of blind111 and blind114 on their own. Not a route (航线, 航班).
  [/(?<=中[间转])航(?![线班空运道])/g, '行'],
  // 间 (jiān) heard as 建 (jiàn): 中建行扣了钱 (blind writers on their own); China Construction Bank is 建行, never 中建行.
  [/中建行/g, '中间行'],
  // f heard as h, as Hunan, Fujian and Cantonese speakers say it: 花票 (huā piào) is 发票, 手续会 手续费
  // (blind143 and blind146, written blind, on their own). Neither is a word of its own here.
  [/花票/g, '发票'],
  // 驳 (bó) typed as 剥 (bō): 认证被剥回了 is 驳回, rejected (blind200).
  [/剥回/g, '驳回'],
  [/手续会/g, '手续费'],
  // 核 (hé) heard as 合: 定期复合 is 定期复核, the periodic review (blind345). 复合 alone is a word (composite).
  [/(?<=定期|年度|年审|重新|再次)复合/g, '复核'],
  // 续 (xù) typed as 速 (sù): 提现要手速费伐 (blind212). 手速 (hand speed) is a word; 手速费 is not.
  [/手速费/g, '手续费'],
  // 洁 (jié) typed for 结: 账户冻洁了 (blind204, blind206). No word of its own.
  [/冻洁/g, '冻结'],
];

export const speechHomophonesToWords = wordReplacer(WORDS);
