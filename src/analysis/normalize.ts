import * as OpenCC from 'opencc-js/t2cn';
import { cantoneseToMandarin } from './cantonese.js';
import { speechHomophonesToWords } from './speechHomophones.js';
import { everydaySenses } from './wordSenses.js';
import { extraZeroAsOnePhrase } from './extraZero.js';
import { regionalToMandarin } from './regionalMandarin.js';
import { joinWordSpacedChinese } from './wordSpacedSpeech.js';

/**
 * Traditional → Simplified with Taiwan phrase conversion ("twp"): 軟體 → 软件, 登入 → 登录,
 * 網路 → 网络. Measured: the plain "t"/"tw"/"hk" tables leave those phrases unconverted.
 */
const toSimplifiedPhrases = OpenCC.Converter({ from: 'twp', to: 'cn' });

/**
 * Words the Taiwan phrase table turns into computing or Taiwan-only terms, although their
 * characters, simplified one by one, are the everyday Mainland word this domain uses:
 * 資料 (documents) became 数据 (data), 匯入 / 匯出 (remitted in / out) 导入 / 导出 (import,
 * export), 查詢 查找, 即時 (instant) 实时, 指標 指针. A Hong Kong customer's 補資料 then
 * missed 补资料. Written Simplified, the same words are left alone.
 */
const KEPT_WORDS: Record<string, string> = {
  資料: '资料',
  匯入: '汇入',
  匯出: '汇出',
  查詢: '查询',
  即時: '即时',
  指標: '指标',
  // Country names whose Taiwan short form the table lengthens, also inside the Mainland name
  // written the same: 尼日 (Niger) → 尼日尔, so 尼日利亚 became 尼日尔利亚 and a Nigerian buyer
  // a Nigerien one; 厄瓜多尔 became 厄瓜多尔尔, 塔吉克斯坦 塔吉克斯坦斯坦.
  尼日利亚: '尼日利亚',
  尼日利亞: '尼日利亚',
  尼日尔: '尼日尔',
  尼日爾: '尼日尔',
  厄瓜多尔: '厄瓜多尔',
  厄瓜多爾: '厄瓜多尔',
  塔吉克斯坦: '塔吉克斯坦',
};

/**
 * The colloquial question particle 么 (= 吗: 可以开通么, 到账了么) is a Simplified character
 * that OpenCC's Taiwan table reads as the Traditional variant of 幺 (tiny) wherever no
 * phrase holds it (什么, 怎么 do): the stop word became the content word 幺. Traditional
 * writes the particle 麼 (converted as before), so the text is converted around each 么,
 * and around the words above.
 */
const KEPT = new RegExp(`(么|${Object.keys(KEPT_WORDS).join('|')})`);

function toSimplified(text: string): string {
  if (!KEPT.test(text)) return toSimplifiedPhrases(text);
  return text
    .split(KEPT)
    .map((part, i) => (i % 2 ? (KEPT_WORDS[part] ?? part) : toSimplifiedPhrases(part)))
    .join('');
}

/**
 * Any code unit from U+2E80 (CJK radicals) up. Every phrase OpenCC converts holds such a
 * character (test/analysis/normalize.test.ts checks its dictionaries), and so does every
 * VARIANTS pattern: a text without one (an English article) is left as is by both, and
 * skipping them saves OpenCC's walk over every character.
 */
export const HAN_RANGE = /[^\u0000-\u2E7F]/;

/**
 * Variant characters that OpenCC keeps but simplified-Chinese customers write otherwise:
 * OpenCC maps 帳 to 帐, while 到账 / 账户 / 账号 are the standard forms in this domain.
 * 登陆 (to land ashore) is how customers commonly misspell 登录 (to log in); it never
 * means landing in a payments question, and as a typo it reached 登录 only through the
 * speller, at a corrected word's lower weight.
 */
