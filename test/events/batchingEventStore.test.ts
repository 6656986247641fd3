import { expect } from 'chai';
import { join } from 'node:path';
import { BatchingEventStore } from '../../src/events/batchingEventStore.js';
import type { EventFilter, StoredEvent } from '../../src/events/event.js';
import type { EventSink } from '../../src/events/eventSink.js';
import { SqliteEventSink } from '../../src/events/sqliteEventSink.js';
import { ManualTimers } from '../support/manualTimers.js';
import { tempDir } from '../support/paths.js';

const event = (i: number, at = Date.UTC(2026, 10, 1)): StoredEvent => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, at: at + i, type: 'open', scope: 'agent', articleId: 'fees-charge-codes' });

/** The real SQLite sink, made to fail on demand (a store that is down) and counting transactions. */
class FlakySink implements EventSink {
  readonly backend = 'sqlite' as const;
  down = false;
  transactions = 0;
  constructor(readonly real: SqliteEventSink) {}
  async write(batch: readonly StoredEvent[]) {
    if (this.down) throw new Error('SQLITE_BUSY: database is locked');
    this.transactions++;
    await this.real.write(batch);
  }
  list(filter: EventFilter) {
    return this.real.list(filter);
  }
  deleteSample() {
    return this.real.deleteSample();
  }
  deleteBefore(cutoff: number) {
    return this.real.deleteBefore(cutoff);
  }
  close() {
    return this.real.close();
  }
}

describe('BatchingEventStore', () => {
  let timers: ManualTimers;
  let sink: FlakySink;
  let store: BatchingEventStore;
  beforeEach(() => {
    timers = new ManualTimers();
    sink = new FlakySink(new SqliteEventSink(join(tempDir(), 'state.sqlite')));
    store = new BatchingEventStore(sink, { batchSize: 5, maxQueue: 12, intervalMs: 1000, timers });
  });
  afterEach(() => store.close().catch(() => undefined));

  it('writes nothing during the request; the next tick writes the queue in one transaction', async () => {
    for (let i = 0; i < 3; i++) store.record(event(i));
    expect(await sink.list({})).to.have.length(0);
    expect(store.status()).to.include({ queued: 3, written: 0 });
    timers.advance(1000);
    await store.flush();
    expect(await sink.list({})).to.have.length(3);
    expect(sink.transactions).to.equal(1);
    expect(store.status()).to.include({ state: 'ok', queued: 0, written: 3, dropped: 0 });
  });

  it('writes a full batch without waiting for the tick, after the request (deferred)', async () => {
    for (let i = 0; i < 5; i++) store.record(event(i));
    expect(timers.pendingDeferred).to.equal(1);
    expect(await sink.list({})).to.have.length(0);
    timers.runDeferred();
    await store.flush();
    expect(await sink.list({})).to.have.length(5);
  });

  it('keeps events while the store is down, drops and counts what exceeds the bound, and recovers', async () => {
    sink.down = true;
    for (let i = 0; i < 8; i++) store.record(event(i));
    await store.flush().catch(() => undefined);
    expect(store.status()).to.include({ state: 'failing', queued: 8, dropped: 0, lastError: 'SQLITE_BUSY: database is locked' });
    for (let i = 8; i < 15; i++) store.record(event(i));
    expect(store.status()).to.include({ queued: 12, dropped: 3 });
    sink.down = false;
    await store.flush();
    const stored = await sink.list({});
    expect(stored.map((e) => e.id)).to.deep.equal(Array.from({ length: 12 }, (_, i) => event(i).id));
    expect(store.status()).to.include({ state: 'ok', queued: 0, written: 12, dropped: 3 });
    expect(store.status()).to.not.have.property('lastError');
  });

  it('flushes on close and counts events recorded after it as dropped', async () => {
    store.record(event(1));
    await store.close();
    store.record(event(2));
    expect(store.status()).to.include({ state: 'closed', dropped: 1, written: 1 });
    const reopened = new SqliteEventSink(sink.real.file);
    expect((await reopened.list({})).map((e) => e.id)).to.deep.equal([event(1).id]);
    await reopened.close();
  });

  it('never stores an event twice when a batch is retried', async () => {
    store.record(event(1));
    await store.flush();
    await sink.write([event(1), event(2)]);
    expect(await sink.list({})).to.have.length(2);
  });
});
