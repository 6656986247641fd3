import type { Speaker } from '../assist/transcriptText.js';
import type { SuggestionsEvent } from './apiTypes.js';
import { byId } from './dom.js';
import { t } from './i18n.js';
import type { LabelKey } from './labels.js';

/**
 * The live call's state and the panel's elements, shared by the call's modules: lines go to
 * POST /api/assist/calls/:id/lines, suggestions come back on the call's event stream.
 */

export interface LiveCall {
  id: string;
  stream: AbortController;
  /** Lines the server has accepted in this call. */
  lines: number;
  /** Lines typed or pasted and not yet accepted. */
  pending: number;
  /** The server's turn count after the last accepted line (it keeps the latest 100). */
  turns: number;
  /** The `turns` of the suggestions on screen. */
  shownTurns: number;
  /** Stream connection attempts since the last good one. */
  retries: number;
  /** Lines go out one request at a time, in the order they were written. */
  queue: Promise<void>;
}

export const call = {
  live: null as LiveCall | null,
  /** Starting or ending is under way: the toggle waits for it. */
  busy: false,
  speaker: 'customer' as Speaker,
  /** The suggestions on screen, kept to relabel them when the language changes. */
  lastEvent: null as SuggestionsEvent | null,
  /** Hits that were not in the previous suggestions. */
  newHitIds: new Set<string>(),
  statusKey: null as LabelKey | null,
};

export const ui = {
  section: byId<HTMLElement>('live-call'),
  toggle: byId<HTMLButtonElement>('call-toggle'),
  status: byId<HTMLSpanElement>('call-status'),
  hint: byId<HTMLParagraphElement>('call-hint'),
  error: byId<HTMLParagraphElement>('call-error'),
  transcript: byId<HTMLOListElement>('call-transcript'),
  compose: byId<HTMLDivElement>('call-compose'),
  speaker: byId<HTMLButtonElement>('speaker'),
  line: byId<HTMLInputElement>('call-line'),
  pasteBox: byId<HTMLDetailsElement>('call-paste-box'),
  pasteArea: byId<HTMLTextAreaElement>('call-paste'),
  pasteSubmit: byId<HTMLButtonElement>('call-paste-submit'),
  understood: byId<HTMLDivElement>('call-understood'),
  query: byId<HTMLSpanElement>('call-query'),
  queryEmpty: byId<HTMLSpanElement>('call-query-empty'),
  entities: byId<HTMLUListElement>('call-entities'),
  pii: byId<HTMLParagraphElement>('call-pii'),
  results: byId<HTMLDivElement>('call-results'),
  rerank: byId<HTMLSpanElement>('call-rerank'),
  confidence: byId<HTMLParagraphElement>('call-confidence'),
  resultsStatus: byId<HTMLParagraphElement>('call-results-status'),
  list: byId<HTMLUListElement>('call-suggestions'),
};

export function speakerLabel(who: Speaker): string {
  return t(who === 'agent' ? 'speakerAgent' : 'speakerCustomer');
}

export function setSpeaker(next: Speaker): void {
  call.speaker = next;
  ui.speaker.dataset.speaker = next;
  for (const opt of Array.from(ui.speaker.querySelectorAll<HTMLElement>('.speaker-opt'))) opt.classList.toggle('is-active', opt.dataset.speakerOpt === next);
  ui.speaker.setAttribute('aria-label', t('speakerToggle', { who: speakerLabel(next), other: speakerLabel(next === 'agent' ? 'customer' : 'agent') }));
  ui.line.dataset.i18nPlaceholder = next === 'agent' ? 'linePlaceholderAgent' : 'linePlaceholderCustomer';
  ui.line.placeholder = t(ui.line.dataset.i18nPlaceholder as LabelKey);
  ui.line.setAttribute('aria-label', t(next === 'agent' ? 'lineLabelAgent' : 'lineLabelCustomer'));
  ui.line.classList.toggle('is-agent', next === 'agent');
}

export function setCallStatus(key: LabelKey | null): void {
  call.statusKey = key;
  ui.status.textContent = key ? t(key, { n: call.live?.lines ?? 0 }) : '';
  ui.status.dataset.status = key ?? '';
}

export function showCallError(message: string | null): void {
  ui.error.textContent = message ?? '';
  ui.error.hidden = !message;
}

/** The list is busy while lines are on their way or their suggestions have not come yet. */
export function markCallBusy(c: LiveCall | null): void {
  if (c && (c.pending > 0 || c.turns > c.shownTurns)) ui.list.setAttribute('aria-busy', 'true');
  else ui.list.removeAttribute('aria-busy');
}
