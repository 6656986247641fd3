import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { HttpError } from '../errors.js';
import type { Locale } from '../types.js';
import type { Turn } from './transcript.js';

export interface CallSession {
  id: string;
  locale?: Locale;
  turns: Turn[];
  lastActive: number;
  /** Emits 'turn' when a line is added, 'end' when the session is closed. */
  events: EventEmitter<{ turn: []; end: [] }>;
}

/** Turns kept per call: ranking reads the latest dozen; older ones only cost memory. */
const MAX_TURNS_KEPT = 100;

/**
 * Live calls being assisted: the transcript so far, in memory only (it is customer
 * speech), dropped when the call ends or after `ttlMs` without a new line.
 */
export class CallSessions {
  private readonly sessions = new Map<string, CallSession>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly maxSessions = 1000,
    private readonly ttlMs = 2 * 60 * 60 * 1000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000).unref();
  }

  create(locale?: Locale): CallSession {
    this.sweep();
    if (this.sessions.size >= this.maxSessions) throw new HttpError(429, 'assist.too-many-calls', `more than ${this.maxSessions} live calls`, 'end finished calls (DELETE the session)');
    const session: CallSession = { id: randomUUID(), locale, turns: [], lastActive: Date.now(), events: new EventEmitter() };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): CallSession {
    const session = this.sessions.get(id);
    if (!session) throw new HttpError(404, 'assist.no-call', `no live call "${id.slice(0, 40)}"`, 'start one with POST /api/assist/calls');
    return session;
  }

  add(id: string, turns: Turn[]): CallSession {
    const session = this.get(id);
    session.turns.push(...turns);
    session.turns.splice(0, Math.max(0, session.turns.length - MAX_TURNS_KEPT));
    session.lastActive = Date.now();
    session.events.emit('turn');
    return session;
  }

  end(id: string): void {
    const session = this.get(id);
    this.sessions.delete(id);
    session.events.emit('end');
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const id of [...this.sessions.keys()]) this.end(id);
  }

  private sweep(): void {
    const cutoff = Date.now() - this.ttlMs;
    for (const [id, s] of this.sessions) if (s.lastActive < cutoff) this.end(id);
  }
}
