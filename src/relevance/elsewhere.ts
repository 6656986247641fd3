import type { Analyzer, QueryAnalysis } from '../analysis/analyzer.js';
import { normalize } from '../analysis/normalize.js';
import type { ElsewhereEntry } from '../content/loadConfig.js';
import type { CompiledArticle } from '../types.js';
import { perOurNames } from './ourNames.js';

/** A name as Elsewhere matches it; `kb build` stores them analysed (see Elsewhere.names). */
export interface ElsewhereName {
  /** As written in out-of-scope.yaml, normalised and lower-cased: what an article's own words are searched for. */
  text: string;
  /** Words of its kind (normalised like `text`) by which an article names it too: 银行 for 工行. */
  unless: string[];
  /** Its analysed terms: a query names it when it has them all. */
  terms: string[];
  /** Whether it doubts a hit only when it opens the query (a messaging app, also the channel customers talk to buyers on). */
  opening?: true;
}

/**
 * Institutions and products that are not ours (content/out-of-scope.yaml, `elsewhere`):
 * other banks, payment apps, shopping platforms, government offices. The near misses that
 * an agent would read out with confidence ask about one of them: 工行个人卡被司法冻结了 is a
 * bank's freeze, not ours; "paypal withdrawal limit per day" is PayPal's. A hit is "asked
 * about elsewhere" when the query names one that the hit's title, similar questions and
 * tags do not: an article written for that case ("提现到工行要多久") names it itself. Banks
 * are named by kind: an article that speaks of banks at all (提现到招行, 比中行牌价) is about
 * them, while 中国银行网点周六上班吗 finds only our service hours.
 */
export class Elsewhere {
  /** `names`: as analysed by `analyse` (an index file stores them so, and a start analyses none). */
  constructor(readonly names: readonly ElsewhereName[]) {}

  /** The entries of out-of-scope.yaml with their analysed terms. */
  static of(entries: readonly ElsewhereEntry[], analyzer: Analyzer): Elsewhere {
    return new Elsewhere(Elsewhere.analyse(entries, analyzer));
  }

  static analyse(entries: readonly ElsewhereEntry[], analyzer: Analyzer): ElsewhereName[] {
    return entries.flatMap((entry) => {
      const names = typeof entry === 'string' ? [entry] : entry.names;
      const kind = typeof entry !== 'string' && 'unless' in entry ? entry.unless.map(keyText) : [];
      const opening = typeof entry !== 'string' && 'opening' in entry;
      return names.flatMap((name): ElsewhereName[] => {
        const terms = analyzer.analyzeQuery(`${name} `).terms.filter((t) => t.kind !== 'synonym' && t.kind !== 'corrected').map((t) => t.term);
        return terms.length ? [{ text: keyText(name), unless: kind, terms, ...(opening && { opening: true as const }) }] : [];
      });
    });
  }

  /**
   * The names `analysis` holds (usually none, then every hit is 0 at no further cost). A name
   * of one Latin word is held as written, not through its stem: "another city" stems to the
   * "citi" of Citi, "chasing" to Chase, and made right answers unsure. A name of several Latin
   * words is held when a typed query says them near each other (saidTogether); a call's query,
   * merged from its turns, has no text, and its terms alone name it.
   */
  named(analysis: QueryAnalysis): readonly ElsewhereName[] {
    if (!this.names.length) return NONE;
    const terms = new Set<string>();
    for (const t of analysis.terms) terms.add(t.term);
    // Loops, not a filter with `every`: a closure per name (about 500) was a quarter of what a search allocated.
    let found: ElsewhereName[] | undefined;
    const text = analysis.normalized;
    for (const n of this.names) {
      if (!holdsAll(terms, n.terms)) continue;
      if (n.terms.length > 1 ? text === undefined || !SEVERAL_LATIN_WORDS.test(n.text) || saidTogether(text, n.text) : !LATIN_WORD.test(n.text) || typedAs(analysis, n.terms[0]!, n.text)) (found ??= []).push(n);
    }
    return found ?? NONE;
  }

  /**
   * 1 when `article`'s own key words leave out a name of `named`, else 0 (a signal of the
   * confidence); 2 when such a name opens `query` (the query as normalised, lower-cased), for
   * then it is what the query is about: "PayPal提现到国内银行卡要几天" asks about PayPal's
   * withdrawals, 微信刷脸认证失败 about WeChat's face check, 招行app收不到验证码 about a bank's app,
   * and each was a confident answer of ours, a perfect match on the rest outweighing one doubt.
   * Counted twice, such a doubt made 67 of the fixtures' out-of-scope queries not confident and
   * no right answer (README "Relevance"); the calibration was fitted on 0 and 1. A name that
   * counts only at the opening (a messaging app: ElsewhereEntry) is no doubt anywhere else.
   */
  static signal(named: readonly ElsewhereName[], article: CompiledArticle, query = ''): number {
    if (!named.length) return 0;
    const key = articleKeyText(article);
    let signal = 0;
    for (const n of named) {
      if (key.includes(n.text) || n.unless.some((w) => key.includes(w))) continue;
      if (query.startsWith(n.text)) return 2;
      if (!n.opening) signal = 1;
    }
    return signal;
  }
}

/** A name that is one word of Latin letters (Citi, Chase), as keyText writes it. */
const LATIN_WORD = /^[a-z]+$/;

/** A name of several words in Latin letters (reverse charge, bank of china), as keyText writes it. */
const SEVERAL_LATIN_WORDS = /^[a-z0-9'&.-]+(?:\s+[a-z0-9'&.-]+)+$/;

/** How many other words may stand among a several-word name's words ("exchange cash at your office", "line of credit"). */
const NAME_SPAN_SLACK = 4;

