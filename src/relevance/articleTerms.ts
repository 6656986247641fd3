import type { QueryAnalysis, QueryTerm } from '../analysis/analyzer.js';
import { isHanWord } from '../analysis/hanCharacters.js';
import { isContextWord } from '../analysis/contextWords.js';
import { isPinyinOfStopWord } from '../analysis/pinyinStopWords.js';
import { isEnglishQuestionFrame, isEnglishStopWord } from '../analysis/stopWords.js';
import { grown } from '../shared/grownArray.js';
import { RECENT_ANALYSES, RecentMemo } from '../shared/recentMemo.js';
import type { Scope } from '../types.js';
import { SortedNumberLists } from './sortedNumberLists.js';
import { StringTable } from './stringTable.js';
import { sortByBytes, type TermOrder } from './termOrder.js';
import { eachTextRange, type LearningFile } from './textTerms.js';

/** A query's informative terms with their weights, and the weights' sum. */
export interface Informative {
  terms: Array<{ term: QueryTerm; weight: number }>;
  total: number;
}

/** The articles' terms as flat arrays: computed by `kb build`, stored as blobs, loaded as views. */
export interface ArticleTermsData {
  /** Every term of any article (bigrams under gramKey), sorted (see StringTable). */
  vocabulary: StringTable;
  /** Number of articles that have each term. */
  df: Uint32Array;
  /** Article a's terms: list a, of vocabulary numbers. */
  all: SortedNumberLists;
  /** The same for the terms of how it is asked (title, similar questions, tags). */
  key: SortedNumberLists;
}

/**
 * Every analysed word of each article (title, questions, tags, body sections the scope
 * may see), with document frequencies: what the confidence needs to tell how much of a
 * query an article covers, independently of how the index scores it.
 */
export class ArticleTerms {
  /** The last queries profiled: a search asks for its profile once per shown hit. */
  private readonly memo = new RecentMemo<QueryAnalysis, QueryProfile>(RECENT_ANALYSES);
  /** Recent terms' lookups (shared, read-only): queries ask for the same common words over and over. */
  private readonly lookups = new Map<string, Lookup>();
  /** The same for bigrams, by the bigram (see gramId). */
  private readonly gramIds = new Map<string, number>();

  constructor(readonly data: ArticleTermsData) {}

  /**
   * `articles`: each article's files (as the index merges them), with their texts as term
   * numbers of `terms`; `order`: the terms' order, when known (see TermOrder). A term is
   * kept as a code: 2 × its number for a word, 2 × its number + 1 for a bigram.
   */
  static build(articles: LearningFile[][], scope: Scope, terms: readonly string[], order: TermOrder | undefined): ArticleTerms {
    const df = new Uint32Array(2 * terms.length);
    /** The article each code was last added to, per list (key terms, every term). */
    const lastKey = new Int32Array(2 * terms.length).fill(-1);
    const lastAll = new Int32Array(2 * terms.length).fill(-1);
    const all = new CodeLists();
    const keys = new CodeLists();
    articles.forEach((files, label) => {
      for (const { article: a, texts } of files) {
        const key = 1 + a.questions.length + a.tags.length;
        eachTextRange(texts, 0, Infinity, (i, wordFrom, wordTo, gramFrom, gramTo) => {
          const isKey = i < key;
          if (!isKey && scope !== 'agent' && a.sections[i - key]!.kind === 'internal') return;
          const list = isKey ? keys : all;
          const last = isKey ? lastKey : lastAll;
          list.addNew(last, label, texts.words, wordFrom, wordTo, 0);
          list.addNew(last, label, texts.grams, gramFrom, gramTo, 1);
        });
      }
      for (let i = keys.offsets[label]!; i < keys.size; i++) {
        const c = keys.codes[i]!;
        if (lastAll[c] !== label) (lastAll[c] = label), all.push(c);
      }
      for (let i = all.offsets[label]!; i < all.size; i++) df[all.codes[i]!]!++;
      all.end();
      keys.end();
    });
    const vocabulary = sortedCodes(df, terms, order);
    const rank = new Uint32Array(df.length);
    vocabulary.forEach((c, r) => (rank[c] = r));
    return new ArticleTerms({
      vocabulary: StringTable.of(Array.from(vocabulary, (c) => codeName(c, terms))),
      df: vocabulary.map((c) => df[c]!),
      all: SortedNumberLists.of(all.offsets, all.ranked(rank, vocabulary.length), vocabulary.length),
      key: SortedNumberLists.of(keys.offsets, keys.ranked(rank, vocabulary.length), vocabulary.length),
    });
  }

