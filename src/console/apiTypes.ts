/**
 * The API's shapes as the console reads them. Type-only imports of the server's own types
 * (erased when compiled), so the console cannot drift from what the server sends.
 */
import type { ArticleView } from '../query/articleView.js';
import type { Hit, Locale } from '../types.js';
import type { RerankedAssist } from '../assist/assist.js';
import type { Entity } from '../assist/entities.js';

export type { ArticleView, Entity, Locale };

/**
 * A hit; `confidence` arrives with the relevance work (issue 11) and is optional here so the
 * console works against servers with and without it.
 */
export type ConsoleHit = Hit & { confidence?: number };

/** What every ranked answer may carry for analytics and the "no confident match" notice. */
export interface AnswerMeta {
  /** Identifies the search for open / copy / feedback events (issue 9). */
  searchId?: string;
  /** False when even the top hit is not a confident answer (issue 11). */
  confident?: boolean;
}

export interface Suggestions extends AnswerMeta {
  query: string;
  locale: Locale;
  hits: ConsoleHit[];
}

export interface Categories {
  categories: Array<{ id: string; name: string }>;
}

/** One `suggestions` event of a live call: an assist result plus where the call is. */
export type SuggestionsEvent = Omit<RerankedAssist, 'maskedTurns' | 'hits'> & AnswerMeta & { hits: ConsoleHit[]; turns: number; final: boolean };
