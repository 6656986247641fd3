import type { StoredEvent } from '../events/event.js';
import { maskPersonalData, withoutMasks } from '../assist/personalData.js';
import { normalize } from '../analysis/normalize.js';
import { byFrequency, queryKey, type Analyze } from '../insights/queryTerms.js';
import { searchSessions, type SearchSession } from '../insights/searchSessions.js';
import { detectLocale } from '../query/locale.js';
import type { Locale, Visibility } from '../types.js';

/** A similar question to add to an article, with the evidence for it. */
export interface Proposal {
  articleId: string;
  locale: Locale;
  /** The question as it would be written into the article (masked, normalised). */
  question: string;
  /** Searches that led to it: opened and then copied or rated helpful. */
  count: number;
  /** Where the article ranked in those searches (null: not in the results at all). */
  ranksBefore: Array<number | null>;
  /** Other wordings with the same analysed terms (at most 5). */
  variants: string[];
  /** The content file to write it into, relative to the content folder. */
  file: string;
}

/** What learning needs to know of one article in one locale. */
export interface LearnArticle {
  id: string;
  locale: Locale;
  file: string;
  visibility: Visibility;
  title: string;
  questions: readonly string[];
}

export interface LearnInput {
  events: readonly StoredEvent[];
  /** The article `id` in exactly `locale`, if that translation exists. */
  article(id: string, locale: Locale): LearnArticle | undefined;
  /** Every article in every locale, to avoid proposing another article's question. */
  all: readonly LearnArticle[];
  analyze: Analyze;
  minCount: number;
}

/** Longest question proposed: a similar question is one line, not a pasted chat log. */
export const MAX_QUESTION_CHARS = 120;

/**
 * A query as an editor would write it: personal data masked and the masks dropped (with
 * what labels them), Traditional folded to Simplified, spaces collapsed, trailing
 * punctuation gone. Empty when nothing is left.
 */
export function cleanQuestion(query: string): string {
  const masked = withoutMasks(maskPersonalData(query).text);
  return normalize(masked).replace(/\s+/g, ' ').trim().replace(/[\s?？!！。.,，、~～]+$/u, '');
}

/**
 * Similar questions learnt from agents' searches: a search after which the agent opened
 * article X and then copied its reply or rated it helpful, where X was not the first
 * result, proposes the query for X. Candidates are grouped by analysed terms, counted,
 * dropped when X (or any other article) already has a question with the same terms, and
 * never proposed for an internal article from public traffic.
 */
export function learnProposals(input: LearnInput): Proposal[] {
  const key = (q: string) => queryKey(input.analyze, q);
  const taken = new Map<string, string>();
  for (const a of input.all) for (const q of [a.title, ...a.questions]) taken.set(`${a.locale}|${key(q)}`, a.id);
  const groups = new Map<string, { articleId: string; locale: Locale; file: string; wordings: string[]; ranks: Array<number | null> }>();
  for (const s of searchSessions(input.events)) {
    const win = confirmedWin(s);
    if (!win || win.rank === 1) continue;
    const question = cleanQuestion(s.search.query ?? '');
    if (question.length < 2 || question.length > MAX_QUESTION_CHARS) continue;
    const locale = detectLocale(question);
    const article = input.article(win.articleId, locale);
    if (!article || (s.search.scope === 'public' && article.visibility !== 'public')) continue;
    const k = key(question);
    if (!k || taken.has(`${locale}|${k}`)) continue;
    const id = `${article.id}|${locale}|${k}`;
    const g = groups.get(id) ?? { articleId: article.id, locale, file: article.file, wordings: [], ranks: [] };
    g.wordings.push(question);
    g.ranks.push(win.rank);
    groups.set(id, g);
  }
  return [...groups.values()]
    .filter((g) => g.wordings.length >= input.minCount)
    .map((g) => {
      const [question, ...variants] = byFrequency(g.wordings);
      return { articleId: g.articleId, locale: g.locale, question: question!, count: g.wordings.length, ranksBefore: g.ranks, variants: variants.slice(0, 5), file: g.file };
    })
    .sort((a, b) => b.count - a.count || a.articleId.localeCompare(b.articleId) || a.question.localeCompare(b.question));
}

/** The article a search was answered by: opened, then copied or rated helpful, after the same search. */
function confirmedWin(s: SearchSession): { articleId: string; rank: number | null } | undefined {
  for (const open of s.opens) {
    const id = open.articleId;
    if (!id) continue;
    const confirmed = s.copies.some((c) => c.articleId === id) || s.feedback.some((f) => f.articleId === id && f.helpful === true);
    if (!confirmed) continue;
    const position = s.search.resultIds?.indexOf(id) ?? -1;
    return { articleId: id, rank: open.rank ?? (position >= 0 ? position + 1 : null) };
  }
  return undefined;
}