  /**
   * How specific term number `id` (-1: none) is to a few articles: log(1 + N / df). A word no article has
   * gets the highest value: the query asks about something the content does not cover.
   */
  private idf(id: number): number {
    return this.idfOf(id < 0 ? 1 : this.data.df[id]!);
  }

  private idfOf(df: number): number {
    return Math.log(1 + this.data.all.size / df);
  }

  /**
   * Share of the query's informative weight in words some article has, or stands for through a
   * synonym group, in [0, 1]. A customer's word the content writes otherwise (客人 for 买家, 客服电话
   * for 热线, 没人理) is understood, not unknown: counted as unknown it made right answers not
   * confident (out of scope unchanged on every read set; README, "Confidence"). So are a place
   * and a weekday (contextWords.ts).
   */
  known(analysis: QueryAnalysis): number {
    return this.profile(analysis).known;
  }

  /**
   * The query's informative terms, each with its weight: what the user typed (words,
   * codes, amounts at a third), never synonym keys or guessed corrections on their own.
   * Greetings and fillers are stop words and never get here, so "ok thanks" has none;
   * nor have the English question frames the analyzer keeps for ranking ("how can I").
   */
  informative(analysis: QueryAnalysis): Informative {
    const { terms, total } = this.profile(analysis);
    return { terms: terms.map(({ term, weight }) => ({ term, weight })), total };
  }

  /** log(1 + the query's informative weight) and `known`, the confidence's two signals of the query alone. */
  querySignals(analysis: QueryAnalysis): { informativeness: number; known: number } {
    return this.profile(analysis);
  }

  /**
   * How the article covers the query, each in [0, 1]: `coverage`, the share of the
   * informative weight it matches anywhere; `keyCoverage`, in its title, similar questions
   * and tags; `missing`, the heaviest informative word it lacks; `gramCoverage`, the share
   * of the query's Chinese bigrams (IDF-weighted) in the way it is asked, which catches
   * colloquial Chinese that segments differently. A word also counts when the article has
   * its synonym group (at 0.8), and a word it lacks when it has a correction the speller
   * proposed (at 0.5): for a word no article has, and for a real word the speller read as
   * a slip in its context (体现失败 is 提现失败: 体现, embody, is a word of some article).
   */
  match(label: number, analysis: QueryAnalysis): Coverage {
    return this.matchInto(label, analysis, { coverage: 0, keyCoverage: 0, missing: 0, gramCoverage: 0 });
  }

