import { expect } from 'chai';
import { join } from 'node:path';
import { KbError } from '../../src/errors.js';
import { BatchingEventStore } from '../../src/events/batchingEventStore.js';
import { retentionDaysFrom, startRetention } from '../../src/events/retention.js';
import { SqliteEventSink } from '../../src/events/sqliteEventSink.js';
import { ManualTimers } from '../support/manualTimers.js';
import { tempDir } from '../support/paths.js';

const DAY = 86_400_000;

describe('event retention', () => {
  it('reads KB_EVENTS_RETENTION_DAYS, 180 by default, and rejects nonsense', () => {
    expect(retentionDaysFrom(undefined)).to.equal(180);
    expect(retentionDaysFrom('30')).to.equal(30);
    for (const bad of ['0', '-3', '1.5', 'forever']) expect(() => retentionDaysFrom(bad)).to.throw(KbError, /KB_EVENTS_RETENTION_DAYS must be a whole number/);
  });

  it('deletes events older than the retention at start and then once a day', async () => {
    const timers = new ManualTimers();
    const now = timers.now();
    const store = new BatchingEventStore(new SqliteEventSink(join(tempDir(), 'state.sqlite')), { timers });
    const at = (days: number, id: string) => ({ id, at: now - days * DAY, type: 'open' as const, scope: 'agent' as const, articleId: 'a' });
    store.record(at(31, 'old'));
    store.record(at(29.5, 'aging'));
    store.record(at(1, 'recent'));
    await store.flush();
    const deleted: number[] = [];
    const retention = startRetention(store, 30, timers, (n) => deleted.push(n));
    await retention.done;
    expect((await store.list({})).map((e) => e.id)).to.deep.equal(['aging', 'recent']);
    timers.advance(DAY);
    await waitFor(() => deleted.length === 2);
    expect((await store.list({})).map((e) => e.id)).to.deep.equal(['recent']);
    expect(deleted).to.deep.equal([1, 1]);
    retention.stop();
    await store.close();
  });
});

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setImmediate(r));
  expect(done()).to.equal(true);
}
