import { expect } from 'chai';
import { join } from 'node:path';
import { BatchingEventStore } from '../../src/events/batchingEventStore.js';
import { EventRecorder } from '../../src/events/eventRecorder.js';
import { SqliteEventSink } from '../../src/events/sqliteEventSink.js';
import { ManualTimers } from '../support/manualTimers.js';
import { tempDir } from '../support/paths.js';

describe('EventRecorder', () => {
  let timers: ManualTimers;
  let store: BatchingEventStore;
  let recorder: EventRecorder;
  beforeEach(() => {
    timers = new ManualTimers();
    store = new BatchingEventStore(new SqliteEventSink(join(tempDir(), 'state.sqlite')), { timers });
    recorder = new EventRecorder(store, timers);
  });
  afterEach(() => recorder.close());

  const hits = [{ id: 'fees-short', score: 2.5 }];
  const answered = (query: string, searchId = recorder.newSearchId()) => ({ searchId, scope: 'agent' as const, query, hits, latencyMs: 0.1234 });

  it('masks personal data in searches, assist queries and comments before they are stored', async () => {
    recorder.search({ key: 'k' }, answered('卡号 6222021234567890123 扣费'));
    recorder.assist({ key: 'k' }, answered('refund lin.wei@example.com'));
    recorder.interaction({ key: 'k', agent: 'agent-7' }, 'agent', { type: 'feedback', articleId: 'fees-short', helpful: false, comment: ' 身份证 110101199003071234 ' });
    timers.advance(10_000);
    await store.flush();
    const events = await store.list({});
    expect(events.map((e) => e.query ?? e.comment)).to.have.members(['卡号 [CARD_OR_ACCOUNT] 扣费', 'refund [EMAIL]', '身份证 [ID_NUMBER]']);
    expect(events.find((e) => e.type === 'feedback')!.agent).to.equal('agent-7');
  });

  it('keeps a masked comment within 500 characters', async () => {
    // 500 characters; "[EMAIL]" is one longer than "a@b.co".
    const comment = `${'x'.repeat(493)} a@b.co`;
    recorder.interaction({ key: 'k' }, 'public', { type: 'feedback', articleId: 'fees-short', helpful: false, comment });
    timers.advance(10_000);
    await store.flush();
    const stored = (await store.list({}))[0]!.comment!;
    expect(stored).to.equal(`${'x'.repeat(493)} [EMAIL`);
  });

  it("uses the relevance layer's confident verdict when given, else whether anything was found", async () => {
    recorder.assist({ key: 'k' }, { ...answered('a'), confident: false });
    recorder.assist({ key: 'k' }, answered('b'));
    recorder.assist({ key: 'k' }, { ...answered('c'), hits: [] });
    timers.advance(10_000);
    await store.flush();
    expect((await store.list({})).map((e) => [e.query, e.confident])).to.have.deep.members([['a', false], ['b', true], ['c', false]]);
  });

  it('settles a typed search after the pause, on its timer', async () => {
    recorder.search({ key: 'k' }, answered('中转'));
    timers.advance(1000);
    await store.flush();
    expect(await store.list({})).to.have.length(0);
    timers.advance(3000);
    await store.flush();
    expect((await store.list({})).map((e) => e.query)).to.deep.equal(['中转']);
  });
});
