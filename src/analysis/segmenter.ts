import { Jieba } from '@node-rs/jieba';
import { isHanWord } from './hanCharacters.js';
import { prunedFile, readJiebaDictionary } from './jiebaDictionary.js';
import { readWhole } from '../shared/readWhole.js';

/** The pruned dictionary (see jiebaDictionary.ts), read once when first needed. */
let dict: Buffer | undefined;
function bundledDict(): Buffer {
  return (dict ??= readJiebaDictionary());
}

/**
 * Starts reading the dictionary (2 MB) in the background (see readWhole), for a process
 * that makes its first Segmenter a little later (a server's start); settles once the read
 * has ended, read or not. A Segmenter made then finds the bytes read, their pages filled
 * off its thread. Read as readJiebaDictionary would (the compiled file); without one, the
 * Segmenter reads and prunes jieba's own as before.
 */
export async function readDictionaryAhead(): Promise<void> {
  if (dict) return;
  try {
    dict ??= await readWhole(prunedFile());
  } catch {
    // No compiled dictionary, or no jieba one: the Segmenter reads (and says) so.
  }
}

/**
 * Frequency given to user-dictionary words. High enough that jieba keeps 中转行 whole
 * instead of 中 / 转行, low enough that a word does not swallow its neighbours
 * (收到账单 must stay 收到 / 账单, not 收 / 到账 / 单).
 */
const USER_WORD_FREQ = 2000;

/**
 * Everyday payments words that jieba's bundled dictionary, older than them, splits into
 * single characters (微信 → 微 / 信, 解绑 → 解 / 绑): kept whole for every knowledge base,
 * as a content's own user words are. The second line is how exporters talk about
 * cross-border payments: 打款 (send money), 月结单 (monthly statement, else 月 / 结 / 单),
 * 美刀 (US dollars), the banks of a wire (收款行, 汇款行, 付款行), 付汇 (paying out
 * foreign currency), 汇损 (FX or fee loss), 改绑 (re-bind a phone), 年审 (annual review).
 * The third, the rest of an exporter's trade that we do not answer (询盘 inquiries, 货代
 * forwarders, 清关 customs clearance, 选品, 独立站, 国际站): cut into characters, 询盘 was
 * 询 / 盘, characters the content has, so a question about it looked half understood.
 * The fourth, names of out-of-scope.yaml's `elsewhere` that jieba cut into particles or
 * parts, so they named nothing or too much: 滴滴 was 滴 / 滴 (a particle, as in 好滴), 中通
 * was 中 / 通 and named any query with 通 in it (速卖通, 通帐), 个税 any with 税.
 */
const PAYMENTS_WORDS = ['微信', '网银', '扫码', '绑卡', '解绑', '提额', '网贷',
  '打款', '打钱', '月结单', '美刀', '收款行', '汇款行', '付款行', '付汇', '汇损', '改绑', '年审',
  '询盘', '货代', '清关', '跟单', '选品', '独立站', '国际站', '报关行',
  '滴滴', '中通', '个税', '钉钉', '饿了么', '过路费'];

/**
 * Loading jieba's dictionary takes ~60 ms, so instances are shared by word list: a
 * rebuild that changes no dictionary word (most edits) swaps in without reloading.
 */
const instances = new Map<string, Jieba>();

/**
 * A jieba instance with its bundled dictionary plus the knowledge base's own words. One per
 * loaded knowledge base: jieba can add words but not remove them, and index and query
 * must segment with exactly the same dictionary.
 */
export class Segmenter {
  private readonly jieba: Jieba;

  constructor(userWords: readonly string[]) {
    const words = [...new Set([...PAYMENTS_WORDS, ...userWords])].filter((w) => isHanWord(w, 12));
    const key = words.join('\n');
    let jieba = instances.get(key);
    if (!jieba) {
      jieba = Jieba.withDict(bundledDict());
      if (words.length) jieba.loadDict(Buffer.from(words.map((w) => `${w} ${USER_WORD_FREQ}`).join('\n')));
      // Keep the two most recent: a server holds at most the old and the new index at once.
      if (instances.size >= 2) instances.delete(instances.keys().next().value!);
      instances.set(key, jieba);
    }
    this.jieba = jieba;
  }

  /** Search mode: every dictionary word inside a long word too (营业执照 → 营业, 执照, 营业执照). */
  searchWords(han: string): string[] {
    return notReceived(this.jieba.cutForSearch(han, false));
  }

  /** Positional segmentation: words in order, without overlaps. */
  words(han: string): string[] {
    return notReceived(this.jieba.cut(han, false));
  }
}

/**
 * jieba reads 没收到 ("not received", the commonest complaint in payments) as 没收
 * ("confiscate") / 到 wherever 收到 does not take a following character (钱还没收到,
 * 没收到验证码), so the query never meets 收到 or 到账. Confiscating is never followed
 * by 到, so 没收 / 到… is split as 没 / 收到 / ….
 */
function notReceived(words: string[]): string[] {
  for (let i = words.indexOf('没收'); i >= 0 && i + 1 < words.length; i = words.indexOf('没收', i + 1)) {
    const next = words[i + 1]!;
    if (next.startsWith('到')) words.splice(i, 2, '没', '收到', ...(next.length > 1 ? [next.slice(1)] : []));
  }
  return words;
}
