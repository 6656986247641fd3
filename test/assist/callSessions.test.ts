import { expect } from 'chai';
import { CallError } from '../../src/assist/callError.js';
import { CallSessions } from '../../src/assist/callSessions.js';
import type { Turn } from '../../src/assist/transcript.js';
import { createLogger } from '../../src/server/process/logger.js';
import { LiveCallRanking } from '../../src/server/http/liveCallRanking.js';
import { LiveKnowledgeBase } from '../../src/server/reload/liveKnowledgeBase.js';
import { SearchQueue } from '../../src/server/http/searchQueue.js';
import { sampleKb } from '../support/sampleKb.js';
import { EventRecorder } from '../../src/events/eventRecorder.js';

const CLIENT = { key: 'a' };

const MINUTE = 60_000;
const line = (text: string): Turn[] => [{ speaker: 'customer', text }];

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

function refusal(fn: () => unknown): CallError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CallError) return err;
    throw err;
  }
  throw new Error('expected a CallError');
}

describe('CallSessions', () => {
  const opened: CallSessions[] = [];
  const sessions = (...args: ConstructorParameters<typeof CallSessions>) => {
    const s = new CallSessions(...args);
    opened.push(s);
    return s;
  };
  afterEach(() => opened.splice(0).forEach((s) => s.close()));

  it('ends a call after idleMinutes without a new line, and a line keeps it alive', () => {
    const t = clock();
    const calls = sessions({ idleMinutes: 30 }, t.now);
    const call = calls.create('a');
    let ended = 0;
    call.events.on('end', () => ended++);
    t.advance(29 * MINUTE);
    calls.add(call.id, 'a', line('still here'));
    t.advance(29 * MINUTE);
    expect(calls.get(call.id, 'a')).to.equal(call);
    t.advance(1 * MINUTE);
    calls.sweep();
    expect(ended).to.equal(1);
    expect(calls.size).to.equal(0);
    expect(refusal(() => calls.get(call.id, 'a'))).to.include({ kind: 'not-found', code: 'assist.no-call' });
  });

  it('expires an idle call on access even before the sweep runs', () => {
    const t = clock();
    const calls = sessions({ idleMinutes: 2 }, t.now);
    const call = calls.create('a');
    t.advance(2 * MINUTE);
    expect(refusal(() => calls.add(call.id, 'a', line('late'))).kind).to.equal('not-found');
    expect(calls.size).to.equal(0);
    expect(calls.clients).to.equal(0);
  });

  it('caps calls per client without locking out other clients, and an ended call frees its slot', () => {
    const calls = sessions({ callsPerClient: 3 });
    const mine = [calls.create('a'), calls.create('a'), calls.create('a')];
    expect(refusal(() => calls.create('a'))).to.include({ kind: 'limit', code: 'assist.too-many-calls' });
    expect(calls.create('b').client).to.equal('b');
    calls.end(mine[0]!.id, 'a');
    expect(calls.create('a').client).to.equal('a');
  });

  it('keeps the overall cap over all clients', () => {
    const calls = sessions({ maxCalls: 2, callsPerClient: 5 });
    calls.create('a');
    calls.create('b');
    expect(refusal(() => calls.create('c')).kind).to.equal('limit');
  });

  it('caps event streams per client over all its calls; closing one frees it', () => {
    const calls = sessions({ streamsPerClient: 2 });
    const one = calls.create('a');
    const two = calls.create('a');
    const s1 = calls.openStream(one.id, 'a');
    calls.openStream(two.id, 'a');
    expect(refusal(() => calls.openStream(one.id, 'a'))).to.include({ kind: 'limit', code: 'assist.too-many-streams' });
    s1.close();
    s1.close();
    expect(calls.openStream(one.id, 'a').session).to.equal(one);
    expect(refusal(() => calls.openStream(one.id, 'a')).kind).to.equal('limit');
  });

  it('hides a call from every client but the one that started it', () => {
    const calls = sessions();
    const call = calls.create('a');
    expect(refusal(() => calls.get(call.id, 'b')).kind).to.equal('not-found');
    expect(refusal(() => calls.add(call.id, 'b', line('x'))).kind).to.equal('not-found');
    expect(refusal(() => calls.end(call.id, 'b')).kind).to.equal('not-found');
    expect(calls.get(call.id, 'a')).to.equal(call);
  });

  it('refuses a line that takes the call over maxChars, and keeps what it had', () => {
    const calls = sessions({ maxChars: 10 });
    const call = calls.create('a');
    calls.add(call.id, 'a', line('123456'));
    expect(refusal(() => calls.add(call.id, 'a', line('12345')))).to.include({ kind: 'too-large', code: 'assist.call-too-long' });
    expect(call.turns.map((x) => x.text)).to.deep.equal(['123456']);
    calls.add(call.id, 'a', line('1234'));
    expect(call.chars).to.equal(10);
  });

  it('leaves nothing behind after 1,000 calls end or expire', () => {
    const t = clock();
    const calls = sessions({ callsPerClient: 1000, streamsPerClient: 1000 }, t.now);
    for (let i = 0; i < 1000; i++) {
      const call = calls.create(`client-${i % 50}`);
      calls.add(call.id, call.client, line('钱怎么少了'.repeat(100)));
      const stream = calls.openStream(call.id, call.client);
      if (i % 2) calls.end(call.id, call.client);
      stream.close();
    }
    expect(calls.size).to.equal(500);
    t.advance(31 * MINUTE);
    calls.sweep();
    expect(calls.size).to.equal(0);
    expect(calls.clients).to.equal(0);
  });
});