/**
 * True when `text` (a query as normalised) says the name's words near each other,
 * in any order, each perhaps inflected (charges, reversed): "my bank reversed the money back to
 * my account and they removed charges" has the terms of "reverse charge" (a VAT rule, elsewhere)
 * but is about a returned payment, whose right answer it left at confidence 0.03.
 */
function saidTogether(text: string, name: string): boolean {
  const words = latinWords(name);
  const found: Array<[position: number, word: number]> = [];
  // Lower-cased here, not in `named`: most searches name nothing and never get here.
  latinWords(text.toLowerCase()).forEach((token, position) => {
    words.forEach((word, i) => {
      if (token.startsWith(word) && INFLECTION.test(token.slice(word.length))) found.push([position, i]);
    });
  });
  // The narrowest run of positions holding every word of the name.
  const inRun = new Map<number, number>();
  for (let lo = 0, hi = 0; hi < found.length; hi++) {
    inRun.set(found[hi]![1], (inRun.get(found[hi]![1]) ?? 0) + 1);
    while (inRun.size === words.length) {
      if (found[hi]![0] - found[lo]![0] < words.length + NAME_SPAN_SLACK) return true;
      const w = found[lo++]![1];
      const left = inRun.get(w)! - 1;
      if (left) inRun.set(w, left);
      else inRun.delete(w);
    }
  }
  return false;
}

/** What may follow a name's word in the query: nothing or an English ending. */
const INFLECTION = /^(?:s|es|d|ed|ing)?$/;

/** The words of Latin letters and digits, apostrophes dropped (touch 'n go, touch n go). */
function latinWords(text: string): string[] {
  return text.replace(/['’]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
}

/** What `named` gives for a query that names nothing elsewhere (most queries): one shared empty list. */
const NONE: readonly ElsewhereName[] = Object.freeze([]);

/** True when `terms` holds every one of `wanted`. */
function holdsAll(terms: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const t of wanted) if (!terms.has(t)) return false;
  return true;
}

/** True when the query typed `term` as `word` (its first surface is the word as typed, lower-cased), not a speller's correction of another word (shei is no SHEIN). */
function typedAs(analysis: QueryAnalysis, term: string, word: string): boolean {
  return analysis.terms.some((t) => t.term === term && t.kind !== 'corrected' && t.surfaces[0]?.toLowerCase() === word);
}

function keyText(text: string): string {
  return normalize(text).toLowerCase();
}

/**
 * Each article's title, similar questions and tags as keyText writes them, made once per article
 * object: every query that names something elsewhere asks it of each hit shown, and the store keeps
 * the articles shown often as the same objects (articleStore.ts).
 */
const ARTICLE_KEY_TEXT = new WeakMap<CompiledArticle, string>();

function articleKeyText(article: CompiledArticle): string {
  let key = ARTICLE_KEY_TEXT.get(article);
  if (key === undefined) ARTICLE_KEY_TEXT.set(article, (key = keyText([article.title, ...article.questions, ...article.tags].join('\n'))));
  return key;
}

/**
 * Comparisons whose object follows them (比招行贵, 跟工行比, Cantonese 同招行比, 跟…差多少, 比…差一截,
 * "higher than HSBC", 能像支付宝那样秒到吗, 跟PayPal一样), in simplified script: the query is normalised. Not 比较, which is as
 * often "rather" (比较保险: rather safe) as "compare".
 */
const COMPARED_WITH = /(?:cheaper|better|faster|lower|higher) than|\bvs\b|\bversus\b|compared (?:to|with)|[跟和与同].{1,12}[比差]|比(?!较).{0,12}(?:贵|便宜|划算|高|低|快|慢|好|差)|像.{1,12}(?:那样|一样|那么)|[跟和同].{1,12}一样/i;
/** Words that compare: those above, and compare, 比较, 对比, 相比 wherever they stand. */
const COMPARING = new RegExp(`compar|比较|对比|相比|${COMPARED_WITH.source}`, 'i');
/** Words for us: the customer's "you" and our names (a pattern of ourNamesPattern, normalised as the query is). */
const usOf = perOurNames((ours) => new RegExp(String.raw`你们|您们|你家|${ours}|\b(?:you|your|u|ur)\b`, 'i'));

/**
 * A query that compares us with another company ("comparing you with Wise and Payoneer",
 * 你们的点差跟招行比哪个划算, 你们收款费率 比PayPal便宜吗) asks about us: the other company is the yardstick,
 * not the subject, and the elsewhere signal made such right answers unsure (5 of 82 read
 * comparisons in domain). One comparing two others (DHL和FedEx哪个便宜) names no "you".
 * Chinese often leaves the subject out (汇率怎么比中国银行的还低, 汇率比招行的贵): then the
 * query compares us when every name it holds (`named`, asked only when it compares) comes
 * after the comparing word (COMPARED_WITH); 招行的汇率比较低吗 names its subject before it.
 * `normalized`: the query as normalize() gives it (QueryAnalysis.normalized), so traditional
 * script (你們的匯率跟中國銀行比較) reads as simplified, as our names' pattern does.
 */
export function comparesWithUs(normalized: string, ourNames: string, named: () => readonly ElsewhereName[] = () => []): boolean {
  if (!COMPARING.test(normalized)) return false;
  if (usOf(ourNames).test(normalized)) return true;
  const comparing = COMPARED_WITH.exec(normalized);
  if (!comparing) return false;
  const names = named();
  // Lower-cased only: normalised again, the text could move away from where the comparison was found.
  const text = normalized.toLowerCase();
  return names.length > 0 && names.every((n) => text.indexOf(n.text) >= comparing.index);
}
