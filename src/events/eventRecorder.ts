import { randomUUID } from 'node:crypto';
import { maskPersonalData } from '../assist/personalData.js';
import type { Locale, Scope } from '../types.js';
import type { BatchingEventStore, EventStoreStatus } from './batchingEventStore.js';
import { MAX_COMMENT_CHARS, type StoredEvent } from './event.js';
import type { EventInput } from './eventInput.js';
import { SearchCollapser, type CollapserOptions } from './searchCollapser.js';
import { realTimers, type Timers } from './timers.js';

/** Who sent a request: `key` folds their typing (in memory only), `agent` is the stored label. */
export interface EventClient {
  key: string;
  agent?: string;
}

/** A ranked answer as recorded: what a suggest or assist response showed. */
export interface Answered {
  searchId: string;
  scope: Scope;
  query: string;
  locale?: Locale;
  category?: string;
  hits: ReadonlyArray<{ id: string; score: number }>;
  /** The relevance layer's verdict when it gives one; otherwise: whether anything was returned. */
  confident?: boolean;
  latencyMs: number;
}

/** The relevance layer's `confident` when the result carries one (undefined: decided from the hits). */
export function confidentOf(result: { hits: readonly unknown[]; confident?: boolean }): boolean | undefined {
  return typeof result.confident === 'boolean' ? result.confident : undefined;
}

const mask = (text: string) => maskPersonalData(text).text;

/**
 * What the routes call: searches (folded as typed), assist suggestions, and the agents'
 * and customers' opens, copies and feedback. Personal data is masked here, before an event
 * reaches the store; nothing about the request (IP, token) is kept but the agent label.
 * Without a store (recording off) every call is a no-op, but ids are still handed out.
 */
export class EventRecorder {
  private readonly collapser: SearchCollapser;
  private readonly stopTimer: () => void;

  constructor(readonly store: BatchingEventStore | undefined, private readonly timers: Timers = realTimers, opts: CollapserOptions = {}) {
    this.collapser = new SearchCollapser((e) => this.store?.record({ ...e, query: mask(e.query ?? '') }), opts);
    this.stopTimer = store ? timers.every(1000, () => this.collapser.expire(timers.now())) : () => undefined;
  }

  newSearchId(): string {
    return randomUUID();
  }

  /** A typed search; blank queries (an emptied search box) are not searches. */
  search(client: EventClient, answered: Answered): void {
    if (!this.store || !answered.query.trim()) return;
    this.collapser.add(`${answered.scope}\u0000${client.key}`, this.answeredEvent('search', client, answered));
  }

  /** Suggestions for a call (POST /assist or a live call's update): never folded. */
  assist(client: EventClient, answered: Answered): void {
    if (!this.store) return;
    const e = this.answeredEvent('assist', client, answered);
    this.store.record({ ...e, query: mask(answered.query) });
  }

  /** An open, copy or feedback, already validated for its scope. */
  interaction(client: EventClient, scope: Scope, input: EventInput): void {
    if (!this.store) return;
    const e: StoredEvent = { id: randomUUID(), at: this.timers.now(), type: input.type, scope, articleId: input.articleId };
    if (input.searchId) e.searchId = this.collapser.resolve(input.searchId);
    if (input.rank !== undefined) e.rank = input.rank;
    if (input.locale) e.locale = input.locale;
    if (client.agent) e.agent = client.agent;
    if (input.type === 'feedback') {
      e.helpful = input.helpful;
      if (input.reason) e.reason = input.reason;
      // Masking can lengthen a comment ("13812345678" → "[PHONE]" is shorter, an email may not be).
      if (input.comment?.trim()) e.comment = mask(input.comment.trim()).slice(0, MAX_COMMENT_CHARS);
    }
    this.store.record(e);
  }

  status(): EventStoreStatus | { state: 'off' } {
    return this.store ? this.store.status() : { state: 'off' };
  }

  /** Settles the searches in progress and flushes and closes the store (SIGTERM). */
  async close(): Promise<void> {
    this.stopTimer();
    this.collapser.settleAll();
    await this.store?.close();
  }

  private answeredEvent(type: 'search' | 'assist', client: EventClient, a: Answered): StoredEvent {
    const e: StoredEvent = {
      id: randomUUID(),
      at: this.timers.now(),
      type,
      scope: a.scope,
      searchId: a.searchId,
      query: a.query,
      resultIds: a.hits.map((h) => h.id),
      confident: a.confident ?? a.hits.length > 0,
      latencyMs: Math.round(a.latencyMs * 1000) / 1000,
    };
    if (a.locale) e.locale = a.locale;
    if (a.category) e.category = a.category;
    if (a.hits.length) e.topScore = a.hits[0]!.score;
    if (client.agent) e.agent = client.agent;
    return e;
  }
}
