import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallSessions } from '../../../src/assist/callSessions.js';
import { memoryCallStore } from '../../../src/assist/callStore.js';
import { HttpError } from '../../../src/errors.js';
import { createApp } from '../../../src/server/http/createApp.js';
import { LiveKnowledgeBase } from '../../../src/server/reload/liveKnowledgeBase.js';
import { createLogger } from '../../../src/server/process/logger.js';
import { SearchQueue } from '../../../src/server/http/searchQueue.js';
import { sampleKb } from '../../support/sampleKb.js';

/** A schedule the test drives: searches run only when the test releases them. */
function heldSchedule() {
  const held: Array<() => void> = [];
  return {
    schedule: (next: () => void) => void held.push(next),
    /** Runs every waiting search, one turn at a time. */
    releaseAll: () => {
      while (held.length) held.shift()!();
    },
  };
}

/** Waits for `condition`, checking after each event-loop turn; the ceiling only guards a broken test. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const ceiling = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > ceiling) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('SearchQueue', () => {
  it('runs searches in arrival order, one per scheduled turn', async () => {
    const gate = heldSchedule();
    const queue = new SearchQueue({ schedule: gate.schedule });
    const ran: number[] = [];
    const results = [1, 2, 3].map((n) => queue.run(() => (ran.push(n), n * 10)));
    expect(ran).to.deep.equal([]);
    expect(queue.length).to.equal(3);
    gate.releaseAll();
    expect(await Promise.all(results)).to.deep.equal([10, 20, 30]);
    expect(ran).to.deep.equal([1, 2, 3]);
  });

  it('refuses a search beyond maxWaiting with a 503 that says when to retry', async () => {
    const gate = heldSchedule();
    const queue = new SearchQueue({ maxWaiting: 1, retryAfterSeconds: 7, schedule: gate.schedule });
    const first = queue.run(() => 'ok');
    const err = await queue.run(() => 'too many').catch((e: unknown) => e);
    expect(err).to.be.instanceOf(HttpError).and.include({ status: 503, code: 'search.busy', retryAfterSeconds: 7 });
    gate.releaseAll();
    expect(await first).to.equal('ok');
  });

  it('passes a failing search’s error to its caller and keeps serving the next', async () => {
    const gate = heldSchedule();
    const queue = new SearchQueue({ schedule: gate.schedule });
    const failing = queue.run(() => {
      throw new Error('boom');
    });
    const next = queue.run(() => 'next');
    gate.releaseAll();
    expect(await failing.catch((e: Error) => e.message)).to.equal('boom');
    expect(await next).to.equal('next');
  });
});

describe('search admission over HTTP', () => {
  const gate = heldSchedule();
  const searches = new SearchQueue({ maxWaiting: 3, retryAfterSeconds: 2, schedule: gate.schedule });
  let server: Server;
  let base: string;

  before(async () => {
    const app = createApp({
      live: new LiveKnowledgeBase(sampleKb().kb),
      config: { agentTokens: [], agentRateLimit: 100_000, publicRateLimit: 100_000 },
      logger: createLogger('silent'),
      calls: memoryCallStore(new CallSessions()),
      searches,
    });
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((r) => server.close(() => r())));

  it('answers 503 with Retry-After beyond the queue, and the health probes while searches wait', async () => {
    const waiting = ['中转行扣费', 'kyc pending', '提现'].map((q) => fetch(`${base}/api/suggest?q=${encodeURIComponent(q)}`));
    await until(() => searches.length === 3, 'three waiting searches');

    const refused = await fetch(`${base}/public/api/suggest?q=fees`);
    expect(refused.status).to.equal(503);
    expect(refused.headers.get('retry-after')).to.equal('2');
    expect(((await refused.json()) as { error: { code: string } }).error.code).to.equal('search.busy');
    const assistRefused = await fetch(`${base}/api/assist`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: [{ speaker: 'customer', text: '钱没到' }] }) });
    expect(assistRefused.status).to.equal(503);

    // No search has run yet, and the probes still answer.
    expect((await fetch(`${base}/healthz`)).status).to.equal(200);
    expect((await fetch(`${base}/readyz`)).status).to.equal(200);
    expect(searches.length).to.equal(3);

    gate.releaseAll();
    const answers = await Promise.all(waiting);
    expect(answers.map((a) => a.status)).to.deep.equal([200, 200, 200]);
    const first = (await answers[0]!.json()) as { hits: Array<{ id: string }> };
    expect(first.hits.length).to.be.above(0);
  });
});
