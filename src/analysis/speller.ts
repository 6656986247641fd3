import { pinyin } from 'pinyin-pro';
import { EnglishDictionary } from './englishDictionary.js';
import { ForeignWords } from './foreignWords.js';
import { NearestWords } from './nearestWords.js';
import { SortedWords } from './sortedWords.js';

/** The content's own words, collected at build time and stored with the index. */
export interface Vocabulary {
  /** English words as written in the content, lowercase, not stemmed. */
  latin: string[];
  /**
   * Their stems, unique, sorted: stored by the build, so a start does not stem the whole
   * vocabulary (60,000 words at 20,000 articles). Absent from files built before: stemmed then.
   */
  latinStems?: string[];
  /** Chinese words of 2–4 characters with their toneless pinyin, e.g. ["提现", "tixian"]. */
  han: Array<[word: string, pinyin: string]>;
}

/** A toneless pinyin syllable (a few impossible ones too, such as "bong": none is an English word a query needs). */
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v)$/;

/**
 * Words that are all pinyin syllables, three or more: a sentence typed in pinyin a syllable at
 * a time ("ti xian shou xu fei duo shao", as a customer whose input method is switched off
 * writes it), not English.
 */
export function isSyllablePinyin(words: readonly string[]): boolean {
  return words.length >= 3 && words.every(isPinyinSyllable);
}

/** Whether `word` (lower case) is one toneless pinyin syllable: shao, shei, bian. */
export function isPinyinSyllable(word: string): boolean {
  return PINYIN_SYLLABLE.test(word);
}

/** Typed pinyin read with its ü: keyboards have none and type v (huilv is 汇率, huilü). */
export function typedPinyin(latin: string): string {
  return latin.replace(/v/g, 'ü');
}

/** Toneless pinyin of each character of a Chinese run (context-aware for polyphones). */
export function pinyinSyllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array' });
}

/** Words looked up one at a time. */
export interface WordSet {
  has(word: string): boolean;
  /** Whether a word it has is a name (a country, a month) rather than a common word. */
  isName?(word: string): boolean;
}

export interface Correction {
  /** What the user wrote. */
  typo: string;
  /** The content word it most likely meant. */
  word: string;
}

/**
 * Spelling correction against the knowledge base's own vocabulary, for words the index
 * does not know. English: the content words within one edit (two for long words),
 * transpositions included ("recieved" → received), unless the word is a real English
 * word (visa is not a typo of via: the user asks about something the content lacks). Chinese typos are mostly homophones
 * picked by mistake in a pinyin input method (体现 → 提现, 个题户 → 个体户, 凭正 → 凭证), so a
 * stretch of 2–4 characters that is not a content word is matched to content words with
 * the same pinyin that differ from it by one character (two in a 4-character word).
 */
export class Speller {
  /** The content's English words, searched by edit distance without a scan, and looked up. */
  private readonly nearestLatin: NearestWords;
  /** Corrections already computed: transcripts repeat the same unknown words. */
  private readonly memo = new Map<string, string[]>();
  private readonly knownStems: SortedWords;
  private readonly hanWords: SortedWords;
  private readonly hanByPinyin = new Map<string, string[]>();

  /** `english`: real English words, never corrected (the `word-list` package's by default); `foreign`: other languages' words, never corrected either. */
  constructor(
    vocabulary: Vocabulary,
    private readonly stem: (word: string) => string,
    private readonly english: WordSet = EnglishDictionary.load(),
    private readonly foreign: WordSet = ForeignWords.load(),
  ) {
    this.nearestLatin = new NearestWords(vocabulary.latin);
    this.knownStems = new SortedWords(vocabulary.latinStems ?? vocabulary.latin.map(stem));
    this.hanWords = new SortedWords(vocabulary.han.map(([w]) => w));
    for (const [word, key] of vocabulary.han) {
      append(this.hanByPinyin, key, word);
      const bank = bankReading(word, key);
      if (bank) append(this.hanByPinyin, bank, word);
    }
  }

  /** Content words closest to an unknown English word (lowercase), best first; for a known word, only the English words a content typo stands for (below). */
  correctLatin(word: string): string[] {
    let found = this.memo.get(word);
    if (!found) {
      found = this.closestLatin(word);
      if (this.memo.size >= 10_000) this.memo.clear();
      this.memo.set(word, found);
    }
    return found;
  }

  private closestLatin(word: string): string[] {
    if (this.nearestLatin.has(word) || this.knownStems.has(this.stem(word))) return this.englishNeighbours(word);
    const max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (!max) return [];
    // In vocabulary order, which is sorted.
    const nearest = this.nearestLatin.nearest(word, max).slice(0, 3);
    if (!nearest.length) return nearest;
    if (!this.english.has(word)) return this.foreign.has(word) ? [] : nearest;
    // A real word is what the user meant; a name still reaches its own country or people in
    // the content (germany → german, russian → russia), never another name (iraq → iran).
    return this.english.isName?.(word) ? nearest.filter((n) => sameStart(n, word)) : [];
  }