const VARIANTS: Array<[RegExp, string]> = [
  [/帐/g, '账'],
  // 甚麼 (Hong Kong and Taiwan's 什麼) converts to 甚么, a form no stop word list knew:
  // 開戶需要甚麼資料 held an unknown word and was a right answer marked not confident.
  [/甚么/g, '什么'],
  // 覆核 is the Traditional-leaning spelling of 复核 (review) that OpenCC keeps; 啥时候, chat's
  // 什么时候, was one unknown word where 什么时候 gives 时候.
  [/覆核/g, '复核'],
  [/啥时候/g, '什么时候'],
  [/身分证/g, '身份证'],
  [/登陆/g, '登录'],
  // Place names the Taiwan phrase table leaves in their Taiwan and Hong Kong forms (it
  // converts 紐西蘭, 義大利, 寮國, 沙烏地阿拉伯): North and South Korea, Dubai.
  [/北韩/g, '朝鲜'],
  [/南韩/g, '韩国'],
  [/杜拜/g, '迪拜'],
  // Taiwan's 駭 (被駭, 駭客) is the mainland's 盗 and 黑 (被盗, 黑客): 我是不是被駭了 had no word the content has.
  [/被骇/g, '被盗'],
  [/骇客/g, '黑客'],
  // 提到 before a bank or a card is a withdrawal to it (提到招行要多久, 提到卡里), not "mentioned"
  // (提到的银行卡, 提到这个银行; 服装行业, 行情 and 行李 are no bank; 提到国内 is a synonym of 提现 as it is).
  [/提到(?=(?:(?![的了过这那])[\u4e00-\u9fff]){1,4}?(?:银行|行)(?![业情李])|银行|卡)/g, '提现到'],
  // 没过 after a review is 没通过, failed (认证没过, 审核又没过, kyc没过): jieba cut it into 没 and 过, a
  // stop word, and 个体户认证没过 found the sole-proprietor article. Not 还没过 (still pending).
  // So is 没给过 (审核没给过, "they didn't let it pass").
  [/(?<=(?:认证|审核|审批|开户|验证|刷脸|人脸|kyc|KYC)(?:又|都|也)?)没给?过(?![期年月天多几])/g, '没通过'],
  // Not letting it pass (你们凭啥不给过, 就是不让过): 不通过, a rejection; not 不给过户 (a transfer of title).
  [/不(?:给|让)(?:我们?|你们?)?过(?![户期年月来去])/g, '不通过'],
  // Documents sent back after a review were rejected (认證被退回了, 资料又给打回来了): 被退回 and 打回
  // are also a returned payment's words (a synonym group), and the first found that article.
  [/(?<=(?:认证|审核|审批|开户|资料|材料|证件|kyc|KYC)(?:申请|资料|材料)?(?:又|都|也)?[被给]?)(?:退回|打回)/g, '驳回'],
  // 开户行不行 asks whether one may open an account (开户 + 行不行), not about a bank of account (开户行,
  // a word jieba takes first: 拿香港公司开户行不行 found the failed withdrawal's 开户行); so do 收款行不行 and
  // 开户行不 closing a clause, and 不交行不行 (may I not hand them in), which named the Bank of Communications (交行).
  [/(开户|收款|付款|汇款|(?<=[不没先再])交)行(?=不行|不\s*(?:$|[,，。?？!！]))/g, '$1 行'],
  // 就当交学费了 (call it tuition paid: a costly lesson) pays no school: 学费 is a product of
  // somebody else's (out-of-scope.yaml), and 被扣的手续费能要回来吗 还是就当交学费了 was left not confident.
  [/(?:就|只能|只好)?(?:当|算)(?:是|作|做|我)?交(?:了)?学费/g, ' '],
];

/** What may not follow "cut" for it to be money deducted: a time (cut-off), a line (cut out), a name cut short. */
const NOT_CUT_OFF = String.raw`(?![\s-]*(?:off|out|short|the (?:beneficiary |company |account )?name))`;

/**
 * Chat shorthand customers type in English ("acct frozen", "pwd reset", "pmt not rcvd"):
 * articles spell the words out, and the speller, which looks for a word of similar length,
 * cannot guess them.
 */
