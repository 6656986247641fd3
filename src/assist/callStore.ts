import type { Locale } from '../types.js';
import type { CallSession, CallSessions } from './callSessions.js';
import type { Turn } from './transcript.js';

/** An event stream's hold on a call: the session to follow, and the release of its slot. */
export interface CallStream {
  session: CallSession;
  close(): void;
}

/**
 * Where live calls live, as the assist routes see it: in this process (`CallSessions`,
 * the default) or in PostgreSQL shared by every replica (`PostgresCallStore`), so a call
 * started through one replica can be continued and followed through another. Every
 * method throws a `CallError` for a missing call or a cap, whatever the store.
 */
export interface CallStore {
  create(client: string, locale?: Locale): Promise<{ id: string }>;
  /** Adds turns; resolves to the number of turns the call now keeps. */
  add(id: string, client: string, turns: Turn[]): Promise<{ turns: number }>;
  end(id: string, client: string): Promise<void>;
  /** A session whose `events` emit 'turn' for every line (from any replica) and 'end'. */
  openStream(id: string, client: string): Promise<CallStream>;
  /** Ends this process's streams; calls in a shared store stay for the other replicas. */
  close(): Promise<void>;
}

/** The in-process store: `CallSessions` behind the asynchronous interface. */
export function memoryCallStore(sessions: CallSessions): CallStore {
  return {
    create: async (client, locale) => ({ id: sessions.create(client, locale).id }),
    add: async (id, client, turns) => ({ turns: sessions.add(id, client, turns).turns.length }),
    end: async (id, client) => sessions.end(id, client),
    openStream: async (id, client) => sessions.openStream(id, client),
    close: async () => sessions.close(),
  };
}
