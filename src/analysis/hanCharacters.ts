/**
 * Chinese characters (Han ideographs), the one definition the analyzer, the query layer and
 * locale detection share: CJK Unified Ideographs (U+4E00–9FFF), Extension A (U+3400–4DBF)
 * and the compatibility ideographs (U+F900–FAFF, which raw input may hold before NFKC
 * folds them). The Yijing hexagram symbols (U+4DC0–4DFF) sit between Extension A and the
 * main block and are symbols, not characters, so the range is not U+3400–9FFF. The rarer
 * extensions beyond the BMP are left out: words are measured in UTF-16 units here, and the
 * content and jieba's dictionary do not use them.
 */
export const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

const ANY_HAN = new RegExp(`[${HAN_RANGES}]`);
const ALL_HAN = new RegExp(`^[${HAN_RANGES}]+$`);

/** Whether `text` holds at least one Chinese character. */
export function hasHan(text: string): boolean {
  return ANY_HAN.test(text);
}

/** Whether `text` is a Chinese word: only Chinese characters, at least two, at most `maxLength`. */
export function isHanWord(text: string, maxLength = Infinity): boolean {
  return text.length >= 2 && text.length <= maxLength && ALL_HAN.test(text);
}

/**
 * A Chinese number word: amounts, counts and times said in characters (两万多, 三千五,
 * 五点, 十几), and digits read out one by one (幺三八: 幺 is how a phone number says 1), as
 * digits are numbers. Made of numeral characters only, with one that is not 一 (一 starts
 * too many words: 一直, 一截, 一下; and 一 alone made 押一付三 a question about deductions),
 * maybe with its currency.
 */
const CHINESE_NUMBER = /^[零〇一幺二两三四五六七八九十百千万亿半几多点号]*[零〇幺二两三四五六七八九十百千万亿][零〇一幺二两三四五六七八九十百千万亿半几多点号]*$/;

/**
 * A Chinese number glued to its currency, as jieba cuts amounts: 一万美金 → 一 / 万美金, 十万块
 * → 十万块 / 万块, 一万刀 → 一万刀 / 万刀. Words no article has, they counted as informative
 * words the right answer lacked (发的一万刀 到我这9975: confidence 0.14).
 */
const CHINESE_AMOUNT = new RegExp(`${CHINESE_NUMBER.source.slice(0, -1)}(?:刀|块|元|镑|蚊|美金|美元|欧元|英镑|港币)$`);

export function isChineseNumber(word: string): boolean {
  return CHINESE_NUMBER.test(word) || CHINESE_AMOUNT.test(word);
}
