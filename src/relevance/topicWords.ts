/**
 * Whether a query word can name a topic, as opposed to residue of how people type: the
 * confidence counts the topics a query names that the content never speaks of (支付宝,
 * uber, 留学), and amounts or a stray character are no such topic.
 */

/** Chinese numerals (amounts spelt out: 一万二, 三十五块) and approximate counts. */
const NUMERAL = /^[零一二两三四五六七八九十百千万亿几多块余来个遍层次]+$/u;
const HAN = /\p{Script=Han}/u;
const LETTER_FIRST = /^\p{L}/u;

/**
 * A word that can name a topic: for Chinese at least two characters and not a numeral (a
 * single unknown character is colloquial residue of segmentation: 撤, 解, 咋整's 整); else
 * a word that starts with a letter (not an amount or a code of digits).
 */
export function canNameTopic(term: string): boolean {
  if (HAN.test(term)) return [...term].length >= 2 && !NUMERAL.test(term);
  return LETTER_FIRST.test(term);
}