const SHORTHAND: Array<[RegExp, string]> = [
  [/\b(?:acct|acc't|acc|a\/c)(s?)\b/gi, 'account$1'],
  [/\b(?:pwd|passwd|pw)\b/gi, 'password'],
  [/\b(?:txn|trx)(s?)\b/gi, 'transaction$1'],
  [/\b(?:pymt|pmt)(s?)\b/gi, 'payment$1'],
  [/\bamt\b/gi, 'amount'],
  // Agents' and buyers' shorthand for the customer ("cust wants a refund"): the speller read it as cut (cut-off times) or cost.
  [/\bcust(s?)\b/gi, 'customer$1'],
  [/\b(?:rcvd|recd|rcv'd)\b/gi, 'received'],
  [/\brcv\b/gi, 'receive'],
  [/\bb4\b/gi, 'before'],
  [/\b(?:tmr|tmrw|tmrow)\b/gi, 'tomorrow'],
  [/\babt\b/gi, 'about'],
  // Money cut from a payment is money deducted (who cut 30 dollars, what's your cut): the fee
  // articles say deducted; the cut-off is a time, and a name can be cut short.
  [new RegExp(String.raw`\bcutting\b${NOT_CUT_OFF}`, 'gi'), 'deducting'],
  [new RegExp(String.raw`\bcut(s?)\b${NOT_CUT_OFF}`, 'gi'), 'deduct$1'],
  [/\bmsg(s?)\b/gi, 'message$1'],
  // A bank transfer in the words European buyers use for it in their English ("we did the
  // bonifico", "the transference", "overboeking is done", "we sended the przelew"): no article
  // has them, and the buyer's missing payment led nowhere (blind72).
  [/(?<![a-z])(?:bonifico|transferencia|transference|overboeking|przelew|[üu]e?berweisung|virement)s?(?![a-z])/gi, 'transfer'],
];

/**
 * Pinyin initials agents and customers type among Chinese words (kh 付款 户名不符, yyzz 过期了,
 * gth能开吗, zjh扣了15刀: two sets written blind apart): each was an unknown Latin word, and the query lost its subject. Only in a text
 * with Chinese characters, where no English word is meant; and only initials of one reading in
 * payments (dz is 到账 and also 地址: left as it is). tx is also "transaction", but among
 * Chinese words every one of the fixtures' fifteen was 提现 (tx到yhk多久, tx被退了, blind204);
 * wx and zfb are the apps, named elsewhere (wx零钱提现).
 */
const PINYIN_INITIALS: Record<string, string> = {
  kh: '客户',
  yyzz: '营业执照',
  gth: '个体户',
  sxf: '手续费',
  sfz: '身份证',
  yhk: '银行卡',
  zjh: '中间行',
  tx: '提现',
  wx: '微信',
  zfb: '支付宝',
};
const PINYIN_INITIAL = new RegExp(`\\b(?:${Object.keys(PINYIN_INITIALS).join('|')})\\b`, 'gi');

/**
 * Word maps over Chinese text, in the order they apply: written Cantonese, then regional words,
 * then speech-to-text homophones, each reading the Mandarin the one before made; then everyday
 * senses of names elsewhere, and an extra zero typed in an amount as one phrase.
 */
const CHINESE_WORD_MAPS: ReadonlyArray<(text: string) => string> = [
  cantoneseToMandarin,
  regionalToMandarin,
  speechHomophonesToWords,
  everydaySenses,
  extraZeroAsOnePhrase,
];

/**
 * The normalisation shared by indexing and querying: NFKC (full-width → half-width,
 * compatibility forms), accents dropped from Latin letters, Traditional → Simplified, variant folding, written Cantonese and regional words → Mandarin, speech-to-text homophones the speller cannot see, everyday senses of words named elsewhere (比较保险: rather safe), and thousands
 * separators dropped from numbers so "10,000" and "10000" are one token. Case is kept:
 * English analysis needs it to tell the code OUR from the word "our".
 */
export function normalize(text: string): string {
  // 匯 is a remittance here: the Taiwan phrase table would turn 匯出 / 匯入 (send / receive
  // money) into 导出 / 导入 (export / import data).
  let s = foldDiacritics(text.normalize('NFKC'));
  if (HAN_RANGE.test(s)) {
    s = toSimplified(s.replace(/匯/g, '汇'));
    for (const [re, to] of VARIANTS) s = s.replace(re, to);
    s = joinWordSpacedChinese(s);
    for (const toMandarinWords of CHINESE_WORD_MAPS) s = toMandarinWords(s);
    s = s.replace(PINYIN_INITIAL, (initials) => PINYIN_INITIALS[initials.toLowerCase()]!);
  }
  for (const [re, to] of SHORTHAND) s = s.replace(re, to);
  return dotThousands(spaceThousands(s.replace(FIGURE_THEN_CODE, '$1 $2').replace(CODE_THEN_FIGURE, '$1 $2')))
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    // "MT 103", "mt-103" and speech-to-text's "m t 103" are the same message type as MT103.
    .replace(/\b(m) ?(t)[\s-]*(103|202)\b/gi, '$1$2$3')
    .replace(SPELLED, joinSpelled)
    .replace(LIMITED_COMPANY, '$1')
    .replace(NAMED_LIMITED, '$1');
}

/** Latin letters with a diacritic, or one of the letters of LETTERS_WITHOUT_MARKS (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional). */
const ACCENTED_LETTERS = String.raw`\u00C0-\u024F\u1E00-\u1EFF`;
const ACCENTED = new RegExp(`[${ACCENTED_LETTERS}]`);
const ACCENTED_RUN = new RegExp(`[${ACCENTED_LETTERS}]+`, 'g');
/** Letters that are no letter plus a mark, so NFD leaves them as they are. */
const LETTERS_WITHOUT_MARKS: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i' };
const WITHOUT_MARKS = new RegExp(`[${Object.keys(LETTERS_WITHOUT_MARKS).join('')}]`, 'g');

/**
 * Latin letters without their accents (día → dia, atención → atencion, Überweisung →
 * Uberweisung, pinyin's lǚ → lu): Latin words are runs of a–z (scriptRuns.ts), so an accented
 * letter cut a buyer's Spanish or Portuguese word in two ("aéreo" was a and reo, "día" d
 * and a), and the pieces reached the speller as words of their own. Chinese, Japanese and
 * Korean text is left exactly as it was (it has no such letters, and is not decomposed).
 */
export function foldDiacritics(text: string): string {
  if (!ACCENTED.test(text)) return text;
  return text
    .replace(ACCENTED_RUN, (letters) => letters.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .replace(WITHOUT_MARKS, (letter) => LETTERS_WITHOUT_MARKS[letter]!);
}

/**
 * Currency codes typed onto their figure ("short 30usd", "received 9975USD", "usd30", "10kusd"):
 * as one word they were a code no article has, which took the query's weight (9975usd found
 * the receiving fees, not confident; 9975 usd the deduction, confident). Apart, they are a
 * figure and the currency, as when typed with a space.
 */
const GLUED_CODES = 'usd|eur|gbp|hkd|cny|rmb|jpy|aud|cad|sgd|chf|nzd|aed|sar|inr|myr|thb|php|idr|vnd|krw|brl|mxn|zar|ngn|kes';
const FIGURE_THEN_CODE = new RegExp(String.raw`(\d[km]?)(${GLUED_CODES})\b`, 'gi');
const CODE_THEN_FIGURE = new RegExp(String.raw`\b(${GLUED_CODES})(\d)`, 'gi');

/** Cents after a decimal comma (8 400,00; 8.400,00): they go with a grouping of thousands, and are dropped with it. */
const CENTS = ',\\d{2}';

/** A figure without its thousands separators and its cents: 8 400,00 → 8400. */
function ungrouped(figure: string, separator: RegExp): string {
  return figure.replace(/,\d\d$/, '').replace(separator, '');
}

/**
 * A figure grouped by dots (8.000, 1.250.000): thousands in Latin America, Europe and Turkey, or a
 * decimal; with the cents after a decimal comma (8.400,00), which go with the grouping.
 */
const DOT_GROUPS = String.raw`\d{1,3}(?:\.\d{3})+`;
const DOTTED = String.raw`${DOT_GROUPS}(?:${CENTS})?\b(?![.,]\d)`;
const DOT_GROUPED = new RegExp(String.raw`\b${DOTTED}`, 'g');
const CURRENCY = String.raw`(?:usd|eur|gbp|brl|mxn|try|ars|clp|cop|pen|idr|dollars?|euros?|reais|pesos|liras?|美金|美元|刀|欧元)`;
/**
 * Dots that group thousands for sure: a dot-grouped figure beside a currency a buyer pays in
 * ("8.000 USD", "USD 8.000", "$8.000"; not yuan, where 7.125 is an exchange rate), with two
 * dots (1.250.000), or with cents after a decimal comma (8.400,00: "we sent USD 8 400,00 ... only
 * 8 362 arrive" was read as 8, 400,00 and 8 362, and the shortfall went unseen).
 */
const DOTS_ARE_THOUSANDS = new RegExp(
  String.raw`\b${DOTTED}\s?${CURRENCY}|(?:\b${CURRENCY}|[$€£])\s?${DOTTED}|\b\d{1,3}(?:\.\d{3}){2,}\b|\b${DOT_GROUPS}${CENTS}\b`,
  'i',
);

/**
 * "I send you 8.000 usd ... your factory say receive 7.975": buyers who group thousands with
 * dots wrote amounts the shortfall (shortfall.ts) read as 8 and 7.975. Once one figure of a
 * text is surely so grouped, every dot-grouped figure of it is read as thousands.
 */
function dotThousands(s: string): string {
  return DOTS_ARE_THOUSANDS.test(s) ? s.replace(DOT_GROUPED, (figure) => ungrouped(figure, /\./g)) : s;
}

/** A figure grouped by spaces (27 000, 1 250 000): thousands in Russia, France and much of Europe and Africa; with the cents after a decimal comma (8 400,00). */
const SPACE_GROUPS = String.raw`(?<![\d.,])\d{1,3}(?: \d{3})+`;
const SPACED = String.raw`${SPACE_GROUPS}(?:${CENTS})?\b(?![.,]\d)`;
const SPACE_GROUPED = new RegExp(SPACED, 'g');
/** Spaces that group thousands for sure: a space-grouped figure beside a currency (27 000 USD, USD 8 400, $ 9 975), or with cents after a decimal comma (8 400,00). */
const SPACES_ARE_THOUSANDS = new RegExp(String.raw`${SPACED}\s?${CURRENCY}(?![a-z])|(?:(?<![a-z])${CURRENCY}|[$€£])\s?${SPACED}|${SPACE_GROUPS}${CENTS}\b`, 'i');

/**
 * "We want to pay 27 000 USD", "sent 10 000, only 9 975 arrived": read as 27 and 000, the
 * figures were two unknown words and no shortfall. Once one figure of a text is surely so
 * grouped, every space-grouped figure of it is read as thousands (as dotThousands does).
 */
function spaceThousands(s: string): string {
  return SPACES_ARE_THOUSANDS.test(s) ? s.replace(SPACE_GROUPED, (figure) => ungrouped(figure, / /g)) : s;
}

/**
 * "Limited" naming a kind of company ("HK limited company", "Foshan Hongda Co., Limited"),
 * which stems to limit: "I have a HK limited company, can we open with you" found the
 * withdrawal limits. It goes; the company stays.
 */
const LIMITED_COMPANY = /\blimited\s+(?=compan(?:y|ies)\b)|\b((?:co|company|corp|hk|\(hk\))\.?),?\s+limited\b/gi;

/**
 * "Limited" closing a company's name: after a capitalised word ("Crescent Link Trading
 * Limited"), or, as speech-to-text writes names in lower case, after a word companies name
 * their trade with ("crescent link trading limited"). A Pakistani director's call about a
 * rejected application was read as one about withdrawal limits.
 */
const NAMED_LIMITED = /\b([A-Z][a-z]+|trading|trade|industrial|industries|industry|international|technology|technologies|tech|holdings?|group|enterprises?|imports?|exports?|electronics?|manufacturing|textiles?|garments?|logistics|suppl(?:y|ies)|products|hardware|machinery|apparel|jewel(?:le)?ry|accessories|furniture|lighting|commerce|commercial|development|investments?|ventures?|services|solutions|global|shipping),?\s+[Ll]imited\b/g;

/**
 * Three or more capitals spelled out one by one ("U E T R", "S H A", "K Y C"), or four or more
 * lower-case letters ("u e t r"; three are chat, as in "r u a robot"), or the three charge
 * codes in lower case ("pay with o u r", "they put s h a": a Brazilian buyer's call found the
 * deduction article, not the charge codes): how a call's speech-to-text writes an acronym the
 * caller reads off a bank slip. As letters they were no word at all, and the call about a
 * UETR found nothing by it.
 */
const CHARGE_CODES_SPELLED = ['o u r', 's h a', 'b e n'];
const SPELLED = new RegExp(String.raw`\b[A-Z](?: [A-Z]){2,}\b|\b[a-z](?: [a-z]){3,}\b|\b(?:${CHARGE_CODES_SPELLED.join('|')})\b`, 'g');

/** Spelled letters as one word; a charge code in capitals ("our" is a stop word, OUR the code). */
function joinSpelled(letters: string): string {
  const joined = letters.replace(/ /g, '');
  return CHARGE_CODES_SPELLED.includes(letters) ? joined.toUpperCase() : joined;
}
