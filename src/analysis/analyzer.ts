import type { SynonymConfig } from '../types.js';
import { englishWords, isShouting, stem } from './englishWords.js';
import { isChineseNumber, isHanWord } from './hanCharacters.js';
import { hasMistypedAmount } from './mistypedAmount.js';
import { normalize } from './normalize.js';
import { amountValue, figuresIn, isEnglishNumberWord } from './numberValue.js';
import { asideOf, withoutIntroduction } from './focus.js';
import { scriptRuns } from './scriptRuns.js';
import { Segmenter } from './segmenter.js';
import { resultativeOf } from './potentialComplements.js';
import { separatedWords } from './separableWords.js';
import { hasLookalikeAddress } from './lookalikeAddress.js';
import { isShortfall } from './shortfall.js';
import { isPinyinSyllable, isSyllablePinyin, pinyinSyllables, Speller, type Vocabulary } from './speller.js';
import { withUetrNamed } from './uetr.js';
import { withoutBuyersSupplier } from './buyersSupplier.js';
import { CHINESE_STOP_WORDS, withAddressJoined, withoutEnglishCourtesies, withoutEnglishFillers, withoutGreetings, withoutNoticeFormulas } from './stopWords.js';
import { SynonymMatcher, type SynonymPhrases } from './synonyms.js';

export interface AnalyzerConfig {
  synonyms: SynonymConfig;
  /** Words the Chinese segmenter must keep whole, in addition to its own dictionary. */
  userWords: string[];
  /** The content's words, for correcting typos in queries. Absent while indexing. */
  vocabulary?: Vocabulary;
  /**
   * The synonym groups' terms as this analysis cuts them, stored by the build: analysing
   * them (jieba, the stemmer) took a start 45 ms at the sample. Valid for the file's own
   * build only, as its terms are: a start that serves a file checks it was built by this
   * engine (the content hash covers the engine's code) or, published, serves it as built.
   * Absent while indexing and from files built before: analysed then.
   */
  synonymPhrases?: SynonymPhrases;
}

/** What a text contributes to the index: words (both scripts, plus synonym keys) and Chinese character bigrams. */
export interface TextAnalysis {
  words: string[];
  grams: string[];
}

/**
 * `code`: letters with digits or an acronym (MT103, 71A, OUR); `number`: digits only,
 * usually an amount or a date; `corrected`: a content word the user probably meant;
 * `inferred`: a topic the query never names but its figures say (shortfall.ts), or its addresses (lookalikeAddress.ts).
 */
export type TermKind = 'han' | 'latin' | 'code' | 'number' | 'synonym' | 'corrected' | 'inferred';

export interface QueryTerm {
  term: string;
  kind: TermKind;
  /** Forms to highlight in snippets (what the user wrote, its stem, or a synonym group's words). */
  surfaces: string[];
  /**
   * How much this term counts: 1 for a typed query, less in what the message puts aside (focus.ts);
   * by speaker and recency for a call transcript.
   */
  weight: number;
  /**
   * For a speller's correction: what was typed in its place (a word, its pinyin, a stretch of
   * Chinese). The confidence credits a correction to those words only: credited to every word
   * the article lacks, one guess ("khong" → hong kong) covered a whole sentence of Vietnamese.
   */
  corrects?: string[];
  /**
   * For a correction: it reads pinyin typed for a content word (shouyiren for 受益人), the same
   * word in another script, not a guess at a typo.
   */
  reading?: boolean;
}

/** A query as the ranking sees it: weighted terms and bigrams, and maybe a word still being typed. */
export interface QueryAnalysis {
  /** Unique terms, in query order. */
  terms: QueryTerm[];
  /** Unique Chinese character bigrams. */
  grams: Array<{ gram: string; weight: number }>;
  /** The word still being typed (the query does not end in a space or punctuation). */
  partial?: { prefix: string; script: 'han' | 'latin' };
  /** The query as normalised (analyzeQuery's), for what reads the text itself (comparesWithUs). */
  normalized?: string;
  /** The terms and bigrams (the same objects as above) only a clause that introduces the writer has (introduction.ts): weighed by search. */
  introduced?: Pick<QueryAnalysis, 'terms' | 'grams'>;
}

type Token = Omit<QueryTerm, 'weight'>;

