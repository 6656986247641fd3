import { amountValue, chineseNumber } from '../analysis/numberValue.js';
import { UETR, UETR_AS_WORD } from '../analysis/uetr.js';

/** Something a caller mentions that matters to the case. */
export interface Entity {
  type: 'amount' | 'mt103' | 'uetr' | 'swift_bic' | 'date' | 'duration';
  /** As said. */
  text: string;
  /** Normalised value: the amount as a number, the UETR, the BIC. */
  value?: string | number;
  /** ISO currency code, for amounts. */
  currency?: string;
}

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:usd|us\$|\$|美金|美元|刀|dollars?|bucks)$/i, 'USD'],
  [/^(?:eur|€|欧元|歐元|euros?)$/i, 'EUR'],
  [/^(?:gbp|£|英镑|英鎊|pounds?)$/i, 'GBP'],
  [/^(?:hkd|港币|港幣|港元)$/i, 'HKD'],
  [/^(?:cny|rmb|人民币|人民幣|元|块)$/i, 'CNY'],
  [/^(?:jpy|日元|日圆)$/i, 'JPY'],
  [/^(?:aud|澳元)$/i, 'AUD'],
  [/^(?:cad|加元)$/i, 'CAD'],
  [/^(?:sgd|新币|新幣)$/i, 'SGD'],
];
/**
 * 块 alone is yuan, but 四十五块美金 is 45 dollars: callers count any currency in 块. Tried first,
 * so that a call about a dollar shortfall does not bring CNY, the withdrawal's currency, into its query.
 */
const KUAI_OF = String.raw`块钱?\s?(?:美金|美元|刀|欧元|歐元|英镑|英鎊|港币|港幣)`;
const CURRENCY = String.raw`${KUAI_OF}|USD|US\$|\$|美金|美元|刀|dollars?|bucks|EUR|€|欧元|歐元|euros?|GBP|£|英镑|英鎊|pounds?|HKD|港币|港幣|港元|CNY|RMB|人民币|人民幣|元|块|JPY|日元|日圆|AUD|澳元|CAD|加元|SGD|新币|新幣`;
const CN_DIGIT = '零一二两三四五六七八九十百千万';
/**
 * A figure. It starts at the first digit of a run of digits and commas, never inside one:
 * a match found inside a run is also found from its first digit, and trying every
 * position made recognition quadratic in the run's length (a turn of 2,000 digits).
 */
const NUMBER = String.raw`(?:(?<!\d,*)\d[\d,]*(?:\.\d+)?\s*(?:万|千|k|w|K)?|[${CN_DIGIT}]{1,6})`;

interface Recognizer {
  type: Entity['type'];
  re: RegExp;
  /** What the span becomes in the text that is analysed: the topic it carries, or nothing. */
  replace: (m: RegExpExecArray) => string;
  entity: (m: RegExpExecArray) => Omit<Entity, 'type' | 'text'>;
}

const RECOGNIZERS: Recognizer[] = [
  {
    type: 'uetr',
    re: UETR,
    replace: () => UETR_AS_WORD,
    entity: (m) => ({ value: m[0].toLowerCase() }),
  },
  {
    type: 'mt103',
    re: /\bMT\s?-?103\b/gi,
    replace: () => ' MT103 ',
    entity: () => ({}),
  },
  {
    // BIC: bank (4) + country (2) + location (2) [+ branch (3)], in capitals, with a digit
    // or right after the word SWIFT/BIC, so that an ordinary word in capitals is not taken.
    type: 'swift_bic',
    // The lookbehind is tried only where six capitals follow, and its spaces split only one
    // way: as `\s*(?:code)?\s*[:：]?\s*` it tried every split of a run of spaces at every
    // position, cubic in the run's length (a turn of 2,000 spaces never finished).
    re: /(?:(?=[A-Z]{6})(?<=(?:SWIFT|BIC|swift|bic|代码|代碼)\s*(?:code\s*)?(?:[:：]\s*)?)[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b|\b[A-Z]{6}(?=[A-Z0-9]{2}\b|[A-Z0-9]{5}\b)(?=[A-Z0-9]*\d)[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b)/g,
    replace: () => ' SWIFT ',
    entity: (m) => ({ value: m[0] }),
  },
  {
    type: 'amount',
    re: new RegExp(String.raw`(?:(${CURRENCY})\s?(${NUMBER})|(${NUMBER})\s?(${CURRENCY}))(?![A-Za-z])`, 'gi'),
    replace: (m) => ` ${currencyOf(m[1] ?? m[4] ?? '')} `,
    entity: (m) => ({ value: amountValue(m[2] ?? m[3] ?? ''), currency: currencyOf(m[1] ?? m[4] ?? '') }),
  },
  {
    // A Chinese amount said without a currency ("一万二千三百左右"): digits with a unit.
    type: 'amount',
    re: /[一二两三四五六七八九十][一二两三四五六七八九十百千万零]*[千万][一二两三四五六七八九十百千万零]*(?:左右|多)?/g,
    replace: () => ' ',
    entity: (m) => ({ value: chineseNumber(m[0].replace(/(左右|多)$/, '')) }),
  },
  {
    type: 'date',
    re: /\b\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}月\d{1,2}[日号號]|(?:上上|上|这|這|本)(?:个|個)?(?:周|週|礼拜|禮拜|星期)[一二三四五六日天]?|(?:昨天|前天|大前天|上个月|上個月)|\b(?:yesterday|last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/gi,
    replace: () => ' ',
    entity: () => ({}),
  },
  {
    type: 'duration',
    re: new RegExp(String.raw`${NUMBER}\s?(?:个|個)?(?:工作日|天|日|礼拜|禮拜|星期|周|週|个月|個月|小时|小時)(?:了)?|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|several)\s+(?:working\s+|business\s+)?(?:days?|weeks?|months?|hours?)(?:\s+ago)?\b`, 'gi'),
    replace: () => ' ',
    entity: () => ({}),
  },
];

function currencyOf(word: string): string {
  const named = word.trim().replace(/^块钱?\s?(?=\S)/, '');
  return CURRENCIES.find(([re]) => re.test(named))?.[1] ?? named.toUpperCase();
}

/**
 * Finds amounts, MT103, UETRs, SWIFT/BIC codes, dates and durations, and returns the text
 * rewritten for analysis: an amount becomes its currency code (the figure is noise for
 * retrieval, the currency is not), a UETR value the word UETR, a BIC the word SWIFT, and
 * dates and durations disappear.
 */
export function extractEntities(text: string): { entities: Entity[]; text: string } {
  // Every recognizer reads the original text; an earlier one wins where two overlap.
  const spans: Array<{ start: number; end: number; entity: Entity; replacement: string }> = [];
  for (const r of RECOGNIZERS) {
    for (const m of text.matchAll(r.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      const match = m as unknown as RegExpExecArray;
      spans.push({ start, end, entity: { type: r.type, text: m[0].trim(), ...r.entity(match) }, replacement: r.replace(match) });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + s.replacement;
    last = s.end;
  }
  return { entities: spans.map((s) => s.entity), text: out + text.slice(last) };
}
