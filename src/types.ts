/**
 * The data that flows between stages:
 * SourceArticle (content/) → CompiledArticle (compile/) → IndexDoc (index/) → Hit (query/).
 */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type Visibility = 'public' | 'internal';

/** Who is asking: support agents see everything, the public help center only public parts. */
export const SCOPES = ['agent', 'public'] as const;
export type Scope = (typeof SCOPES)[number];

/** Front matter of one article file, after schema validation. */
export interface FrontMatter {
  id: string;
  title: string;
  category: string;
  tags: string[];
  /** Similar questions: how customers actually phrase it. */
  questions: string[];
  visibility: Visibility;
  /** Team or person responsible for keeping the article true. */
  owner: string;
  /** Date of the last review, `YYYY-MM-DD`. */
  reviewed: string;
  /** The article is stale `review_every_days` after `reviewed`. */
  review_every_days: number;
  /** Team to escalate to. */
  escalate_to: string;
  /** What the agent may promise the customer (a deadline, or "no guarantee"). */
  promise: string;
  /** Ids of related articles. */
  related: string[];
}

/** One parsed file: validated front matter plus the raw Markdown body. */
export interface SourceArticle {
  /** Path relative to the content folder, with `/` separators. */
  file: string;
  locale: Locale;
  meta: FrontMatter;
  body: string;
  /** 1-based line of the first body line in the file, for diagnostics. */
  bodyLine: number;
  /** 1-based file line of a front matter node, e.g. `['questions', 2]`, for diagnostics. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * What a body section is for. `answer` is the paragraph before the first heading;
 * `internal` sections are for agents only; `other` is any extra public section.
 */
export type SectionKind = 'answer' | 'reply' | 'steps' | 'escalation' | 'internal' | 'other';

export interface Section {
  kind: SectionKind;
  /** Heading text as the editor wrote it (empty for the answer). */
  heading: string;
  /** Sanitized HTML of the section body, without its heading. */
  html: string;
  /** Plain text of the section body, for indexing and snippets. */
  text: string;
  /** 1-based line of the section's heading (or first line) in the source file. */
  line: number;
}

/** One article in one locale, ready to store and to show. */
export interface CompiledArticle extends Omit<FrontMatter, 'review_every_days' | 'escalate_to'> {
  locale: Locale;
  file: string;
  reviewEveryDays: number;
  escalateTo: string;
  /** The one-line answer (plain text). */
  answer: string;
  sections: Section[];
}

/** A category as configured in `content/categories.yaml`. */
export interface Category {
  id: string;
  names: Record<Locale, string>;
}

/** Synonym configuration as written in `content/synonyms.yaml`. */
export interface SynonymConfig {
  groups: string[][];
  /** Extra words the Chinese segmenter must keep whole. */
  terms: string[];
}

/** Counts and provenance stored with every build. */
export interface BuildInfo {
  formatVersion: number;
  packageVersion: string;
  /** sha256 over every content file's path and bytes, the package version and the format version. */
  contentHash: string;
  /**
   * The content files' paths, sizes, modification and change times and inodes as the build found them (see
   * contentStamp): while they are unchanged, a start knows the build is current without
   * reading the content. Absent when a file had just changed.
   */
  contentStamp?: string;
  /**
   * The content folder it was built from (absolute). A command given no `--content` reads
   * that folder, not ./content (see indexPaths). Absent in builds made before it was recorded.
   */
  contentDir?: string;
  builtAt: string;
  articles: number;
  files: number;
  locales: Locale[];
  warnings: number;
  durationMs: number;
}

/** A search result: one row per article, in one locale. */
export interface Hit {
  id: string;
  locale: Locale;
  title: string;
  category: string;
  /** The one-line answer. */
  answer: string;
  /** HTML-escaped passage with matched terms wrapped in `<mark>`. */
  snippet: string;
  /** Ranking score: lexical (relative to the query's best) + similar-question model + closest question. Compare within one query only. */
  score: number;
  /**
   * How sure the ranking is that this article answers the query, in [0, 1]: calibrated
   * on in-domain and out-of-scope queries, comparable across queries (see README, "Relevance").
   */
  confidence: number;
  /** The article's similar question (or title, tag) closest to the query, when one shares a term with it. */
  matchedQuestion?: string;
  /** Why the LLM rerank put it here (agent assist, when the rerank succeeded). */
  reason?: string;
}

export interface SearchOptions {
  /** Locale to answer in; by default the query's own language. */
  locale?: Locale;
  /** Maximum number of hits (default 10). */
  limit?: number;
  scope?: Scope;
  category?: string;
  /** Treat the last word as still being typed (prefix match). Default true. */
  prefix?: boolean;
  /** Use the index's result cache (default true); `kb eval` turns it off to time real work. */
  cache?: boolean;
}
