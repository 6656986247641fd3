import type { Analyzer, QueryAnalysis } from '../analysis/analyzer.js';
import { hasHan } from '../analysis/hanCharacters.js';
import { escapeHtml } from '../shared/html.js';
import { RECENT_ANALYSES, RecentMemo } from '../shared/recentMemo.js';
import type { CompiledArticle, Scope } from '../types.js';
import { FormFinder, type FormKind, formKind, LONG_S } from './formFinder.js';

const MAX_SNIPPET = 140;

/**
 * The passages an article can be summarised by (for one scope), with their analysed words.
 * The first query that shows the article scores its passages on the build's JSON with a
 * string search per query term, without parsing it (at 20,000 articles most articles a
 * query shows are shown once). An article shown again gets `holding`, which passages hold
 * each word: a query then looks up its few terms instead of reading every word.
 */
interface Passages {
  texts: string[];
  /** Position of each passage among `passageSources(article)` (the public scope skips internal ones). */
  sources: number[];
  /** How many `passageSources(article)` has. */
  count: number;
  /** The build's words of each of `passageSources(article)`, as stored (JSON), if given so. */
  json?: string;
  /** The words of each of `texts` (the build's, parsed, or analysed here), once needed. */
  words?: ReadonlyArray<readonly string[]>;
  /** Scored for a query before. */
  shown?: boolean;
  /** Word → the positions in `texts` of the passages holding it, ascending, each once. */
  holding?: Map<string, number[]>;
  /** Each shown passage trimmed and lowercased, once needed (see finderFor): a copy per showing was most of a snippet's garbage. */
  lowered?: Array<string | undefined>;
}

/**
 * The passage of an article that best shows why it matched, HTML-escaped, with matched
 * terms in `<mark>`. Passages are the answer, the similar questions and the lines of the
 * sections the scope may see. They are scored on analysed terms, the same terms the
 * search matched, so stems, synonyms and corrections count. Only the winning passage is
 * searched for the query's forms to mark.
 */
export function snippet(
  article: CompiledArticle,
  query: QueryAnalysis,
  patterns: HighlightPatterns | undefined,
  scope: Scope,
  analyzer: Analyzer,
  /**
   * The analysed words of each of `passageSources(article)`, from the build, parsed or as
   * stored (JSON); asked for once per article; without them, passages are analysed here.
   */
  passageWords?: () => string[][] | string | undefined,
): string {
  const passages = passagesOf(article, scope, analyzer, passageWords);
  const { texts } = passages;
  const scores = passageScores(passages, termCredits(query), analyzer);
  // The first passage with the highest score wins; none scoring, the answer.
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < texts.length; i++) {
    if (scores[i]! > bestScore) {
      best = i;
      bestScore = scores[i]!;
    }
  }
  // The answer is the first passage unless it is empty.
  if (best < 0 && passages.sources[0] === 0) best = 0;
  if (best < 0) return renderPassage(article.answer, patterns);
  const lowered = patterns?.ascii ? ((passages.lowered ??= [])[best] ??= texts[best]!.trim().toLowerCase()) : undefined;
  return renderPassage(texts[best]!, patterns, lowered);
}

/**
 * Each passage's score: the credits of the distinct query terms among its words. Credits
 * are halves and small whole numbers, so their sum is exact in any order (word by word,
 * or term by term).
 */
function passageScores(passages: Passages, credits: TermCredits, analyzer: Analyzer): Float64Array {
  const scores = scoreScratch(passages.texts.length);
  if (!passages.shown) {
    passages.shown = true;
    const fromJson = passages.json === undefined ? undefined : jsonScores(passages.json, credits, passages.count);
    if (fromJson) passages.sources.forEach((source, i) => (scores[i] = fromJson[source]!));
    else wordsOf(passages, analyzer).forEach((words, i) => (scores[i] = passageScore(words, credits.byTerm)));
    return scores;
  }
  const holding = (passages.holding ??= holdingOf(wordsOf(passages, analyzer)));
  const { terms, credits: each } = credits;
  for (let t = 0; t < terms.length; t++) {
    const at = holding.get(terms[t]!);
    if (at) for (let k = 0; k < at.length; k++) scores[at[k]!]! += each[t]!;
  }
  return scores;
}

