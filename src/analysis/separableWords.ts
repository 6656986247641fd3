/**
 * Verb–object words that speakers split (离合词): 开个户, 开不了户, 提个现, 付了一笔款,
 * 开个公司户, 封我号, 唔收得款 (Cantonese: can't receive). jieba then reads the parts (开 / 个
 * / 户), and the query never meets 开户 in an article's title or similar questions. Only
 * this domain's verb–object words are listed: their two halves apart (开, 户, 现) say next
 * to nothing on their own.
 */
const SEPARABLE = ['开户', '销户', '提现', '结汇', '换汇', '锁汇', '付款', '收款', '汇款', '打款', '退款', '转账', '对账', '刷脸', '报案', '报警', '封号'];

/**
 * What goes between the halves: an aspect or potential marker (了, 过, 完, 不了, 得了, 得),
 * then maybe the person it is done to (封了我的号, 退我款), then maybe a classifier (个, 笔,
 * 一个, 一笔), which may take a short modifier of the object (开个公司户, 付了一笔美金款) as
 * long as it is at most two characters.
 */
const MARKER = '(?:了|过|完|不了|不上|得了|不成|得)';
const PERSON = '(?:我们的|我的|我们|我|他的|他)';
const CLASSIFIER = '(?:一?[个笔][\\u4e00-\\u9fff]{0,2}?)';

/** An account's kind, said between 开 or 销 and 户 with no classifier (开公司户, 开对公户, 销个人户). */
const ACCOUNT_KIND = '[开销](?:公司|对公|个人|企业|外币|离岸|美元|美金)户';

const PATTERN = new RegExp(
  [...SEPARABLE.map((w) => `${w[0]}(?:${MARKER}?${PERSON}${CLASSIFIER}?|${MARKER}${CLASSIFIER}?|${CLASSIFIER})${w[1]}`), ACCOUNT_KIND].join('|'),
  'g',
);

/**
 * A directional complement with a potential marker (追得回来, 要不回来, 提不出来, 拿得回吗):
 * jieba cuts it into 追 / 得 / 回来, so "追得回来吗" never met 追回 (recall), which 追回来
 * yields. The verb and the first character of the direction make the whole word (追回, 要回,
 * 提出); potentialComplements.ts handles the one-character complements jieba keeps whole
 * (收不到).
 */
const DIRECTIONAL = /([\u4e00-\u9fff])[不得]([回出进])(?:来|去)?/g;

/**
 * The separable words of a Chinese run written apart, as the whole words (开个户 → 开户,
 * 追得回来 → 追回), in order of appearance. A word written whole is not listed:
 * segmentation finds it.
 */
export function separatedWords(han: string): string[] {
  const out: string[] = [];
  for (const m of han.matchAll(PATTERN)) out.push(m[0][0]! + m[0][m[0].length - 1]!);
  for (const m of han.matchAll(DIRECTIONAL)) out.push(m[1]! + m[2]!);
  return out;
}
