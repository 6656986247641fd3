import type { Analyzer, QueryAnalysis } from '../analysis/analyzer.js';
import { hasHan } from '../analysis/hanCharacters.js';
import { escapeHtml } from '../shared/html.js';
import type { CompiledArticle, Scope } from '../types.js';

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
}

/**
 * The passage of an article that best shows why it matched, HTML-escaped, with matched
 * terms in `<mark>`. Passages are the answer, the similar questions and the lines of the
 * sections the scope may see. They are scored on analysed terms, the same terms the
 * search matched, so stems, synonyms and corrections count. Only the winning passage is
 * run through the highlighting regex.
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
  let best = article.answer;
  let bestScore = 0;
  for (let i = 0; i < texts.length; i++) {
    if (scores[i]! > bestScore) {
      best = texts[i]!;
      bestScore = scores[i]!;
    }
  }
  return renderPassage(best, patterns);
}

/**
 * Each passage's score: the credits of the distinct query terms among its words. Credits
 * are halves and small whole numbers, so their sum is exact in any order (word by word,
 * or term by term).
 */
function passageScores(passages: Passages, credits: Map<string, number>, analyzer: Analyzer): Float64Array {
  const scores = new Float64Array(passages.texts.length);
  if (!passages.shown) {
    passages.shown = true;
    const fromJson = passages.json === undefined ? undefined : jsonScores(passages.json, credits, passages.count);
    if (fromJson) passages.sources.forEach((source, i) => (scores[i] = fromJson[source]!));
    else wordsOf(passages, analyzer).forEach((words, i) => (scores[i] = passageScore(words, credits)));
    return scores;
  }
  const holding = (passages.holding ??= holdingOf(wordsOf(passages, analyzer)));
  for (const [term, credit] of credits) for (const i of holding.get(term) ?? []) scores[i]! += credit;
  return scores;
}

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
function jsonScores(json: string, credits: Map<string, number>, count: number): Float64Array | undefined {
  if (json.includes('\\')) return undefined;
  const starts = passageStarts(json);
  if (starts.length !== count) return undefined;
  const scores = new Float64Array(count);
  for (const [term, credit] of credits) {
    if (term === '' || term.includes('"') || term[0] === ',' || term[0] === ']' || JSON.stringify(term).length !== term.length + 2) return undefined;
    const needle = `"${term}"`;
    let last = -1;
    for (let at = json.indexOf(needle); at >= 0; at = json.indexOf(needle, at + needle.length)) {
      const i = lastAtOrBefore(starts, at);
      // Found in passage order: a term listed twice in a passage counts once.
      if (i !== last) (scores[i]! += credit), (last = i);
    }
  }
  return scores;
}