/**
 * Zeroed arrays reused by every snippet (each valid until its next call; queries run one at
 * a time per thread): a new array per shown hit was a fifth of a snippet's garbage.
 */
function zeroScratch(): (count: number) => Float64Array {
  let array = new Float64Array(64);
  return (count) => {
    if (array.length < count) array = new Float64Array(2 * count);
    array.fill(0, 0, count);
    return array;
  };
}

const scoreScratch = zeroScratch();

/** The words of each passage: the build's (a passage it has none for, and every one without them, analysed here). */
function wordsOf(passages: Passages, analyzer: Analyzer): ReadonlyArray<readonly string[]> {
  if (!passages.words) {
    const built = passages.json === undefined ? undefined : (JSON.parse(passages.json) as string[][]);
    passages.words = passages.sources.map((source, i) => built?.[source] ?? analyzer.analyze(passages.texts[i]!).words);
  }
  return passages.words;
}

/**
 * The credits of each passage (of all `passageSources`), read from the build's JSON
 * (string[][]) by finding each term as a whole string element; undefined when that cannot
 * be exact: a JSON with escapes, or a term that needs one or could start inside another.
 * Without escapes every `"` delimits a string, so `"term"` found where its first quote
 * opens a string is that whole element; a first quote that closes one is followed by `,`
 * or `]`, which no accepted term starts with.
 */
function jsonScores(json: string, credits: TermCredits, count: number): Float64Array | undefined {
  if (json.includes('\\') || !credits.needles) return undefined;
  const starts = passageStarts(json);
  if (starts.length !== count) return undefined;
  const scores = jsonScoreScratch(count);
  const { needles } = credits;
  for (let t = 0; t < needles.length; t++) {
    const needle = needles[t]!;
    const credit = credits.credits[t]!;
    let last = -1;
    for (let at = json.indexOf(needle); at >= 0; at = json.indexOf(needle, at + needle.length)) {
      const i = lastAtOrBefore(starts, at);
      // Found in passage order: a term listed twice in a passage counts once.
      if (i !== last) (scores[i]! += credit), (last = i);
    }
  }
  return scores;
}

/** Each term as jsonScores looks for it, `"term"`; undefined when some term cannot be found exactly so (see jsonScores). */
function jsonNeedles(terms: readonly string[]): string[] | undefined {
  const needles: string[] = [];
  for (const term of terms) {
    if (term === '' || term.includes('"') || term[0] === ',' || term[0] === ']' || JSON.stringify(term).length !== term.length + 2) return undefined;
    needles.push(`"${term}"`);
  }
  return needles;
}

/** `count` zeros for jsonScores, apart from scoreScratch's (their values are copied out at once). */
const jsonScoreScratch = zeroScratch();

/** Offsets of the `[` opening each passage of a JSON string[][] without escapes, in an array reused by every snippet. */
function passageStarts(json: string): number[] {
  const starts = startsScratch;
  starts.length = 0;
  let inString = false;
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) inString = !inString;
    else if (inString) continue;
    else if (c === 91 && depth++ === 1) starts.push(i);
    else if (c === 93) depth--;
  }
  return starts;
}

const startsScratch: number[] = [];