/**
 * `normalized` without its English courtesy phrases when nothing else is left of it
 * (`isEmpty`): "good afternoon" and "one moment please" have no topic; "how are you, can
 * I still send today" keeps its words.
 */
function withoutCourtesiesOnly(normalized: string, isEmpty: (text: string) => boolean): string {
  const polite = withoutEnglishCourtesies(normalized);
  return polite !== normalized && isEmpty(polite) ? polite : normalized;
}

/** The word whose synonym group (content/synonyms.yaml) stands for "less arrived than was sent". */
const SHORTFALL_WORD = '少到账';

/** The word whose synonym group stands for phishing: what a lookalike address in a query is. */
const PHISHING_WORD = '钓鱼';

/** The word whose synonym group stands for a payment sent by mistake: what a mistyped amount is. */
const MISTAKE_WORD = '付错';

/** Texts whose normalisation an Analyzer remembers (more than an article has, see Analyzer#normalized). */
const RECENT_NORMALIZED = 512;

/**
 * The one analysis used for both indexing and querying, so both sides always produce
 * the same terms. Text is normalised (see normalize.ts), split into Chinese and Latin
 * runs, Chinese segmented by jieba in search mode with the knowledge base's dictionary,
 * Latin stemmed, stop words dropped, synonym group keys added; Chinese runs also yield
 * character bigrams, which let partial and colloquial phrasings match when word
 * segmentation disagrees.
 */
export class Analyzer {
  private readonly segmenter: Segmenter;
  private readonly synonyms: SynonymMatcher;
  /** What the build stores as AnalyzerConfig#synonymPhrases. */
  readonly synonymPhrases: SynonymPhrases;
  private readonly speller: Speller | undefined;
  private readonly recentNormalized = new Map<string, string>();

  constructor(config: AnalyzerConfig) {
    this.segmenter = new Segmenter(config.userWords);
    this.synonymPhrases = config.synonymPhrases ?? SynonymMatcher.phrasesOf(config.synonyms, (term) => this.positionalTerms(term));
    this.synonyms = new SynonymMatcher(config.synonyms, this.synonymPhrases);
    this.speller = config.vocabulary && new Speller(config.vocabulary, stem);
  }

  /** Words the segmenter should keep whole for this content: Chinese synonym terms, extra terms and tags. */
  static userWords(synonyms: SynonymConfig, tags: Iterable<string>): string[] {
    const words = new Set<string>();
    // Each distinct word normalised once: thousands of articles share a few hundred tags.
    for (const w of new Set([...synonyms.groups.flat(), ...synonyms.terms, ...tags])) {
      const n = normalize(w).replace(/\s+/g, '');
      if (isHanWord(n, 12)) words.add(n);
    }
    return [...words].sort();
  }

  analyze(text: string): TextAnalysis {
    const { tokens, grams } = this.scan(this.normalized(text));
    return { words: tokens.map((t) => t.term), grams };
  }

  /**
   * The words typos are corrected to: English words of `texts` as written, and Chinese
   * words of `keyTexts` (titles, tags, synonyms) with their pinyin. Chinese corrections
   * aim only at key vocabulary: a homophone of a common word in some body text (只到 →
   * 直到) is far more often a correct word than a typo.
   */
  vocabulary(texts: Iterable<string>, keyTexts: Iterable<string>): Vocabulary {
    const latin = new Set<string>();
    const han = new Set<string>();
    for (const text of texts) {
      for (const run of scriptRuns(this.normalized(text))) {
        if (run.script === 'latin') for (const w of englishWords(run.text)) if (w.surface.length >= 3 && /[a-z]/.test(w.surface)) latin.add(w.surface);
      }
    }
    for (const text of keyTexts) {
      for (const run of scriptRuns(this.normalized(text))) {
        if (run.script === 'han') for (const w of this.segmenter.searchWords(run.text)) if (w.length >= 2 && w.length <= 4 && !CHINESE_STOP_WORDS.has(w)) han.add(w);
      }
    }
    return { latin: [...latin].sort(), han: [...han].sort().map((w) => [w, pinyinSyllables(w).join('')]) };
  }

