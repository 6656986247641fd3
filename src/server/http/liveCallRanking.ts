import type { Logger } from 'pino';
import { assist, rerankAssist, type AssistResult, type RerankedAssist } from '../../assist/assist.js';
import type { CallSession } from '../../assist/callSessions.js';
import type { LlmReranker } from '../../assist/llm/reranker.js';
import type { EventClient, EventRecorder } from '../../events/eventRecorder.js';
import { recordAssist } from '../../events/recordAssist.js';
import { RESULT_LIMITS } from '../../query/resultLimits.js';
import type { LiveKnowledgeBase } from '../reload/liveKnowledgeBase.js';
import type { SearchQueue } from './searchQueue.js';

/** Suggestions per update of a live call: the assist default. */
export const LIVE_LIMIT = RESULT_LIMITS.assist;

/** One `suggestions` event: the ranking after `turns` turns; `final` unless a rerank follows. */
export type Suggestions = { searchId: string; turns: number; final: boolean } & Omit<RerankedAssist, 'maskedTurns'>;
type Listener = (data: Suggestions) => void;

interface Followed {
  listeners: Set<Listener>;
  onTurn: () => void;
  /** Whom the call's assist events are recorded for: the first stream's client. */
  client: EventClient;
  /** The last update sent, given at once to a stream that joins later. */
  latest?: Suggestions;
  /** Turns of the line whose ranking waits in the search queue: a stream joining meanwhile gets it when it comes. */
  queued?: number;
  /** Bumped per line, so a slow rerank of an older line is dropped. */
  version: number;
}

/**
 * Ranks each new line of a live call once and fans the result out to every event stream
 * open on it: the lexical ranking at once, then the LLM's when one is configured. A call
 * nobody follows is not ranked, and its state here goes when its last stream closes.
 */
export class LiveCallRanking {
  private readonly followed = new Map<CallSession, Followed>();

  constructor(
    private readonly deps: {
      live: LiveKnowledgeBase;
      reranker?: LlmReranker;
      logger: Logger;
      recorder: EventRecorder;
      /** Admission for the lexical ranking (synchronous CPU work), shared with the other searches. */
      searches: SearchQueue;
    },
  ) {}

  /** Calls followed right now (for tests and the memory bench). */
  get size(): number {
    return this.followed.size;
  }

  /** Sends `listener` every update of `session`, starting with the current one; returns the unfollow. */
  follow(session: CallSession, client: EventClient, listener: Listener): () => void {
    let entry = this.followed.get(session);
    if (!entry) {
      const created: Followed = { listeners: new Set(), version: 0, client, onTurn: () => this.update(session, created) };
      entry = created;
      this.followed.set(session, entry);
      session.events.on('turn', entry.onTurn);
    }
    entry.listeners.add(listener);
    if (entry.latest?.turns === session.turns.length) listener(entry.latest);
    else if (entry.queued !== session.turns.length) this.update(session, entry);
    const followed = entry;
    return () => {
      followed.listeners.delete(listener);
      if (followed.listeners.size || this.followed.get(session) !== followed) return;
      session.events.off('turn', followed.onTurn);
      this.followed.delete(session);
    };
  }

  private update(session: CallSession, entry: Followed): void {
    const mine = ++entry.version;
    if (!session.turns.length) return;
    const { live, searches, logger } = this.deps;
    const startedAt = performance.now();
    // The turns of this line: more may arrive while the ranking waits for its turn.
    const turns = session.turns.slice();
    const limit = Math.max(LIVE_LIMIT, this.deps.reranker?.config.candidates ?? 0);
    entry.queued = turns.length;
    const dequeued = () => {
      if (entry.queued === turns.length) entry.queued = undefined;
    };
    searches.run(() => assist(live.current, turns, { locale: session.locale, limit })).then(
      (lexical) => {
        dequeued();
        this.publishRanking(entry, mine, lexical, turns.length, startedAt);
      },
      // Refused when too many searches wait: the call's next line ranks it again.
      (err: unknown) => {
        dequeued();
        logger.warn({ err }, 'assist update not ranked');
      },
    );
  }

  /** Sends the lexical ranking of a line, then the LLM's when one is configured, and records the one shown last. */
  private publishRanking(entry: Followed, mine: number, lexical: AssistResult, turns: number, startedAt: number): void {
    const { reranker, logger, recorder } = this.deps;
    // One id per line: the lexical and the reranked suggestions for it are one answer.
    const searchId = recorder.newSearchId();
    const { maskedTurns: _masked, ...rest } = lexical;
    const shown: Suggestions = { searchId, turns, final: !reranker, ...rest, hits: lexical.hits.slice(0, LIVE_LIMIT), rerank: 'off' };
    this.publish(entry, shown);
    if (!reranker) return recordAssist(recorder, entry.client, searchId, shown, startedAt);
    rerankAssist(lexical, LIVE_LIMIT, reranker, startedAt).then(
      ({ maskedTurns: _turns, ...reranked }) => {
        const current = mine === entry.version;
        if (current) this.publish(entry, { searchId, turns, final: true, ...reranked });
        recordAssist(recorder, entry.client, searchId, current ? reranked : shown, startedAt);
      },
      (err: unknown) => logger.error({ err }, 'assist rerank failed'),
    );
  }

  private publish(entry: Followed, data: Suggestions): void {
    entry.latest = data;
    for (const listener of entry.listeners) listener(data);
  }
}
