import { apiFetch } from './api.js';
import { locale } from './i18n.js';
import { storageGet, storageSet } from './storage.js';
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

const AGENT_KEY = 'kb-console.agent-id';
const AGENT_LABEL = /^[\w.-]{1,64}$/;

/** `?agent=team-a-07` on the console's address names the agent (a label, not a name) for per-agent counts. */
export function rememberAgentLabel(search: string): void {
  const label = new URLSearchParams(search).get('agent');
  if (label && AGENT_LABEL.test(label)) storageSet(() => localStorage, AGENT_KEY, label);
}

/** Sends an event; the promise is for tests and never rejects. */
export function sendEvent(event: ConsoleEvent): Promise<void> {
  const body = { ...event, locale: event.locale ?? locale() };
  const agent = storageGet(() => localStorage, AGENT_KEY);
  return apiFetch('/api/events', { method: 'POST', body, keepalive: true, headers: agent ? { 'X-Agent-Id': agent } : {} }).then(
    () => undefined,
    () => undefined,
  );
}

/** Drops undefined fields, so the JSON sent is exactly what is known. */
export function origin(searchId: string | undefined, rank: number | undefined): Origin {
  return { ...(searchId ? { searchId } : {}), ...(rank ? { rank } : {}) };
}