describe('LiveCallRanking', () => {
  /** A search queue whose turns run only when the test says so. */
  function heldQueue() {
    const turns: Array<() => void> = [];
    const searches = new SearchQueue({ schedule: (next) => turns.push(next) });
    /** Runs every waiting search, letting each one's result reach the streams. */
    const drain = async () => {
      while (turns.length) {
        turns.shift()!();
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    return { searches, drain };
  }

  it('ranks a line once for every stream of the call, and forgets the call when its last stream closes', async () => {
    const live = new LiveKnowledgeBase(sampleKb().kb);
    const { searches, drain } = heldQueue();
    const ranking = new LiveCallRanking({ live, logger: createLogger('silent'), recorder: new EventRecorder(undefined), searches });
    const calls = new CallSessions();
    try {
      const call = calls.create('a');
      const received: number[][] = [[], [], []];
      const unfollow = received.map((got) => ranking.follow(call, CLIENT, (d) => got.push(d.turns)));
      let ranked = 0;
      const original = live.current;
      // Count the rankings through the knowledge base they read.
      Object.defineProperty(live, 'current', { get: () => (ranked++, original), configurable: true });
      calls.add(call.id, 'a', line('钱怎么少了25刀'));
      calls.add(call.id, 'a', line('中间行扣费'));
      // The rankings wait for their turn in the search queue, like every other search.
      expect(searches.length).to.equal(2);
      expect(ranked).to.equal(0);
      await drain();
      expect(ranked).to.equal(2);
      expect(received).to.deep.equal([[1, 2], [1, 2], [1, 2]]);
      // A stream that joins later gets the latest ranking without a new one.
      const late: number[] = [];
      const unfollowLate = ranking.follow(call, CLIENT, (d) => late.push(d.turns));
      expect(late).to.deep.equal([2]);
      expect(searches.length).to.equal(0);
      [...unfollow, unfollowLate].forEach((f) => f());
      expect(ranking.size).to.equal(0);
      calls.add(call.id, 'a', line('没人在听'));
      expect(searches.length).to.equal(0);
      await drain();
      expect(ranked).to.equal(2);
    } finally {
      calls.close();
    }
  });

  it('gives a stream that joins while a line waits for its ranking that ranking, without ranking the line again', async () => {
    const live = new LiveKnowledgeBase(sampleKb().kb);
    const { searches, drain } = heldQueue();
    const ranking = new LiveCallRanking({ live, logger: createLogger('silent'), recorder: new EventRecorder(undefined), searches });
    const calls = new CallSessions();
    try {
      const call = calls.create('a');
      const first: number[] = [];
      ranking.follow(call, CLIENT, (d) => first.push(d.turns));
      calls.add(call.id, 'a', line('钱怎么少了25刀'));
      const second: number[] = [];
      ranking.follow(call, CLIENT, (d) => second.push(d.turns));
      expect(searches.length).to.equal(1);
      await drain();
      expect([first, second]).to.deep.equal([[1], [1]]);
    } finally {
      calls.close();
    }
  });
});
