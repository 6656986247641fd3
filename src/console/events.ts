import { apiFetch } from './api.js';
import { locale } from './i18n.js';
import type { FeedbackReason } from '../events/event.js';

/**
 * What the agent did, sent to POST /api/events for the editors' reports (issue 9):
 * fire-and-forget, never awaited by the UI, never an error on screen (a lost event costs a
 * statistic, a blocked agent costs a customer).
 */

/** Where an opened article came from: the search (or live-call update) and its 1-based rank there. */
export interface Origin {
  searchId?: string;
  rank?: number;
}

type ConsoleEvent =
  | ({ type: 'open' | 'copy'; articleId: string; locale?: string } & Origin)
  | { type: 'feedback'; articleId: string; helpful: boolean; reason?: FeedbackReason; comment?: string; searchId?: string; locale?: string };

/** Sends an event; the promise is for tests and never rejects. */
export function sendEvent(event: ConsoleEvent): Promise<void> {
  const body = { ...event, locale: event.locale ?? locale() };
  return apiFetch('/api/events', { method: 'POST', body, keepalive: true }).then(
    () => undefined,
    () => undefined,
  );
}

/** Drops undefined fields, so the JSON sent is exactly what is known. */
export function origin(searchId: string | undefined, rank: number | undefined): Origin {
  return { ...(searchId ? { searchId } : {}), ...(rank ? { rank } : {}) };
}