  /** `match`, written into `out` (a search reuses one object for every hit); returns `out`. */
  matchInto<T extends Coverage>(label: number, analysis: QueryAnalysis, out: T): T {
    const { terms, total, grams, gramTotal } = this.profile(analysis);
    if (label >= this.data.all.size) return Object.assign(out, NO_COVERAGE);
    // Plain loops and no closures: this runs for each shown hit of every query.
    let all = 0;
    let key = 0;
    let missing = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const c = t.completions;
      const keyMatch = c ? (this.holdsAny(label, c.from, c.to, true) ? COMPLETION_CREDIT : 0) : this.contains(label, t.word, true) ? 1 : this.related(label, t, true);
      const anyMatch = c ? (keyMatch || this.holdsAny(label, c.from, c.to, false) ? COMPLETION_CREDIT : 0) : keyMatch === 1 || this.contains(label, t.word, false) ? 1 : keyMatch || this.related(label, t, false);
      key += keyMatch * t.weight;
      all += anyMatch * t.weight;
      if (!anyMatch) missing = Math.max(missing, t.weight);
    }
    let gramMatched = 0;
    for (let i = 0; i < grams.length; i++) {
      const g = grams[i]!;
      if (g.id >= 0 && this.holds(label, g.id, true)) gramMatched += g.weight;
    }
    out.coverage = share(all, total);
    out.keyCoverage = share(key, total);
    out.missing = share(missing, total);
    out.gramCoverage = share(gramMatched, gramTotal);
    return out;
  }

  /**
   * Credit for a word matched in the article's terms (`key`: of how it is asked) through
   * its synonym group or the content word its pinyin spells (0.8) or, for a word the article
   * lacks, through a speller correction of the query (0.5); else 0.
   */
  private related(label: number, t: ProfiledTerm, key: boolean): number {
    for (let i = 0; i < t.synonyms.length; i++) if (this.contains(label, t.synonyms[i]!, key)) return 0.8;
    for (let i = 0; i < t.readings.length; i++) if (this.contains(label, t.readings[i]!, key)) return 0.8;
    for (let i = 0; i < t.corrections.length; i++) if (this.contains(label, t.corrections[i]!, key)) return 0.5;
    return 0;
  }

  /**
   * Everything about the query that does not depend on the article, worked out once per
   * query (the confidence of each shown hit reads it): weights, bigram keys, the synonym
   * keys and speller corrections that may stand in for each word.
   */
  private profile(analysis: QueryAnalysis): QueryProfile {
    let found = this.memo.get(analysis);
    if (found) return found;
    // Loops over the query's terms rather than a filter per term: the sums add in the same order.
    const synonymKeys: QueryTerm[] = [];
    const corrections: Array<{ lookup: Lookup; corrects: readonly string[]; reading: boolean }> = [];
    const said = new Set<string>();
    let pinyinTyped = false;
    for (const t of analysis.terms) {
      if (t.kind === 'synonym') synonymKeys.push(t);
      else if (t.kind === 'corrected') {
        corrections.push({ lookup: this.lookup(t.term), corrects: t.corrects ?? [], reading: t.reading === true });
        if (t.reading) pinyinTyped = true;
      }
      else if (t.kind === 'latin' || t.kind === 'code' || t.kind === 'han') for (const w of t.surfaces) said.add(w);
    }
    const terms: ProfiledTerm[] = [];
    let total = 0;
    let known = 0;
    for (const t of analysis.terms) {
      if (t.kind !== 'han' && t.kind !== 'latin' && t.kind !== 'code' && t.kind !== 'number' && t.kind !== 'inferred') continue;
      const surface = t.surfaces[0]!;
      // "how", "can", "does" name no topic: with the IDF of a small knowledge base they let an article "cover" an unrelated question.
      if (t.kind === 'latin' && isEnglishQuestionFrame(surface)) continue;
      const word = this.lookup(t.term);
      const synonyms: Lookup[] = [];
      for (const s of synonymKeys) if (hasSurface(s, surface, t.term, said)) synonyms.push(this.lookup(s.term));
      const completions = isKnown(word) ? undefined : this.completions(analysis, t);
      const df = completions ? completions.df : word.id < 0 ? 1 : this.data.df[word.id]!;
      const weight = t.weight * (t.kind === 'number' ? 0.3 : 1) * this.idfOf(df);
      // A guessed correction is weak evidence: the speller finds a near word for almost anything
      // ("bread" → "read"); pinyin read as the word it spells is that word.
      const mine: Lookup[] = [];
      const readings: Lookup[] = [];
      for (const c of corrections) if (standsFor(c.corrects, t)) (c.reading ? readings : mine).push(c.lookup);
      // In a query typed in pinyin, the pinyin of a stop word (shenme, yao, le) is a stop word:
      // unknown to the content, it took most of "jiehui yao shangchuan shenme danju"'s weight.
      if (pinyinTyped && t.kind === 'latin' && !readings.length && isPinyinOfStopWord(surface.toLowerCase())) continue;
      terms.push({ term: t, weight, word, synonyms, readings, corrections: mine, completions });
      total += weight;
      if (isKnown(word) || completions || synonyms.length || readings.length || isContextWord(surface)) known += weight;
    }
    const grams: Array<{ id: number; weight: number }> = [];
    let gramTotal = 0;
    for (const g of analysis.grams) {
      const id = this.gramId(g.gram);
      const weight = g.weight * this.idf(id);
      grams.push({ id, weight });
      gramTotal += weight;
    }
    found = { terms, total, informativeness: Math.log(1 + total), known: total > 0 ? known / total : 0, grams, gramTotal };
    this.memo.set(analysis, found);
    return found;
  }

  /**
   * The words an unfinished last word may become, when no article has it as it stands
   * (怎么解 → 解冻, "account unfr" → unfreez; English from 4 letters): the vocabulary's range of words starting
   * with it, and the highest document frequency among them (its weight is the most common
   * completion's, not that of a word nobody uses). Undefined for any other word, or none.
   */
  private completions(analysis: QueryAnalysis, t: QueryTerm): Completions | undefined {
    const typed = analysis.partial?.prefix.toLowerCase();
    if (typed === undefined || (t.surfaces[0] !== typed && t.term !== typed)) return undefined;
    if (analysis.partial!.script === 'latin' && typed.length < MIN_LATIN_COMPLETED) return undefined;
    const { from, to } = this.data.vocabulary.prefixRange(typed);
    let df = 0;
    for (let i = from; i < to; i++) df = Math.max(df, this.data.df[i]!);
    return to > from ? { from, to, df } : undefined;
  }

  /** True when the article's terms (`key`: of how it is asked) include a term number in [from, to). */
  private holdsAny(label: number, from: number, to: number, key: boolean): boolean {
    return (key ? this.data.key : this.data.all).hasAny(label, from, to);
  }

  /** The term number of a Chinese bigram (-1: in no article), looked up by the bigram itself: no key string made per query. */
  private gramId(gram: string): number {
    let id = this.gramIds.get(gram);
    if (id === undefined) {
      if (this.gramIds.size >= RECENT_LOOKUPS) this.gramIds.clear();
      this.gramIds.set(gram, (id = this.data.vocabulary.find(gramKey(gram))));
    }
    return id;
  }

  /** A term as `contains` looks it up: its term number, and its bigrams' when it is a Chinese word (-1: no article has it). */
  private lookup(term: string): Lookup {
    let found = this.lookups.get(term);
    if (!found) {
      const find = (t: string) => this.data.vocabulary.find(t);
      if (this.lookups.size >= RECENT_LOOKUPS) this.lookups.clear();
      this.lookups.set(term, (found = { id: find(term), gramIds: isHanWord(term) ? bigrams(term).map((g) => find(gramKey(g))) : undefined }));
    }
    return found;
  }

  /**
   * True when the article's terms (`key`: of how it is asked) have the term. A Chinese word
   * also occurs where all its character bigrams do: segmentation differs between a
   * colloquial query and an article (收费 in 按笔收费), the characters do not.
   */
  private contains(label: number, t: Lookup, key: boolean): boolean {
    if (t.id >= 0 && this.holds(label, t.id, key)) return true;
    const grams = t.gramIds;
    if (grams === undefined) return false;
    for (let i = 0; i < grams.length; i++) if (grams[i]! < 0 || !this.holds(label, grams[i]!, key)) return false;
    return true;
  }

  /** True when the article's terms (`key`: of how it is asked) include term number `id`. */
  private holds(label: number, id: number, key: boolean): boolean {
    return this.holdsAny(label, id, id + 1, key);
  }

}