  /**
   * A query's terms; a message that says which of its questions matters weighs the rest less
   * (focus.ts). With `introduction`, the words only a clause introducing the writer has are
   * marked too, for search to weigh; a call's turns are not weighed so, and skip finding them.
   */
  analyzeQuery(text: string, { introduction = false }: { introduction?: boolean } = {}): QueryAnalysis & { normalized: string } {
    const normalized = normalize(withUetrNamed(text));
    const analysis = { ...this.analyzeNormalized(normalized), normalized };
    const split = asideOf(normalized);
    if (split) {
      const aside = this.outside(analysis, split.focus);
      for (const t of aside?.terms ?? []) t.weight = split.weight;
      for (const g of aside?.grams ?? []) g.weight = split.weight;
      return analysis;
    }
    if (!introduction) return analysis;
    const rest = withoutIntroduction(normalized);
    const introduced = rest === undefined ? undefined : this.outside(analysis, rest);
    if (introduced) analysis.introduced = introduced;
    return analysis;
  }

  /** The terms and bigrams of `analysis` that `part` (the rest of the same message) lacks; undefined when `part` has no terms. */
  private outside(analysis: QueryAnalysis, part: string): Pick<QueryAnalysis, 'terms' | 'grams'> | undefined {
    const focus = this.analyzeNormalized(part);
    if (!focus.terms.length) return undefined;
    const terms = new Set(focus.terms.map((t) => t.term));
    const grams = new Set(focus.grams.map((g) => g.gram));
    return { terms: analysis.terms.filter((t) => !terms.has(t.term)), grams: analysis.grams.filter((g) => !grams.has(g.gram)) };
  }

  private analyzeNormalized(normalized: string): QueryAnalysis {
    const { tokens, grams, hanRuns } = this.scan(withoutCourtesiesOnly(withoutBuyersSupplier(withoutEnglishFillers(withoutNoticeFormulas(normalized))), (t) => this.scan(t).tokens.length === 0));
    if (this.speller) tokens.push(...this.corrections(tokens, hanRuns, this.speller, normalized));
    tokens.push(...this.shortfallTokens(figuresIn(normalized)), ...this.lookalikeTokens(normalized), ...this.mistypedTokens(normalized));
    const terms = new Map<string, QueryTerm>();
    for (const t of tokens) {
      const seen = terms.get(t.term);
      if (seen) {
        seen.surfaces = [...new Set([...seen.surfaces, ...t.surfaces])];
        // Only a correction reads what it corrects (a typed word the speller also proposed keeps none).
        if (t.corrects && seen.kind === 'corrected') seen.corrects = [...new Set([...(seen.corrects ?? []), ...t.corrects])];
        if (t.reading && seen.kind === 'corrected') seen.reading = true;
      }
      else terms.set(t.term, { ...t, weight: 1 });
    }
    return { terms: [...terms.values()], grams: [...new Set(grams)].map((gram) => ({ gram, weight: 1 })), partial: this.partial(normalized) };
  }

  /**
   * normalize(text), remembered for the last few hundred texts: a build analyses an
   * article's texts for its fields and then reads them again for its vocabulary.
   */
  private normalized(text: string): string {
    let n = this.recentNormalized.get(text);
    if (n === undefined) {
      if (this.recentNormalized.size >= RECENT_NORMALIZED) this.recentNormalized.clear();
      this.recentNormalized.set(text, (n = normalize(text)));
    }
    return n;
  }

  private scan(normalized: string): { tokens: Token[]; grams: string[]; hanRuns: string[] } {
    const tokens: Token[] = [];
    const grams: string[] = [];
    const latin: Token[] = [];
    const hanRuns: string[] = [];
    const shouting = isShouting(normalized);
    for (const run of scriptRuns(withAddressJoined(normalized))) {
      if (run.script === 'han') {
        const text = withoutGreetings(run.text);
        if (!text) continue;
        hanRuns.push(text);
        for (const word of [...this.segmenter.searchWords(text), ...separatedWords(text)]) {
          if (CHINESE_STOP_WORDS.has(word)) continue;
          this.pushHan(tokens, word);
          const resultative = resultativeOf(word);
          if (resultative !== undefined) this.pushHan(tokens, resultative);
        }
        for (let i = 0; i + 1 < text.length; i++) grams.push(text.slice(i, i + 2));
      } else {
        for (const w of englishWords(run.text, shouting)) {
          const kind: TermKind = !w.code ? (isEnglishNumberWord(w.surface) ? 'number' : 'latin') : /^[\d.]+$/.test(w.term) ? 'number' : 'code';
          const token: Token = { term: w.term, kind, surfaces: w.code ? [w.surface] : [w.surface, w.term] };
          tokens.push(token);
          latin.push(token);
        }
      }
    }
    // Latin synonym terms can span words ("correspondent bank"), so match over the sequence.
    for (const group of this.synonyms.groupsIn(latin.map((t) => t.term))) tokens.push(this.synonymToken(group));
    return { tokens, grams, hanRuns };
  }