/** Offsets of the `[` opening each passage of a JSON string[][] without escapes. */
function passageStarts(json: string): number[] {
  const starts: number[] = [];
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

/** A chosen passage as a snippet: trimmed, cut to a window around its first match, HTML-escaped, matches marked. */
export function renderPassage(text: string, patterns: HighlightPatterns | undefined): string {
  const trimmed = text.trim();
  const mark = patterns && markFor(trimmed, patterns);
  return highlight(clip(trimmed, mark), mark);
}

const creditsOf = new WeakMap<QueryAnalysis, Map<string, number>>();

/**
 * What a passage gains for holding each of the query's terms: a synonym key half a point,
 * a word its length up to 4 (a term listed twice counts twice). Made once per query.
 */
function termCredits(query: QueryAnalysis): Map<string, number> {
  let credits = creditsOf.get(query);
  if (!credits) {
    credits = new Map();
    for (const t of query.terms) credits.set(t.term, (credits.get(t.term) ?? 0) + (t.kind === 'synonym' ? 0.5 : Math.min(t.term.length, 4)));
    creditsOf.set(query, credits);
  }
  return credits;
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
  const all = passageSources(article);
  const sources = all.flatMap((p, i) => (scope === 'agent' || !p.internal ? [i] : []));
  const passages: Passages = { texts: sources.map((i) => all[i]!.text), sources, count: all.length };
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
  return [
    ...[article.answer, ...article.questions].map((text) => ({ text, internal: false })),
    ...article.sections
      .filter((s) => s.kind !== 'answer')
      .flatMap((s) => s.text.split(/\n|(?<=[。！？；])/).map((text) => ({ text, internal: s.kind === 'internal' }))),
  ].filter((p) => p.text.trim() !== '');
}

export interface HighlightPatterns {
  /** The forms worth marking, longest first: a lone Chinese character (到, 汇) is noise inside other words, so it is marked only when nothing longer is. */
  forms: string[];
  /** The marking regex of each subset of `forms` a passage needed (one query's few passages). */
  compiled: Map<string, RegExp>;
}

/** The highlightable forms of the query's terms, longest first. Made once per query. */
export function highlightPatterns(query: QueryAnalysis): HighlightPatterns | undefined {
  const forms = new Set<string>();
  for (const t of query.terms) for (const s of t.surfaces) if (s.length > 1 || hasHan(s)) forms.add(s);
  if (query.partial) forms.add(query.partial.prefix);
  if (!forms.size) return undefined;
  const longer = [...forms].filter((f) => f.length > 1);
  return { forms: (longer.length ? longer : [...forms]).sort((a, b) => b.length - a.length), compiled: new Map() };
}

/**
 * The regex marking the forms in `text`: the alternation of every form, less those that
 * cannot occur in it. An alternative that matches nowhere never decides a match, so the
 * marks are the same; but a regex with the `iu` flags is compiled on its first use, and
 * over every form of a long query that took most of a search (0.8 ms for a call-like
 * one), while the forms a passage holds are a few. Undefined when none can occur.
 */
function markFor(text: string, patterns: HighlightPatterns): RegExp | undefined {
  let lower: string | undefined;
  const present = patterns.forms.filter((f) => mayOccur(f, text, () => (lower ??= text.toLowerCase())));
  if (!present.length) return undefined;
  const key = present.join('\u0000');
  let mark = patterns.compiled.get(key);
  if (!mark) patterns.compiled.set(key, (mark = alternation(present)));
  return mark;
}

/** Characters whose only case-insensitive (`iu`) match is themselves (test/query/highlight.test.ts checks every code point). */
const CASELESS = /^[\p{Script=Han}0-9]+$/u;
const ASCII = /^[\x00-\x7f]+$/;
/** The one character besides ASCII letters and K (U+212A, which lowercases to k) that `iu` matches to an ASCII letter (s). */
const LONG_S = '\u017f';

/**
 * False only when `form` cannot match anywhere in `text` under the `iu` flags (the
 * `\b…[a-z]*` around a Latin form only narrows its matches). Caseless forms match only
 * themselves; an ASCII form matches only ASCII letters of either case, K and ſ. Any other
 * form is kept.
 */
function mayOccur(form: string, text: string, lower: () => string): boolean {
  if (CASELESS.test(form)) return text.includes(form);
  if (ASCII.test(form)) return text.includes(LONG_S) || lower().includes(form.toLowerCase());
  return true;
}

function alternation(forms: string[]): RegExp {
  const alternatives = forms
    .sort((a, b) => b.length - a.length)
    .map((f) => (/^[a-z]/.test(f) ? `\\b${escapeRegExp(f)}[a-z]*` : escapeRegExp(f)));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** Cuts a long passage to a window around its first match. */
function clip(text: string, pattern: RegExp | undefined): string {
  if (text.length <= MAX_SNIPPET) return text;
  const first = pattern ? text.search(pattern) : 0;
  const start = Math.max(0, Math.min(first - 30, text.length - MAX_SNIPPET));
  const end = start + MAX_SNIPPET;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function highlight(text: string, pattern: RegExp | undefined): string {
  if (!pattern) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