  /**
   * A content word that is no English word may be a typo the content itself holds: editors
   * write similar questions as customers type them ("withdrawl bounced"), so "withdrawl" is
   * known and was never corrected, and a query saying it missed the withdrawal synonyms and
   * the articles that spell it right. Such a word also yields the real English content
   * words one edit away; the word itself still matches as written. Real English words and
   * words without such a neighbour (names, codes, pinyin: whalesail, fapiao) yield none.
   * One edit, generated and looked up (a few hundred binary searches), rather than a walk
   * of the vocabulary, whose nearest word would be the word itself.
   */
  private englishNeighbours(word: string): string[] {
    const name = this.english.isName?.(word) ?? false;
    if (!name && this.english.has(word)) return [];
    const found = new Set<string>();
    // Common words only (iban is no typo of iran), and from a name only its own people (germany → german).
    for (const w of oneEditAway(word)) {
      if (this.english.has(w) && !this.english.isName?.(w) && this.nearestLatin.has(w) && (!name || sameStart(w, word))) found.add(w);
    }
    return [...found].sort().slice(0, 3);
  }

  /**
   * Content words of 2–4 Chinese characters whose toneless pinyin `latin` spells: customers
   * whose input method is switched to Latin type the pinyin itself (shouyiren for 受益人,
   * hu ming for 户名). Only for what is neither an English word nor a content word (fapiao,
   * whalesail stay as they are).
   */
  hanOfPinyin(latin: string): readonly string[] {
    if (latin.length < 4 || this.english.has(latin) || this.writesInLatin(latin)) return [];
    return this.hanByPinyin.get(typedPinyin(latin)) ?? [];
  }

  /** Whether the content writes `latin` as a word of its own: pinyin it keeps in Latin letters (fapiao, whalesail). */
  writesInLatin(latin: string): boolean {
    return this.nearestLatin.has(latin);
  }

  /**
   * Likely intended content words for homophone typos inside a Chinese run. `words`, the
   * run's positional segmentation, limits typos to stretches that start and end on word
   * boundaries: a stretch cutting through a word the segmenter recognised (是多 of 是/多少,
   * 机号 of 手机号) is that word written right, not a typo, while a real typo mostly falls
   * apart into single characters (个/题/户) or is a word of its own (体现).
   */
  correctHan(run: string, words?: readonly string[]): Correction[] {
    if (run.length < 2) return [];
    const syllables = pinyinSyllables(run);
    const segmented = words && words.join('') === run ? words : undefined;
    const boundaries = wordBoundaries(run, segmented);
    const modal = modalPositions(run, segmented);
    const out: Correction[] = [];
    for (let length = 2; length <= 4; length++) {
      for (let i = 0; i + length <= run.length; i++) {
        if (!boundaries[i] || !boundaries[i + length]) continue;
        const typo = run.slice(i, i + length);
        if (this.hanWords.has(typo) || modal.has(i)) continue;
        for (const word of this.hanByPinyin.get(syllables.slice(i, i + length).join('')) ?? []) {
          if (differingChars(typo, word) <= (length === 4 ? 2 : 1)) out.push({ typo, word });
        }
      }
    }
    return out;
  }
}

/**
 * A bank's 行 (háng) read as pinyin-pro reads it out of its dictionary's words: xíng (walk,
 * OK). 银行 and 开户行 it knows, but 中间行, 收款行, 汇款行, 代理行 and 清算行 it reads as
 * zhongjianxing, so neither the pinyin typed for them (zhongjianhang) nor a homophone
 * (代理航, 汇款航; 中间航 and 中转航 speechHomophones.ts reads first) found them. A word of
 * three characters or more ending in 行 is a bank, unless the
 * 行 closes a verb (行不行, 不可行, 强制执行, 试运行); such a word gets a second key, with háng.
 */
function bankReading(word: string, key: string): string | undefined {
  return word.length >= 3 && word.endsWith('行') && !VERB_XING.test(word) && key.endsWith('xing') ? `${key.slice(0, -'xing'.length)}hang` : undefined;
}

/** 行 as a verb's (xíng): 不行, 可行, 执行, 进行, 运行, 流行, 旅行, 试行, 先行, 步行, 发行, 通行, 平行. */
const VERB_XING = /[不可执进运流旅试先步发通平]行$/;

/**
 * Adverbs after which 会 is the modal "would, can", not a homophone typo of 汇 or 回:
 * 怎么会错 ("how could it be wrong", a wrong number) was read as 汇错 (paid to the wrong
 * account), a confident answer about recalling a payment.
 */
const MODAL_LEADS = new Set(['怎么', '怎', '咋', '不', '也', '还', '就', '都', '才', '又', '可能', '不可能', '应该', '肯定', '一定', '不会', '会不会']);

/** The positions of `run` where a modal 会 follows one of MODAL_LEADS in its segmentation `words` (none without one). */
function modalPositions(run: string, words: readonly string[] | undefined): Set<number> {
  const positions = new Set<number>();
  let at = 0;
  for (const word of words ?? []) {
    at += word.length;
    if (run[at] === '会' && MODAL_LEADS.has(word)) positions.add(at);
  }
  return positions;
}

/** For each position of `run`, whether a word of its segmentation `words` starts or ends there: every position without one. */
function wordBoundaries(run: string, words: readonly string[] | undefined): boolean[] {
  if (!words) return new Array<boolean>(run.length + 1).fill(true);
  const boundaries = new Array<boolean>(run.length + 1).fill(false);
  let at = 0;
  boundaries[0] = true;
  for (const word of words) boundaries[(at += word.length)] = true;
  return boundaries;
}

/** Whether the shorter of two words (at least 4 letters) begins the longer: german and germany, russia and russian. */
function sameStart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

function differingChars(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

function append<K>(lists: Map<K, string[]>, key: K, value: string): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one deletion, adjacent transposition, insertion or substitution of a letter away from `word` (repeats included). */
function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const c of LETTERS) {
      yield head + c + tail;
      if (tail && c !== tail[0]) yield head + c + tail.slice(1);
    }
  }
}
