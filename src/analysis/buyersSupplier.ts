/**
 * The buyer's word for our customer. A buyer abroad who calls or writes about paying "my
 * Chinese supplier" means the account holder: from our side the money is incoming, and the
 * articles about it (returned, not arrived, which details to use) say "my buyer paid me",
 * never "supplier". Our customers' own "supplier" is someone they pay abroad (the payout
 * article's word), so in the buyer's mouth the word found that article: of the fixtures'
 * 4,137 calls with an answer, 40 had the payout article first and wrong, most of them a
 * buyer's call about a returned payment, a currency or the right bank details (27 since).
 * Within the buyer's frame the word is dropped, as "me" is in the customer's own words.
 *
 * The frame is English, told by where the supplier is (in China, Chinese, a Chinese city) or
 * by the caller saying they are the buyer or that they buy from our customer ("we buy silver plates
 * from your client"). Not by "your customer" alone: the supplier our customer pays says it too ("your
 * customer will pay us EUR"). A customer's "my supplier in Turkey" is
 * not the frame and keeps its word, and neither is a supplier in Hong Kong, whom our customers
 * pay. "supplier in Ningbo" joined "supplier in China" on 2026-12-07, the city dropped with the
 * supplier: call sets nobody read, right first 1,105 -> 1,110 of 1,225.
 */
const CHINESE_PLACE =
  '(?:chinese|china|mainland|shenzhen|guangzhou|yiwu|ningbo|shanghai|hangzhou|foshan|dongguan|xiamen|quanzhou|jinjiang|wenzhou|taizhou|suzhou|wuxi|' +
  'changzhou|nantong|qingdao|tianjin|beijing|dalian|shantou|chaozhou|zhongshan|jiangmen|huizhou|fuzhou|jinhua|yongkang|shaoxing|changsha|wuhan|' +
  'chengdu|chongqing|hefei|zhengzhou|xian|kunming|nanning)';
const SELLER = '(?:supplier|seller|factory|manufacturer|vendor)s?';
/** A company or factory in China, perhaps after a smaller place ("a phosphate company in Jingmen China"). */
const COMPANY_IN_CHINA = `(?:company|factory)\\s+(?:in|from)\\s+(?:\\w+\\s+)?${CHINESE_PLACE}`;
const BUYERS_FRAME = new RegExp(
  [
    `\\b${CHINESE_PLACE}\\s+${SELLER}\\b`,
    `\\b${SELLER}\\s+(?:is\\s+|are\\s+)?(?:in|from|based\\s+in)\\s+${CHINESE_PLACE}\\b`,
    `\\bi(?:'m|\\s+am)\\s+(?:the|a|his|her|their)\\s+buyer\\b`,
    // "we buy silver plates from your client", "I am buying from Chinese company": the writer buys from our customer.
    `\\b(?:we|i)(?:'m|'ve)?\\s+(?:(?:have|had|am|are|was|were)\\s+)?(?:buy(?:ing)?|bought|purchas(?:e[ds]?|ing)|order(?:ed|ing)?|import(?:ed|ing)?)\\b[^.?!]{0,60}?\\bfrom\\s+(?:your\\s+(?:client|customer)s?|(?:an?\\s+)?(?:${CHINESE_PLACE}\\s+)?${COMPANY_IN_CHINA}|(?:an?\\s+)?${CHINESE_PLACE}\\s+(?:company|factory)|${CHINESE_PLACE})\\b`,
    // "I paid forty five thousand dollars to a phosphate company in Jingmen China": paid to a company in China.
    `\\b(?:we|i)\\s+(?:have\\s+)?(?:paid|pay|sent|send|transferred|wired)\\b[^.?!]{0,60}?\\bto\\s+(?:an?\\s+|the\\s+|my\\s+|our\\s+)?(?:\\w+\\s+){0,2}${COMPANY_IN_CHINA}\\b`,
  ].join('|'),
  'i',
);

/**
 * The supplier, with its determiner and where it is ("Chinese", "in Ningbo"): what the frame
 * drops. The place only says whose supplier it is, and a city matched what an article names it
 * for ("login alert says Singapore but I'm in Ningbo").
 */
const SUPPLIER = new RegExp(
  `\\b(?:(?:my|our|the|his|her|their|your)\\s+)?(?:${CHINESE_PLACE}\\s+)?suppliers?\\b(?:\\s+(?:is\\s+|are\\s+)?(?:in|from|based\\s+in)\\s+${CHINESE_PLACE}\\b)?`,
  'gi',
);

/** Whether `text` speaks as the buyer of one of our customers (see above). */
export function inBuyersFrame(text: string): boolean {
  return BUYERS_FRAME.test(text);
}

/** `text` without its suppliers, when `framed` (the text, or the call it is part of, is in the buyer's frame). */
export function withoutBuyersSupplier(text: string, framed = inBuyersFrame(text)): string {
  return framed ? text.replace(SUPPLIER, ' ') : text;
}
