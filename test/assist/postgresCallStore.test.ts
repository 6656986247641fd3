import { expect } from 'chai';
import { once } from 'node:events';
import pg from 'pg';
import { CallError } from '../../src/assist/callError.js';
import type { CallLimits } from '../../src/assist/callSessions.js';
import { LISTENER_NAME, PostgresCallStore } from '../../src/assist/postgresCallStore.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { startTcpProxy } from '../support/tcpProxy.js';

const LINE = { speaker: 'customer' as const, text: '钱少了25刀' };

/** Rejects with the CallError `promise` rejects with, or fails. */
async function callError(promise: Promise<unknown>): Promise<CallError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).to.be.instanceOf(CallError);
  return err as CallError;
}

describe(pgTitle('PostgresCallStore (live calls shared by replicas)'), () => {
  let schema: PgSchema;
  const open: PostgresCallStore[] = [];
  const errors: string[] = [];
  /** A "replica": its own store (pool, LISTEN connection, local streams) on the shared schema. */
  const replica = async (limits: Partial<CallLimits> = {}) => {
    const store = await PostgresCallStore.open(schema.url, limits, (message) => errors.push(message));
    open.push(store);
    return store;
  };

  before(async function () {
    if (!PG_URL) return this.skip();
    schema = await freshSchema();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    errors.length = 0;
  });
  after(() => schema?.drop());

  it('sends lines added on one replica to a stream held on another, in order, then the end', async () => {
    const [a, b] = [await replica(), await replica()];
    const { id } = await a.create('client-1', 'zh-CN');
    const stream = await b.openStream(id, 'client-1');
    expect(stream.session).to.include({ id, locale: 'zh-CN' });
    for (const [lines, turns] of [[[LINE], 1], [[LINE, LINE], 3]] as const) {
      const turn = once(stream.session.events, 'turn');
      expect(await a.add(id, 'client-1', [...lines])).to.deep.equal({ turns });
      await turn;
      expect(stream.session.turns).to.have.length(turns);
    }
    const ended = once(stream.session.events, 'end');
    await a.end(id, 'client-1');
    await ended;
    stream.close();
  });

  it('keeps a call its client\'s, and its text cap, whichever replica is asked', async () => {
    const [a, b] = [await replica({ maxChars: 10 }), await replica({ maxChars: 10 })];
    const { id } = await a.create('client-1');
    expect((await callError(b.add(id, 'client-2', [LINE]))).kind).to.equal('not-found');
    expect((await callError(b.openStream(id, 'client-2'))).kind).to.equal('not-found');
    await b.add(id, 'client-1', [{ speaker: 'customer', text: '1234567' }]);
    const tooLong = await callError(a.add(id, 'client-1', [{ speaker: 'customer', text: '1234' }]));
    expect(tooLong).to.include({ kind: 'too-large', code: 'assist.call-too-long' });
  });

  it('ends the streams of a call gone idle when any replica sweeps', async () => {
    const following = await replica({ idleMinutes: 30 });
    // The same calls seen by a replica whose idle limit is a few milliseconds.
    const sweeping = await replica({ idleMinutes: 0.0001 });
    const { id } = await following.create('client-1');
    const stream = await following.openStream(id, 'client-1');
    const ended = once(stream.session.events, 'end');
    // Wait for idleness itself: the sweeping replica refuses the call once it is idle by its
    // limit (opening a stream only reads the call; a line would make it active again).
    while (!(await sweeping.openStream(id, 'client-1').then(
      (s) => {
        s.close();
        return false;
      },
      () => true,
    )));
    await sweeping.sweep();
    await ended;
    expect((await callError(following.add(id, 'client-1', [LINE]))).kind).to.equal('not-found');
    stream.close();
  });

  it('reconnects a lost notification connection and still delivers lines', async () => {
    const [a, b] = [await replica(), await replica()];
    const { id } = await a.create('client-1');
    const stream = await b.openStream(id, 'client-1');
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [LISTENER_NAME]);
    await admin.end();
    // A line added while the connection is down is read when it comes back; one added after, by its notification.
    await a.add(id, 'client-1', [LINE]);
    while (stream.session.turns.length < 1) await once(stream.session.events, 'turn');
    await a.add(id, 'client-1', [LINE]);
    while (stream.session.turns.length < 2) await once(stream.session.events, 'turn');
    expect(errors).to.include('live-call notifications lost; reconnecting');
    stream.close();
  });

  it('ends a notification connection still connecting when the store closes', async () => {
    const proxy = await startTcpProxy(schema.url);
    const admin = new pg.Client({ connectionString: PG_URL });
    try {
      const store = await PostgresCallStore.open(proxy.url, {}, (message) => errors.push(message));
      const slow = proxy.hold();
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [LISTENER_NAME]);
      // The store reconnects; its new connection waits in the proxy while the store closes.
      const reconnecting = await slow.waiting;
      const gone = once(reconnecting, 'close');
      await store.close();
      slow.release();
      // Before the fix, the reconnect finished after close() and kept LISTENing: the process never exited.
      const ceiling = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 20_000).unref());
      expect(await Promise.race([gone.then(() => 'closed' as const), ceiling]), 'the reconnected listener after close()').to.equal('closed');
      expect(errors).to.deep.equal(['live-call notifications lost; reconnecting']);
    } finally {
      await admin.end();
      await proxy.cut();
    }
  });
});
