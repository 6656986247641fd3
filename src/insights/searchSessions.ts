import type { StoredEvent } from '../events/event.js';

/** One search (or assist suggestion) with what the agent or customer did after it. */
export interface SearchSession {
  search: StoredEvent;
  opens: StoredEvent[];
  copies: StoredEvent[];
  feedback: StoredEvent[];
}

/** A search without a confident answer: `confident: false`, or (older events) nothing returned. */
export function isUnconfident(search: StoredEvent): boolean {
  return search.confident === undefined ? !search.resultIds?.length : !search.confident;
}

/**
 * Joins open / copy / feedback events to the search they came from by `searchId`.
 * Events with no matching search in the list (opened directly, or searched before the
 * period) are not attached to any session.
 */
export function searchSessions(events: readonly StoredEvent[]): SearchSession[] {
  const byId = new Map<string, SearchSession>();
  const sessions: SearchSession[] = [];
  for (const e of events) {
    if (e.type !== 'search' && e.type !== 'assist') continue;
    const s: SearchSession = { search: e, opens: [], copies: [], feedback: [] };
    sessions.push(s);
    if (e.searchId) byId.set(e.searchId, s);
  }
  for (const e of events) {
    const s = e.searchId === undefined ? undefined : byId.get(e.searchId);
    if (!s) continue;
    if (e.type === 'open') s.opens.push(e);
    else if (e.type === 'copy') s.copies.push(e);
    else if (e.type === 'feedback') s.feedback.push(e);
  }
  return sessions;
}

/** The article the search led to: the first one opened (assist: the suggestion opened). */
export function resolvedArticle(s: SearchSession): string | undefined {
  return s.opens[0]?.articleId ?? (s.search.type === 'assist' ? s.search.articleId : undefined);
}