/**
 * Credit for an unfinished last word through a word it begins, like a speller's guess:
 * full credit made "hold on a sec" (security) and 挂哪个科 confident on the held-out sets.
 */
const COMPLETION_CREDIT = 0.5;

/** Shorter English fragments begin too many words ("sec": second, security, secret). */
const MIN_LATIN_COMPLETED = 4;

/** How many terms' lookups ArticleTerms keeps before it starts again (a few MB at most). */
const RECENT_LOOKUPS = 20_000;

/** A term to look up: its term number, and its bigrams' when it is a Chinese word (-1: in no article). */
interface Lookup {
  id: number;
  gramIds: number[] | undefined;
}

/**
 * True when a correction of `corrects` (what was typed in its place) stands for the query's
 * word `t`: the same word, or for Chinese a stretch that holds it or that it holds (the
 * speller corrects a stretch of a run; 体现失败 gives 提现 for 体现).
 */
function standsFor(corrects: readonly string[], t: QueryTerm): boolean {
  const surface = t.surfaces[0]!.toLowerCase();
  for (const typed of corrects) {
    const c = typed.toLowerCase();
    if (c === surface || c === t.term) return true;
    if (t.kind === 'han' && (c.includes(surface) || surface.includes(c))) return true;
  }
  return false;
}