  /** Terms for words the content does not have but probably meant: typos and homophones. */
  private corrections(tokens: Token[], hanRuns: string[], speller: Speller, normalized: string): Token[] {
    const out: Token[] = [];
    const add = (word: string, term: string, typed: string[], reading = false) => {
      out.push({ term, kind: 'corrected', surfaces: [word], corrects: typed, ...(reading && { reading }) });
      const group = this.synonyms.groupOf(term);
      if (group !== undefined) out.push(this.synonymToken(group));
    };
    // Syllables of pinyin are no typos of English words (shao is not SHA, shou not shop). Read as
    // typed, English stop words included: he, an and you are syllables too (shen he is 审核, an quan 安全).
    const spoken = latinWordsOf(normalized);
    const syllables = isSyllablePinyin(spoken.filter(Boolean));
    const letters = syllables ? spoken : tokens.map((t) => (t.kind === 'latin' && /^[a-z]+$/i.test(t.surfaces[0]!) ? t.surfaces[0]!.toLowerCase() : ''));
    const typos: Token[] = [];
    for (const t of tokens) {
      const surface = t.surfaces[0]!;
      if (syllables && t.kind === 'latin') continue;
      // An amount (500k, 2.5w) is a figure, not a typo of another (300k, 50k).
      if ((t.kind === 'latin' || (t.kind === 'code' && /[a-z]/.test(surface) && amountValue(surface) === undefined)) && surface.length >= 4) typos.push(t);
    }
    // Pinyin typed for a Chinese word, in one Latin word or two (shouyiren, hu ming); not a name
    // (see namesIn: read only when some word spells a content word's pinyin, which few do).
    let names: ReadonlySet<string> | undefined;
    let readPinyin = false;
    const pinyinOf = (word: string, i: number, parts: number): boolean => {
      const han = speller.hanOfPinyin(word);
      if (!han.length) return false;
      names ??= namesIn(normalized);
      for (let k = i; k < i + parts; k++) if (names.has(letters[k]!)) return false;
      for (const h of han) add(h, h, letters.slice(i, i + parts), true);
      return true;
    };
    // Syllables that spell a word the content writes in Latin letters (fa piao is its fapiao, not 发票).
    const latinOf = (word: string, i: number, parts: number): boolean => {
      if (!speller.writesInLatin(word)) return false;
      add(word, stem(word), letters.slice(i, i + parts));
      return true;
    };
    if (syllables) {
      // A syllable at a time: the longest run of up to four syllables that spells a content word
      // (shou xu fei is 手续费, not 手续 and 续费), then on after it.
      for (let i = 0; i < letters.length; ) {
        let taken = 1;
        for (let n = 4; n >= 2; n--) {
          const parts = letters.slice(i, i + n);
          if (parts.length < n || !parts.every(Boolean)) continue;
          const word = parts.join('');
          if (pinyinOf(word, i, n) || latinOf(word, i, n)) {
            taken = n;
            break;
          }
        }
        i += taken;
      }
    } else {
      letters.forEach((word, i) => {
        if (!word) return;
        if (pinyinOf(word, i, 1)) readPinyin = true;
        if (letters[i + 1] && pinyinOf(word + letters[i + 1], i, 2)) readPinyin = true;
      });
    }
    // Where a word was read as pinyin (daozhang), its neighbours that are syllables are pinyin too
    // (shao le, shei kou de), not typos of SHA and SHEIN.
    for (const t of typos) {
      const surface = t.surfaces[0]!;
      if (readPinyin && isPinyinSyllable(surface.toLowerCase())) continue;
      for (const word of speller.correctLatin(surface)) add(word, /\d/.test(word) ? word : stem(word), [surface]);
    }
    // A stop word is a word the user meant, not a typo: 一直 (always) is not 一致 (consistent).
    for (const run of hanRuns) for (const c of speller.correctHan(run, this.segmenter.words(run))) if (!CHINESE_STOP_WORDS.has(c.typo)) add(c.word, c.word, [c.typo]);
    return out;
  }

