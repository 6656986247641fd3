import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { KbError } from '../errors.js';
import { inTransaction } from '../shared/pgTransaction.js';
import type { Locale } from '../types.js';
import { CallError } from './callError.js';
import { DEFAULT_CALL_LIMITS, MAX_TURNS_KEPT, type CallLimits, type CallSession } from './callSessions.js';
import type { CallStore, CallStream } from './callStore.js';
import { StreamCaps } from './streamCaps.js';
import type { Turn } from './transcript.js';

/** The channel a replica notifies with a call's id when the call changes (a line, its end). */
const CHANNEL = 'kb_calls';
/** Serialises the table's creation and the cap checks of call starts across replicas. */
const CALLS_LOCK = 0x6b6263;
/** How often calls idle past their limit are deleted (and their streams ended). */
const SWEEP_MS = 60_000;
/** The LISTEN connection's name in pg_stat_activity. */
export const LISTENER_NAME = 'kb-calls-listener';
/** Wait before reconnecting a lost LISTEN connection. */
const RECONNECT_MS = 1000;

const SCHEMA = `CREATE TABLE IF NOT EXISTS kb_calls (
  id TEXT PRIMARY KEY,
  client TEXT NOT NULL,
  locale TEXT,
  turns JSONB NOT NULL DEFAULT '[]',
  chars INTEGER NOT NULL DEFAULT 0,
  lines INTEGER NOT NULL DEFAULT 0,
  last_active TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

interface CallRow {
  client: string;
  locale: Locale | null;
  turns: Turn[];
  chars: number;
  lines: number;
  live: boolean;
}

/** A call followed by event streams on this replica: a local session kept in step with the table. */
interface Mirror {
  session: CallSession;
  /** The row's line counter when last read; -1 before the first read. */
  lines: number;
  ended: boolean;
  /** Reads of the row, one after another, so an older read never overwrites a newer one. */
  chain: Promise<void>;
}

/**
 * Live calls in PostgreSQL (`KB_DATABASE_URL`), shared by every `kb serve` replica: any
 * replica can add lines to, end or follow a call started on another. Adding a line
 * updates the row and notifies its id on one channel (LISTEN/NOTIFY); each replica
 * holding event streams on that call reads the row again and ranks the new line for its
 * streams (so a line is ranked once per replica that follows the call, not once in all).
 * The database's clock decides idleness, so replicas' clocks need not agree. The caps
 * on calls are global (checked under an advisory lock); the cap on event streams counts
 * the streams held by this replica.
 */
export class PostgresCallStore implements CallStore {
  private readonly limits: CallLimits;
  private readonly mirrors = new Map<string, Mirror>();
  private readonly streams: StreamCaps;
  private listener: pg.Client | undefined;
  private closed = false;
  private readonly sweeper: NodeJS.Timeout;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    limits: Partial<CallLimits>,
    private readonly onError: (message: string, err: Error) => void,
  ) {
    this.limits = { ...DEFAULT_CALL_LIMITS, ...limits };
    this.streams = new StreamCaps(this.limits.streamsPerClient, ' on this server');
    this.sweeper = setInterval(() => void this.sweep().catch((err: Error) => onError('idle calls not swept', err)), SWEEP_MS).unref();
  }

  /** Creates the table if needed and starts listening; a database that cannot be reached stops the start. */
  static async open(url: string, limits: Partial<CallLimits>, onError: (message: string, err: Error) => void): Promise<PostgresCallStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    const store = new PostgresCallStore(pool, url, limits, onError);
    try {
      await inTransaction(pool, async (db) => {
        await db.query('SELECT pg_advisory_xact_lock($1)', [CALLS_LOCK]);
        await db.query(SCHEMA);
      });
      await store.listen();
    } catch (err) {
      await store.close();
      throw new KbError('calls.store-unreachable', `live calls: cannot use PostgreSQL: ${(err as Error).message}`, 'check KB_DATABASE_URL and that the server is up');
    }
    return store;
  }

  async create(client: string, locale?: Locale): Promise<{ id: string }> {
    const { maxCalls, callsPerClient } = this.limits;
    return inTransaction(this.pool, async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [CALLS_LOCK]);
      const { rows } = await db.query<{ total: number; mine: number }>(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE client = $1))::int AS mine FROM kb_calls WHERE ${live('$2')}`,
        [client, this.idleSeconds],
      );
      const { total, mine } = rows[0]!;
      if (total >= maxCalls) throw new CallError('limit', 'assist.too-many-calls', `more than ${maxCalls} live calls`, 'end finished calls (DELETE the call)');
      if (mine >= callsPerClient) throw new CallError('limit', 'assist.too-many-calls', `more than ${callsPerClient} live calls for this client`, 'end finished calls (DELETE the call)');
      const id = randomUUID();
      await db.query('INSERT INTO kb_calls (id, client, locale) VALUES ($1, $2, $3)', [id, client, locale ?? null]);
      return { id };
    });
  }

  async add(id: string, client: string, turns: Turn[]): Promise<{ turns: number }> {
    return inTransaction(this.pool, async (db) => {
      const { rows } = await db.query<{ turns: Turn[]; chars: number }>(
        `SELECT turns, chars FROM kb_calls WHERE id = $3 AND client = $1 AND ${live('$2')} FOR UPDATE`,
        [client, this.idleSeconds, id],
      );
      const row = rows[0];
      if (!row) throw noCall(id);
      const chars = row.chars + turns.reduce((n, t) => n + t.text.length, 0);
      if (chars > this.limits.maxChars) {
        throw new CallError('too-large', 'assist.call-too-long', `this call would hold ${chars} characters, the limit is ${this.limits.maxChars}`, 'end this call and start a new one');
      }
      const kept = [...row.turns, ...turns].slice(-MAX_TURNS_KEPT);
      await db.query('UPDATE kb_calls SET turns = $2, chars = $3, lines = lines + 1, last_active = now() WHERE id = $1', [id, JSON.stringify(kept), chars]);
      // Delivered at commit, to every replica listening (this one too).
      await db.query('SELECT pg_notify($1, $2)', [CHANNEL, id]);
      return { turns: kept.length };
    });
  }

  async end(id: string, client: string): Promise<void> {
    await inTransaction(this.pool, async (db) => {
      const { rowCount } = await db.query(`DELETE FROM kb_calls WHERE id = $3 AND client = $1 AND ${live('$2')}`, [client, this.idleSeconds, id]);
      if (!rowCount) throw noCall(id);
      await db.query('SELECT pg_notify($1, $2)', [CHANNEL, id]);
    });
  }

  async openStream(id: string, client: string): Promise<CallStream> {
    let mirror = this.mirrors.get(id);
    if (!mirror) {
      // Registered before the first read, so a line notified meanwhile is read again after it.
      const session: CallSession = { id, client, turns: [], chars: 0, lastActive: Date.now(), streams: 0, events: new EventEmitter() };
      mirror = { session, lines: -1, ended: false, chain: Promise.resolve() };
      this.mirrors.set(id, mirror);
    }
    await this.refresh(mirror);
    const { session } = mirror;
    if (mirror.ended || session.client !== client) {
      if (!mirror.ended && !session.streams) this.mirrors.delete(id);
      throw noCall(id);
    }
    let close: () => void;
    try {
      // Nobody follows it here any more once closed: stop reading it on notifications.
      close = this.streams.open(session, client, () => {
        if (!session.streams && this.mirrors.get(id) === mirror) this.mirrors.delete(id);
      });
    } catch (error) {
      if (!session.streams) this.mirrors.delete(id);
      throw error;
    }
    return { session, close };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const m of [...this.mirrors.values()]) this.endMirror(m);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  /** Deletes calls idle past the limit and tells their followers, on every replica. */
  async sweep(): Promise<void> {
    await this.pool.query(`WITH gone AS (DELETE FROM kb_calls WHERE NOT (${live('$1')}) RETURNING id) SELECT pg_notify('${CHANNEL}', id) FROM gone`, [this.idleSeconds]);
  }

  private get idleSeconds(): number {
    return this.limits.idleMinutes * 60;
  }

  /** Reads the row again (after the reads already queued) and updates the local session. */
  private refresh(mirror: Mirror): Promise<void> {
    mirror.chain = mirror.chain.then(() => this.read(mirror)).catch((err: Error) => this.onError(`live call ${mirror.session.id} not refreshed`, err));
    return mirror.chain;
  }

  private async read(mirror: Mirror): Promise<void> {
    if (mirror.ended) return;
    const { rows } = await this.pool.query<CallRow>(
      `SELECT client, locale, turns, chars, lines, ${live('$1')} AS live FROM kb_calls WHERE id = $2`,
      [this.idleSeconds, mirror.session.id],
    );
    const row = rows[0];
    if (!row || !row.live) return this.endMirror(mirror);
    if (row.lines === mirror.lines) return;
    const { session } = mirror;
    Object.assign(session, { client: row.client, locale: row.locale ?? undefined, turns: row.turns, chars: row.chars, lastActive: Date.now() });
    const first = mirror.lines === -1;
    mirror.lines = row.lines;
    if (!first) session.events.emit('turn');
  }

  private endMirror(mirror: Mirror): void {
    if (mirror.ended) return;
    mirror.ended = true;
    if (this.mirrors.get(mirror.session.id) === mirror) this.mirrors.delete(mirror.session.id);
    mirror.session.events.emit('end');
    mirror.session.events.removeAllListeners();
    mirror.session.turns = [];
  }

  /** One connection LISTENs; when it is lost it is reopened, and every followed call is read again. */
  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: LISTENER_NAME });
    const lost = (err?: Error) => {
      if (this.listener !== client || this.closed) return;
      this.listener = undefined;
      this.onError('live-call notifications lost; reconnecting', err ?? new Error('connection ended'));
      setTimeout(() => void this.reconnect(), RECONNECT_MS).unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => {
      const mirror = n.payload ? this.mirrors.get(n.payload) : undefined;
      if (mirror) void this.refresh(mirror);
    });
    try {
      await client.connect();
      if (!this.closed) await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    // close() ends only the listener it can see: one still connecting (a reconnect) ends here.
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.listen();
      for (const m of this.mirrors.values()) void this.refresh(m);
    } catch (err) {
      if (this.closed) return;
      this.onError('live-call notifications: reconnect failed; retrying', err as Error);
      setTimeout(() => void this.reconnect(), RECONNECT_MS).unref();
    }
  }
}

/** A call still live: its last line within the idle limit, given in seconds by parameter `param`. */
const live = (param: string) => `last_active > now() - ${param}::float8 * interval '1 second'`;

function noCall(id: string): CallError {
  return new CallError('not-found', 'assist.no-call', `no live call "${id.slice(0, 40)}"`, 'start one with POST /api/assist/calls');
}
