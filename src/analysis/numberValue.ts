/**
 * The value of a figure as people write it in a query or say it on a call: digits with
 * thousands commas, a unit (万, k) or Chinese numerals.
 */

/** "10,000" → 10000, "5万" → 50000, "2.5k" → 2500, "一万二" → 12000; undefined when not a plain number. */
export function amountValue(text: string): number | undefined {
  const t = text.replace(/[\s,]/g, '');
  const m = /^(\d+(?:\.\d+)?)(万|w|千|k)?$/i.exec(t);
  if (m) return Number(m[1]) * ({ 万: 10_000, w: 10_000, 千: 1_000, k: 1_000 }[(m[2] ?? '').toLowerCase()] ?? 1);
  return chineseNumber(t);
}

/**
 * English number words that say an amount, as a call's speech-to-text writes it ("three
 * thousand eight hundred", "thirty-eight thousand"): figures, not topics, as Chinese
 * numerals are. Not one to ten: "paid 3 invoices in one transfer", "two accounts" count
 * things the question is about.
 */
const ENGLISH_NUMBER_WORDS = new Set(
  `eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
   twenty thirty forty fifty sixty seventy eighty ninety
   hundred hundreds thousand thousands million millions billion grand`.split(/\s+/),
);

/** True for an English number word (lower case, as written: "thousand", not its stem). */
export function isEnglishNumberWord(word: string): boolean {
  return ENGLISH_NUMBER_WORDS.has(word);
}

/** Chinese numerals: 一万二千 → 12000, 三百五 → 350; undefined for other characters. */
export function chineseNumber(t: string): number | undefined {
  const digit: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
  let total = 0;
  let section = 0;
  let current = 0;
  let lastUnit = 1;
  for (const ch of t) {
    if (ch in digit) current = digit[ch]!;
    else if (ch === '万') {
      total += (section + current) * 10000;
      section = 0;
      current = 0;
      lastUnit = 10000;
    } else if (ch in unit) {
      section += (current || 1) * unit[ch]!;
      lastUnit = unit[ch]!;
      current = 0;
    } else return undefined;
  }
  // "一万二" means 12000: a trailing digit counts in the unit below the last one.
  if (current && lastUnit >= 10) current *= lastUnit / 10;
  return total + section + current || undefined;
}

/**
 * Every figure written in `text`, in digits (8,400, 1.2万, 12.5k) or Chinese numerals with a
 * unit (两万, 一万二千). Read from the text, not from words: jieba cuts 两万美金 into 两 / 万美金.
 * A comma groups thousands (8,400; lakhs too: 1,50,000) only between groups of their size: a
 * query's full-width comma becomes one when normalised, and "只有8570，30块…" was one figure,
 * 857030, which hid its shortfall (blind141).
 */
export function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.replace(REFERENCE, ' ').matchAll(FIGURE)) {
    const value = amountValue(m[0]);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/**
 * A reference, not an amount: letters, a hyphen or #, digits, and more of them after slashes
 * (INV-2201/2207/2210, PO#3318, TT-0925). Three invoice numbers a few apart read as an amount
 * sent and two that arrived: "one lump sum covers INV-2201/2207/2210" was a short payment.
 * Letters glued to digits stay figures: USD10000.
 */
const REFERENCE = /[A-Za-z]+[-#]\d+(?:\/\d+)*/g;

const FIGURE = /(?:(?<!\d)(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})(?!\d)|\d+)(?:\.\d+)?(?:\s*(?:万|千|[kw](?![a-z])))?|[一二两三四五六七八九十][零一二两三四五六七八九十百千万]*[十百千万][零一二两三四五六七八九]?/gi;
