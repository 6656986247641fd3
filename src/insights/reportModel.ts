import type { FeedbackReason } from '../events/event.js';
import type { Locale, Scope } from '../types.js';

/**
 * The voice-of-the-customer report, as computed from the events and the built articles.
 * Every renderer (text, JSON, CSV, HTML) reads this one model. Each count that can change
 * month to month carries `previous`: the same figure over the period of equal length just
 * before, so a monthly run (`--since 2026-11-01 --until 2026-12-01`) compares to October.
 */
export interface Report {
  generatedAt: string;
  period: { since: string; until: string; previousSince: string; scope: Scope | 'all'; days: number };
  /** Synthetic events (from `kb demo-events`) counted in the period: the report says so. */
  sampleEvents: number;
  volume: VolumeSection;
  topQuestions: TopQuestion[];
  gaps: GapSection;
  articles: ArticlesSection;
  stale: StaleSection;
  teams: TeamRow[];
}

/** A figure now and in the previous period. */
export interface Trend {
  current: number;
  previous: number;
}

export interface VolumeSection {
  searches: Trend;
  /** Share (0..1) of searches whose top hit was not a confident answer. */
  noConfidentShare: Trend;
  /** Share (0..1) of searches after which no article was opened. */
  abandonedShare: Trend;
  /** One row per day, scope and locale that had searches, by day. */
  byDay: Array<{ day: string; scope: Scope; locale: Locale | 'unknown'; searches: number }>;
}

export interface TopQuestion {
  /** The analysed terms shared by every wording in the row. */
  key: string;
  /** The most frequent wording. */
  query: string;
  /** Other wordings grouped into the row (at most 5). */
  variants: string[];
  count: number;
  previous: number;
  /** The article opened most often after these searches. */
  topArticle?: { id: string; title: string; opens: number };
}

export interface GapCluster {
  /** The most frequent wording of the cluster. */
  label: string;
  count: number;
  /** Searches in the previous period that fall into this cluster. */
  previous: number;
  noConfident: number;
  noOpen: number;
  /** Distinct wordings, most frequent first (at most 5). */
  examples: string[];
  /** What the engine answered first most often, if anything. */
  topResult?: string;
}

export interface GapSection {
  /** Searches with no confident answer or no article opened. */
  total: Trend;
  clusters: GapCluster[];
}

export interface ArticleRow {
  id: string;
  title: string;
  category: string;
  views: Trend;
  /** Mean 1-based rank at which it was opened from a search; null when never opened from one. */
  meanRank: number | null;
  copies: number;
  /** Copies per view (0..1). */
  copyRate: number;
  helpful: number;
  notHelpful: number;
  reasons: Partial<Record<FeedbackReason, number>>;
  /** Masked comments, newest first (at most 5). */
  comments: string[];
}

export interface ArticlesSection {
  /** Articles with any view or feedback, most viewed first. */
  rows: ArticleRow[];
  /** Articles in scope that nobody opened in the period. */
  unfound: Array<{ id: string; title: string; category: string }>;
  /** Helpful share per category (null without feedback), now and before. */
  helpfulByCategory: Array<{ category: string; helpful: number; notHelpful: number; ratio: number | null; previousRatio: number | null }>;
}

export interface StaleArticle {
  id: string;
  title: string;
  reviewed: string;
  /** The date the next review is due, YYYY-MM-DD. */
  due: string;
  /** Days past due at the report's end (negative: due in that many days). */
  overdueDays: number;
  views: number;
}

export interface StaleSection {
  /** Articles overdue or due within 30 days, now and at the end of the previous period. */
  count: Trend;
  /** Grouped by owner, the owner with the most traffic on stale articles first. */
  byOwner: Array<{ owner: string; views: number; articles: StaleArticle[] }>;
}

export interface TeamRow {
  /** The `escalate_to` team of the articles the problems led to. */
  team: string;
  problems: Trend;
  notHelpful: Trend;
  categories: Array<{ category: string; problems: Trend }>;
}
