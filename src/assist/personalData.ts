/**
 * Personal data a caller reads out: masked before anything leaves the process (the LLM),
 * before anything is logged, and before analysis (an account number is not a topic).
 * Over-masking is the safe error here.
 */
export type PersonalDataKind = 'EMAIL' | 'ID_NUMBER' | 'CARD_OR_ACCOUNT' | 'PHONE';

/** A digit said in English, and the "double" or "triple" before a repeated one. */
const SPOKEN_DIGIT = '(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)';

const PATTERNS: Array<[PersonalDataKind, RegExp]> = [
  // Starts only where a run of address characters starts: trying every position inside a
  // long run ("xxxx…", digits) made masking quadratic in the turn's length.
  ['EMAIL', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  // Mainland resident ID: 17 digits and a check digit or X (15 digits for old cards).
  ['ID_NUMBER', /(?<![\dA-Za-z])(?:\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{3}[\dXx]|\d{15})(?![\dA-Za-z])/g],
  // Phone numbers: mainland mobiles (138 1234 5678, +86-13812345678) and international +CC numbers.
  ['PHONE', /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)|\+\d{1,3}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){2,4}(?!\d)/g],
  // As a call's speech-to-text writes them: an address spelled out ("mia at paddockpixel dot com
  // dot au"), and a number read digit by digit in English ("plus six one four double one two
  // three"; five digit words or more: "one two three days" is no number). A caller reads out
  // their phone number to be verified, so the digits are taken for one; as words they led a
  // call's query ("six four double two five").
  ['EMAIL', /\b[a-z0-9._-]+\s+at\s+[a-z0-9-]+(?:\s+dot\s+[a-z]{2,})+\b/gi],
  ['PHONE', new RegExp(String.raw`\b(?:plus\s+)?(?:${SPOKEN_DIGIT}[\s,-]+){4,}${SPOKEN_DIGIT}\b`, 'gi')],
  // The same in Chinese: four digits or more read one by one (手机后四位八零零三, 幺三九 八七五二 六六零三),
  // never an amount or a count, which say 十, 百, 千 or 万; not a year (二零二六年). As words they
  // were 八, 零 and 三 in the call's query, and the label before them (手机) its topic.
  ['PHONE', /(?<![零〇一二三四五六七八九幺])[零〇一二三四五六七八九幺](?:\s?[零〇一二三四五六七八九幺]){3,}(?![零〇一二三四五六七八九幺十百千万亿]|\s*年)/g],
  // Cards and bank accounts: 10-19 digits, possibly grouped; IBANs; reference ids like WS-20391847.
  ['CARD_OR_ACCOUNT', /(?<![\dA-Za-z])(?:\d[ -]?){9,18}\d(?![\dA-Za-z])|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b|\b[A-Z]{2,4}-\d{6,}\b/g],
];

export interface Masked {
  text: string;
  /** Kinds of personal data found, for the response and the logs (never the values). */
  found: PersonalDataKind[];
}

export function maskPersonalData(text: string): Masked {
  const found = new Set<PersonalDataKind>();
  let out = text;
  for (const [kind, re] of PATTERNS) {
    out = out.replace(re, () => {
      found.add(kind);
      return `[${kind}]`;
    });
  }
  return { text: out, found: [...found] };
}

/**
 * Mask placeholders with the label a caller says before them ("卡号 [CARD_OR_ACCOUNT]",
 * "my phone is [PHONE]"), to drop both before analysis: neither is the caller's problem.
 * Each run of spaces can match only one way: with `\s*(?:是)?\s*[:：]?\s*`, a label followed
 * by a long run of spaces tried every split of it (seconds for a 2,000-character turn).
 */
export const MASK = /(?:(?:银行|銀行)?(?:卡号|卡號|账号|帳號|账户号|帳戶號|手机号|手機號|手机|手機|电话|電話|邮箱|郵箱|身份证号|身份證號|身份证|身份證)(?:号码|號碼)?\s*(?:的?(?:后四位|後四位|后六位|後六位|尾号|尾號)\s*)?(?:(?:是|为|為)\s*)?(?:[:：]\s*)?|\b(?:card|account|phone|mobile|email|id)(?:\s+(?:number|no\.?))?(?:\s+is)?\s*(?:[:：]\s*)?)?\[(?:EMAIL|ID_NUMBER|CARD_OR_ACCOUNT|PHONE)\]/gi;

/** `masked` (a text maskPersonalData masked) without its masks and the labels before them: the words to analyse or search. */
export function withoutMasks(masked: string): string {
  return masked.replace(MASK, ' ');
}
