import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Locale } from '../types.js';
import { CallError } from './callError.js';
import { bump, StreamCaps } from './streamCaps.js';
import type { Turn } from './transcript.js';

export interface CallSession {
  id: string;
  /** Who started the call (a token key, or an address when the API is open). Only they see it. */
  client: string;
  locale?: Locale;
  /** The latest turns (at most MAX_TURNS_KEPT). */
  turns: Turn[];
  /** Characters received over the whole call, held against `maxChars`. */
  chars: number;
  lastActive: number;
  /** Event streams open on this call. */
  streams: number;
  /** Emits 'turn' when a line is added, 'end' when the session is closed. */
  events: EventEmitter<{ turn: []; end: [] }>;
}

/** Caps that keep one client from taking the live-call service from everyone else. */
export interface CallLimits {
  /** Live calls over all clients. @default 1000 */
  maxCalls: number;
  /** Live calls per client. @default 20 */
  callsPerClient: number;
  /** Event streams per client, over all its calls. @default 10 */
  streamsPerClient: number;
  /** A call without a new line for this long is ended. @default 30 */
  idleMinutes: number;
  /** Characters one call may receive in all. @default 50000 */
  maxChars: number;
}

export const DEFAULT_CALL_LIMITS: CallLimits = { maxCalls: 1000, callsPerClient: 20, streamsPerClient: 10, idleMinutes: 30, maxChars: 50_000 };

/** Turns kept per call: ranking reads the latest dozen; older ones only cost memory. */
export const MAX_TURNS_KEPT = 100;

/**
 * Live calls being assisted: the transcript so far, in memory only (it is customer
 * speech), dropped when the call ends or after `idleMinutes` without a new line. Every
 * per-client count is deleted when it reaches zero, so nothing outlives the calls.
 * `now` is the clock, injectable so tests can move time.
 */
export class CallSessions {
  readonly limits: CallLimits;
  private readonly sessions = new Map<string, CallSession>();
  private readonly callsByClient = new Map<string, number>();
  private readonly streams: StreamCaps;
  private readonly sweeper: NodeJS.Timeout;

  constructor(limits: Partial<CallLimits> = {}, private readonly now: () => number = Date.now) {
    this.limits = { ...DEFAULT_CALL_LIMITS, ...limits };
    this.streams = new StreamCaps(this.limits.streamsPerClient);
    this.sweeper = setInterval(() => this.sweep(), 60_000).unref();
  }

  /** Live calls right now. */
  get size(): number {
    return this.sessions.size;
  }

  /** Clients holding a call or a stream right now. */
  get clients(): number {
    return new Set([...this.callsByClient.keys(), ...this.streams.clients()]).size;
  }

  create(client: string, locale?: Locale): CallSession {
    this.sweep();
    const { maxCalls, callsPerClient } = this.limits;
    if (this.sessions.size >= maxCalls) throw new CallError('limit', 'assist.too-many-calls', `more than ${maxCalls} live calls`, 'end finished calls (DELETE the call)');
    if ((this.callsByClient.get(client) ?? 0) >= callsPerClient) {
      throw new CallError('limit', 'assist.too-many-calls', `more than ${callsPerClient} live calls for this client`, 'end finished calls (DELETE the call)');
    }
    const session: CallSession = { id: randomUUID(), client, locale, turns: [], chars: 0, lastActive: this.now(), streams: 0, events: new EventEmitter() };
    this.sessions.set(session.id, session);
    bump(this.callsByClient, client, 1);
    return session;
  }

  /** The call, if it exists, has not gone idle, and belongs to `client`. */
  get(id: string, client: string): CallSession {
    const session = this.sessions.get(id);
    if (session && this.idle(session)) this.drop(session);
    else if (session && session.client === client) return session;
    throw new CallError('not-found', 'assist.no-call', `no live call "${id.slice(0, 40)}"`, 'start one with POST /api/assist/calls');
  }

  add(id: string, client: string, turns: Turn[]): CallSession {
    const session = this.get(id, client);
    const chars = turns.reduce((n, t) => n + t.text.length, 0);
    if (session.chars + chars > this.limits.maxChars) {
      throw new CallError('too-large', 'assist.call-too-long', `this call would hold ${session.chars + chars} characters, the limit is ${this.limits.maxChars}`, 'end this call and start a new one');
    }
    session.chars += chars;
    session.turns.push(...turns);
    session.turns.splice(0, Math.max(0, session.turns.length - MAX_TURNS_KEPT));
    session.lastActive = this.now();
    session.events.emit('turn');
    return session;
  }

  /** Counts an event stream against the client's cap; call `close` when it ends. */
  openStream(id: string, client: string): { session: CallSession; close(): void } {
    const session = this.get(id, client);
    return { session, close: this.streams.open(session, client) };
  }

  end(id: string, client: string): void {
    this.drop(this.get(id, client));
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const s of [...this.sessions.values()]) this.drop(s);
  }

  /** Ends every call that has gone idle. */
  sweep(): void {
    for (const s of this.sessions.values()) if (this.idle(s)) this.drop(s);
  }

  private idle(s: CallSession): boolean {
    return this.now() - s.lastActive >= this.limits.idleMinutes * 60_000;
  }

  private drop(session: CallSession): void {
    if (!this.sessions.delete(session.id)) return;
    bump(this.callsByClient, session.client, -1);
    session.events.emit('end');
    session.events.removeAllListeners();
    session.turns = [];
  }
}