/** An informative query term, with what may stand in for it in an article. */
interface ProfiledTerm {
  term: QueryTerm;
  weight: number;
  word: Lookup;
  /** Synonym group keys of the word: matching one counts 0.8. */
  synonyms: Lookup[];
  /** The content words its pinyin spells (hanOfPinyin): matching one counts 0.8. */
  readings: Lookup[];
  /** The speller's corrections of this word: when the article lacks the word, matching one counts 0.5. */
  corrections: Lookup[];
  /** For an unfinished last word no article has: the words it may become (matching one counts COMPLETION_CREDIT). */
  completions: Completions | undefined;
}

/** Vocabulary numbers [from, to) of the words starting with an unfinished word, and their highest document frequency. */
interface Completions {
  from: number;
  to: number;
  df: number;
}

interface QueryProfile {
  terms: ProfiledTerm[];
  total: number;
  /** log(1 + total). */
  informativeness: number;
  known: number;
  grams: Array<{ id: number; weight: number }>;
  gramTotal: number;
}

/**
 * True when the synonym key `s` stands for the query's word: the word is one of the key's
 * terms, or a word of one of its phrases that the query holds whole (`said`: the query's
 * English and Chinese words as written). "canadian dollars" matched the CAD group, but "canadian" on its own is
 * a word no article has: without the phrase it counted as the heaviest word the currencies
 * article lacks, and a right answer looked unsure.
 */
function hasSurface(s: QueryTerm, surface: string, term: string, said: ReadonlySet<string>): boolean {
  for (let i = 0; i < s.surfaces.length; i++) {
    const key = s.surfaces[i]!;
    if (key === surface || key === term) return true;
    if (key.includes(' ') && inPhraseSaid(key, surface, said)) return true;
    // A piece of a Chinese phrase the query said whole: 想不起 of 密码想不起来, which jieba's search
    // mode cuts both, or 想起, the verb of its 想不起 (potentialComplements.ts).
    if (key.length > surface.length && isHanWord(surface, 12) && said.has(key) && inOrder(surface, key)) return true;
  }
  return false;
}

/** True when `word` is a word of `phrase` and the query said each of the phrase's other words (stop words aside). */
function inPhraseSaid(phrase: string, word: string, said: ReadonlySet<string>): boolean {
  // A word of the phrase is in it as written: most phrases asked about hold no such word, and need no split.
  if (!phrase.includes(word)) return false;
  const words = phrase.split(/[\s-]+/);
  return words.includes(word) && words.every((w) => w === word || said.has(w) || isEnglishStopWord(w));
}

/** True when the characters of `word` appear in `phrase` in the same order (not necessarily together). */
function inOrder(word: string, phrase: string): boolean {
  let at = 0;
  for (const c of word) {
    at = phrase.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** True when some article has the word, or all of a Chinese word's bigrams (see contains). */
function isKnown(t: Lookup): boolean {
  return t.id >= 0 || (t.gramIds !== undefined && t.gramIds.every((g) => g >= 0));
}

/** x as a share of `of`, at most 1 (0 when `of` is 0). */
function share(x: number, of: number): number {
  return of > 0 ? Math.min(1, x / of) : 0;
}

function bigrams(word: string): string[] {
  return Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2));
}

