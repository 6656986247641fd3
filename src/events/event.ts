import type { Locale, Scope } from '../types.js';

/**
 * What agents and customers did with the knowledge base, as stored for the editors' reports.
 * One row per event; optional fields are absent (not null) when they do not apply.
 * Nothing personal is ever stored: queries and comments are masked before they get here,
 * and no IP address or token is kept (only a token's label or an `X-Agent-Id` label).
 */
export const EVENT_TYPES = ['search', 'open', 'copy', 'feedback', 'assist'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Why an article did not help, as agents pick it from the console's chips. */
export const FEEDBACK_REASONS = ['outdated', 'wrong', 'incomplete', 'unclear', 'not-what-i-searched', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const MAX_COMMENT_CHARS = 500;

export interface StoredEvent {
  /** Unique id of the event (UUID). */
  id: string;
  /** When it happened, milliseconds since the epoch (UTC). */
  at: number;
  type: EventType;
  scope: Scope;
  /** search / assist: the id returned to the client; open / copy / feedback: the search it came from. */
  searchId?: string;
  /** search / assist: the query (for assist, the derived query), personal data masked. */
  query?: string;
  locale?: Locale;
  /** search: the category filter, if any. */
  category?: string;
  /** search / assist: the article ids returned, in order. */
  resultIds?: string[];
  topScore?: number;
  /** search / assist: whether the top hit was a confident answer. */
  confident?: boolean;
  latencyMs?: number;
  /** open / copy / feedback: the article; assist: the suggestion the agent opened. */
  articleId?: string;
  /** open / copy / feedback: 1-based rank of the article in the search it came from. */
  rank?: number;
  /** feedback */
  helpful?: boolean;
  reason?: FeedbackReason;
  /** feedback: masked, at most MAX_COMMENT_CHARS characters. */
  comment?: string;
  /** A label for who acted (an `X-Agent-Id` or a token's label), never a token or a name. */
  agent?: string;
  /** Synthetic traffic from `kb demo-events`, removable in one command. */
  sample?: boolean;
}

export interface EventFilter {
  /** Inclusive, ms since the epoch. */
  since?: number;
  /** Exclusive, ms since the epoch. */
  until?: number;
  scope?: Scope;
  types?: readonly EventType[];
}

/** Where events live: SQLite (`.kb/state.sqlite`) by default, PostgreSQL with `KB_DATABASE_URL`. */
export interface EventStore {
  /** Queues an event; never blocks, never throws. Beyond the queue's bound events are dropped and counted. */
  record(event: StoredEvent): void;
  /** Writes everything queued so far. */
  flush(): Promise<void>;
  /** Events matching the filter, oldest first. */
  list(filter: EventFilter): Promise<StoredEvent[]>;
  /** Deletes the synthetic events; returns how many. */
  deleteSample(): Promise<number>;
  /** Flushes and closes. */
  close(): Promise<void>;
}