  /**
   * The key of the synonym group of SHORTFALL_WORD when `values` hold two amounts a little
   * apart (see shortfall.ts), as an inferred term: precise, and informative for the
   * confidence as a typed word is (a synonym key is neither); nothing when the content has
   * no such group.
   */
  shortfallTokens(values: readonly number[]): Token[] {
    return this.inferredTokens(SHORTFALL_WORD, () => isShortfall(values));
  }

  /**
   * The key of the synonym group of PHISHING_WORD when `normalized` holds an address made to
   * pass for someone else's (see lookalikeAddress.ts), as an inferred term, like a shortfall.
   */
  private lookalikeTokens(normalized: string): Token[] {
    return this.inferredTokens(PHISHING_WORD, () => hasLookalikeAddress(normalized));
  }

  /**
   * The key of the synonym group of MISTAKE_WORD when `normalized` says an amount was typed as
   * another (see mistypedAmount.ts), as an inferred term, like a shortfall.
   */
  private mistypedTokens(normalized: string): Token[] {
    return this.inferredTokens(MISTAKE_WORD, () => hasMistypedAmount(normalized));
  }

  /** The key of `word`'s synonym group as an inferred term when `holds`; nothing when the content has no such group. */
  private inferredTokens(word: string, holds: () => boolean): Token[] {
    const group = this.synonyms.groupOf(word);
    return group !== undefined && holds() ? [{ ...this.synonymToken(group), kind: 'inferred' }] : [];
  }

  /** A Chinese word and the key of its synonym group, if it has one. */
  private pushHan(tokens: Token[], word: string): void {
    tokens.push({ term: word, kind: isChineseNumber(word) ? 'number' : 'han', surfaces: [word] });
    const group = this.synonyms.groupOf(word);
    if (group !== undefined) tokens.push(this.synonymToken(group));
  }

  private synonymToken(group: number): Token {
    return { term: this.synonyms.keys[group]!, kind: 'synonym', surfaces: this.synonyms.surfaces[group]! };
  }

  /** Terms of a synonym entry as they appear in running text, in order and without overlaps. */
  private positionalTerms(term: string): string[] {
    const out: string[] = [];
    for (const run of scriptRuns(normalize(term))) {
      if (run.script === 'han') out.push(...this.segmenter.words(run.text).filter((w) => !CHINESE_STOP_WORDS.has(w)));
      else out.push(...englishWords(run.text).map((w) => w.term));
    }
    return out;
  }

  private partial(normalized: string): QueryAnalysis['partial'] {
    const runs = scriptRuns(normalized);
    const last = runs[runs.length - 1];
    if (!last || !normalized.trimEnd().endsWith(last.text) || normalized !== normalized.trimEnd()) return undefined;
    if (last.script === 'latin') {
      const word = last.text.split(/[.'’]/).pop() ?? '';
      return word.length >= 2 && !/\d/.test(word) ? { prefix: word, script: 'latin' } : undefined;
    }
    const word = this.segmenter.words(last.text).pop() ?? '';
    return word && !CHINESE_STOP_WORDS.has(word) ? { prefix: word, script: 'han' } : undefined;
  }
}

/**
 * The Latin words of `text` in order, lower-cased, stop words included; '' for a word with
 * digits or signs and for each Chinese run, so that no word is read joined across them.
 */
function latinWordsOf(text: string): string[] {
  const words: string[] = [];
  for (const run of scriptRuns(text)) {
    if (run.script === 'han') words.push('');
    else words.push(/^[a-z]+$/i.test(run.text) ? run.text.toLowerCase() : '');
  }
  return words;
}

/**
 * Latin words written as names, lower-cased and without apostrophes: capitalised inside a
 * sentence (in Foshan) or with pinyin's syllable apostrophe (Bao'an, Xi'an), as romanised
 * place and people's names are. Pinyin a customer types for a Chinese word is neither (a
 * phone may capitalise it opening a sentence): read as pinyin, "bao'an shenzhen" (a
 * district) was 报案 (a police report).
 */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)*/g)) {
    const word = m[0];
    const opensSentence = /(?:^|[.!?。！？]\s*)$/.test(text.slice(0, m.index));
    if ((/^[A-Z]/.test(word) && !opensSentence) || /['’]/.test(word)) names.add(word.toLowerCase().replace(/['’]/g, ''));
  }
  return names;
}
