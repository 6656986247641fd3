import type { StoredEvent } from '../events/event.js';
import type { Scope } from '../types.js';
import type { ArticleInfo } from './articleCatalog.js';
import type { Analyze } from './queryTerms.js';
import { searchSessions, type SearchSession } from './searchSessions.js';

/** Everything a report is computed from. Pure data: no store, no clock. */
export interface ReportInput {
  /** Events from `previousSince` to `until`, oldest first. */
  events: readonly StoredEvent[];
  previousSince: number;
  since: number;
  until: number;
  scope?: Scope;
  articles: ReadonlyMap<string, ArticleInfo>;
  analyze: Analyze;
}

/** The input split into the period and the one before, with searches joined to what followed. */
export interface Periods {
  input: ReportInput;
  current: readonly StoredEvent[];
  previous: readonly StoredEvent[];
  sessions: SearchSession[];
  previousSessions: SearchSession[];
  /** Articles the report's scope can see (public scope: public articles only). */
  articlesInScope: ArticleInfo[];
}

export function splitPeriods(input: ReportInput): Periods {
  const inScope = (e: StoredEvent) => !input.scope || e.scope === input.scope;
  const current = input.events.filter((e) => e.at >= input.since && e.at < input.until && inScope(e));
  const previous = input.events.filter((e) => e.at >= input.previousSince && e.at < input.since && inScope(e));
  return {
    input,
    current,
    previous,
    sessions: searchSessions(current),
    previousSessions: searchSessions(previous),
    articlesInScope: [...input.articles.values()].filter((a) => input.scope !== 'public' || a.visibility === 'public').sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export const share = (part: number, whole: number): number => (whole ? part / whole : 0);