/** Bigrams are kept apart from words: 收费 the word and 收费 the bigram are different evidence. */
function gramKey(g: string): string {
  return `\u0002${g}`;
}

/** How an article covers a query (see ArticleTerms.match), each in [0, 1]. */
export interface Coverage {
  coverage: number;
  keyCoverage: number;
  missing: number;
  gramCoverage: number;
}

const NO_COVERAGE: Coverage = { coverage: 0, keyCoverage: 0, missing: 0, gramCoverage: 0 };

/** Per article, a list of term codes (see ArticleTerms.build), all in one growing array. */
class CodeLists {
  readonly offsets: number[] = [0];
  codes = new Uint32Array(1 << 16);
  private length = 0;

  get size(): number {
    return this.length;
  }

  push(code: number): void {
    if (this.length === this.codes.length) this.codes = grown(this.codes);
    this.codes[this.length++] = code;
  }

  /**
   * Adds the codes of term numbers ids[from .. to) (2 × number + `bigram`) that list `label`
   * does not have yet (`last`: the list each code was last added to).
   */
  addNew(last: Int32Array, label: number, ids: Uint32Array, from: number, to: number, bigram: 0 | 1): void {
    for (let i = from; i < to; i++) {
      const c = 2 * ids[i]! + bigram;
      if (last[c] !== label) (last[c] = label), this.push(c);
    }
  }

  /** Ends the current article's list. */
  end(): void {
    this.offsets.push(this.length);
  }

  /**
   * Every list with its codes replaced by their rank (< `ranks`), each list ascending: the
   * lists turned into one per rank and back, in two counting passes (a list holds a code
   * once). Sorting each of 160,000 lists took a second at 20,000 articles.
   */
  ranked(rank: Uint32Array, ranks: number): Uint32Array {
    const { codes, offsets, length } = this;
    const lists = offsets.length - 1;
    const start = new Uint32Array(ranks + 1);
    for (let i = 0; i < length; i++) start[rank[codes[i]!]! + 1]!++;
    for (let r = 0; r < ranks; r++) start[r + 1]! += start[r]!;
    // The lists holding each rank, ascending (lists are visited in order).
    const holders = new Uint32Array(length);
    const next = start.slice(0, ranks);
    for (let a = 0; a < lists; a++) for (let i = offsets[a]!; i < offsets[a + 1]!; i++) holders[next[rank[codes[i]!]!]!++] = a;
    // Back to one list per article, ranks visited in ascending order.
    const out = new Uint32Array(length);
    const at = Uint32Array.from(offsets);
    for (let r = 0; r < ranks; r++) for (let k = start[r]!; k < start[r + 1]!; k++) out[at[holders[k]!]!++] = r;
    return out;
  }
}

/** The string of a term code: the word, or the bigram under gramKey. */
function codeName(code: number, terms: readonly string[]): string {
  const term = terms[code >>> 1]!;
  return code & 1 ? gramKey(term) : term;
}

/** The codes with a document frequency, in the order of their strings' UTF-8 bytes (see TermOrder). */
function sortedCodes(df: Uint32Array, terms: readonly string[], order: TermOrder | undefined): Uint32Array {
  const codes: number[] = [];
  if (order) {
    for (const id of order.ids) if (df[2 * id + 1]) codes.push(2 * id + 1);
    for (const id of order.ids) if (df[2 * id]) codes.push(2 * id);
  } else {
    for (let c = 0; c < df.length; c++) if (df[c]) codes.push(c);
  }
  const sorted = Uint32Array.from(codes);
  if (order) {
    if (sorted.length !== df.reduce((n, d) => n + (d ? 1 : 0), 0)) throw new Error('relevance: the term order misses some article terms');
    return sorted;
  }
  const by = sortByBytes(codes.map((c) => codeName(c, terms)));
  return by.map((i) => sorted[i]!);
}