/** Position of the last of the ascending `starts` at or before `at`. */
function lastAtOrBefore(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A chosen passage as a snippet: trimmed, cut to a window around its first match,
 * HTML-escaped, matches marked. `lowered`: the trimmed text lowercased, if the caller keeps it.
 */
export function renderPassage(text: string, patterns: HighlightPatterns | undefined, lowered?: string): string {
  const trimmed = text.trim();
  const finder = patterns && finderFor(trimmed, patterns, lowered);
  return highlight(clip(trimmed, finder), finder);
}

/** What each of a query's distinct terms is worth to a passage, by term and as parallel arrays (in the terms' first order). */
interface TermCredits {
  byTerm: Map<string, number>;
  terms: string[];
  credits: number[];
  /** The terms as jsonScores finds them in the build's JSON (undefined: it cannot, the JSON is parsed). */
  needles: string[] | undefined;
}

const creditsOf = new RecentMemo<QueryAnalysis, TermCredits>(RECENT_ANALYSES);

/**
 * What a passage gains for holding each of the query's terms: a synonym key half a point,
 * a word its length up to 4 (a term listed twice counts twice). Made once per query.
 */
function termCredits(query: QueryAnalysis): TermCredits {
  let found = creditsOf.get(query);
  if (!found) {
    const byTerm = new Map<string, number>();
    for (const t of query.terms) byTerm.set(t.term, (byTerm.get(t.term) ?? 0) + (t.kind === 'synonym' ? 0.5 : Math.min(t.term.length, 4)));
    const terms = [...byTerm.keys()];
    creditsOf.set(query, (found = { byTerm, terms, credits: [...byTerm.values()], needles: jsonNeedles(terms) }));
  }
  return found;
}

/** The credits of the distinct query terms among `words`. */
function passageScore(words: readonly string[], credits: Map<string, number>): number {
  let score = 0;
  let counted: string[] | undefined;
  for (const w of words) {
    const credit = credits.get(w);
    if (credit === undefined || counted?.includes(w)) continue;
    (counted ??= []).push(w);
    score += credit;
  }
  return score;
}

/** Word → the positions of the passages holding it, ascending, each once. */
function holdingOf(passageWords: ReadonlyArray<readonly string[]>): Map<string, number[]> {
  const holding = new Map<string, number[]>();
  passageWords.forEach((words, i) => {
    for (const w of words) {
      const at = holding.get(w);
      if (!at) holding.set(w, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  return holding;
}

const passageCache = new WeakMap<CompiledArticle, Partial<Record<Scope, Passages>>>();

function passagesOf(article: CompiledArticle, scope: Scope, analyzer: Analyzer, passageWords: (() => string[][] | string | undefined) | undefined): Passages {
  const cached = passageCache.get(article) ?? {};
  passageCache.set(article, cached);
  if (cached[scope]) return cached[scope];
  // The passages the scope may see, straight from the article: no object per passage (a search shows ten articles it has not shown before).
  const texts: string[] = [];
  const sources: number[] = [];
  const count = eachPassage(article, (text, internal, source) => {
    if (scope === 'agent' || !internal) texts.push(text), sources.push(source);
  });
  const passages: Passages = { texts, sources, count };
  const built = passageWords?.();
  if (typeof built === 'string') passages.json = built;
  else passages.words = sources.map((source, i) => built?.[source] ?? analyzer.analyze(passages.texts[i]!).words);
  return (cached[scope] = passages);
}

/**
 * Every passage an agent's snippet can come from, in order: the answer, the similar
 * questions, the lines of the other sections; `internal` ones are left out for the public.
 */
export function passageSources(article: CompiledArticle): Array<{ text: string; internal: boolean }> {
  const out: Array<{ text: string; internal: boolean }> = [];
  eachPassage(article, (text, internal) => out.push({ text, internal }));
  return out;
}

/**
 * Calls `visit` with each of `passageSources(article)` and its position there; returns how
 * many. A section's lines are its text split at line breaks (dropped) and after 。！？；
 * (kept), as `split(/\n|(?<=[。！？；])/)` splits it; blank ones are skipped.
 */
function eachPassage(article: CompiledArticle, visit: (text: string, internal: boolean, source: number) => void): number {
  let n = 0;
  const add = (text: string, internal: boolean) => {
    if (text.trim() !== '') visit(text, internal, n++);
  };
  add(article.answer, false);
  for (const q of article.questions) add(q, false);
  for (const s of article.sections) {
    if (s.kind === 'answer') continue;
    const internal = s.kind === 'internal';
    const text = s.text;
    let from = 0;
    for (let at = 0; at < text.length; at++) {
      if (text.charCodeAt(at) === NEWLINE) {
        add(text.slice(from, at), internal);
        from = at + 1;
      } else if (at > from && SENTENCE_ENDS.includes(text.charCodeAt(at - 1))) {
        add(text.slice(from, at), internal);
        from = at;
      }
    }
    add(text.slice(from), internal);
  }
  return n;
}

const NEWLINE = 10;
/** 。！？； */
const SENTENCE_ENDS = [0x3002, 0xff01, 0xff1f, 0xff1b];

export interface HighlightPatterns {
  /** The forms worth marking, longest first: a lone Chinese character (到, 汇) is noise inside other words, so it is marked only when nothing longer is. */
  forms: string[];
  /** How each form can occur in a passage (see FormKind), and its lowercase. */
  kinds: FormKind[];
  lowerForms: string[];
  /** Some form is ASCII: the chosen passage is then searched lowercased too. */
  ascii: boolean;
  /** Finds the forms a passage can hold (one passage at a time). */
  finder: FormFinder;
}

/** The highlightable forms of the query's terms, longest first. Made once per query. */
export function highlightPatterns(query: QueryAnalysis): HighlightPatterns | undefined {
  const unique = new Set<string>();
  for (const t of query.terms) for (const s of t.surfaces) if (s.length > 1 || hasHan(s)) unique.add(s);
  if (query.partial?.prefix) unique.add(query.partial.prefix);
  if (!unique.size) return undefined;
  const longer = [...unique].filter((f) => f.length > 1);
  const forms = (longer.length ? longer : [...unique]).sort((a, b) => b.length - a.length);
  const kinds = forms.map(formKind);
  return { forms, kinds, lowerForms: forms.map((f) => f.toLowerCase()), ascii: kinds.includes('ascii'), finder: new FormFinder(forms, kinds) };
}

/**
 * The finder of the forms that can occur in `text`, or undefined when none can: a form
 * that matches nowhere never decides a match, so the marks are the same as with every
 * form, and each position is tried against a few forms instead of all of a long query's.
 * `lowered`: `text` lowercased, if the caller has it. Plain loops, no closure or array per
 * form: this runs for every shown hit.
 */
function finderFor(text: string, patterns: HighlightPatterns, lowered?: string): FormFinder | undefined {
  const { forms, kinds, lowerForms, finder } = patterns;
  let lower = lowered;
  let longS: boolean | undefined;
  finder.clear();
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const kind = kinds[i]!;
    // False only when the form cannot match anywhere in the text under the `iu` flags (see FormKind).
    const may = kind === 'caseless' ? text.includes(form) : kind === 'ascii' ? (longS ??= text.includes(LONG_S)) || (lower ??= text.toLowerCase()).includes(lowerForms[i]!) : true;
    if (may) finder.add(i);
  }
  return finder.ready() ? finder : undefined;
}

/** Cuts a long passage to a window around its first match. */
function clip(text: string, finder: FormFinder | undefined): string {
  if (text.length <= MAX_SNIPPET) return text;
  const first = finder ? finder.find(text, 0) : 0;
  const start = Math.max(0, Math.min(first - 30, text.length - MAX_SNIPPET));
  const end = start + MAX_SNIPPET;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function highlight(text: string, finder: FormFinder | undefined): string {
  if (!finder) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (let at = finder.find(text, 0); at >= 0; at = finder.find(text, last)) {
    out += `${escapeHtml(text.slice(last, at))}<mark>${escapeHtml(text.slice(at, finder.end))}</mark>`;
    last = finder.end;
  }
  return out + escapeHtml(text.slice(last));
}
