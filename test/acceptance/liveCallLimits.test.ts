import { expect } from 'chai';
import { candidateIds, startFakeOpenAi, type FakeOpenAi } from '../support/fakeOpenAi.js';
import { openEventStream } from '../support/sse.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const A = { authorization: 'Bearer agent-a' };
const B = { authorization: 'Bearer agent-b' };
const C = { authorization: 'Bearer agent-c' };

/** Retries `probe` until it is true, for up to `ceilingMs` (the server notices closed sockets asynchronously). */
async function eventually(probe: () => Promise<boolean>, ceilingMs = 20_000): Promise<void> {
  const deadline = Date.now() + ceilingMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not true within ${ceilingMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('live calls: per-client caps and a cap on text', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ agentTokens: ['agent-a', 'agent-b', 'agent-c'], calls: { callsPerClient: 2, streamsPerClient: 2, maxChars: 3000 } });
  });
  after(() => server.close());

  it('one agent at its cap of calls gets 429; another agent still starts calls and cannot see the first one\'s', async () => {
    const first = await server.post('/api/assist/calls', {}, A);
    expect((await server.post('/api/assist/calls', {}, A)).status).to.equal(201);
    const over = await server.post('/api/assist/calls', {}, A);
    expect(over.status).to.equal(429);
    expect(over.body.error.code).to.equal('assist.too-many-calls');
    expect((await server.post('/api/assist/calls', {}, B)).status).to.equal(201);
    expect((await server.post(first.body.lines, { speaker: 'customer', text: 'hi' }, B)).status).to.equal(404);
    expect((await fetch(new URL(first.body.events, server.url), { headers: B })).status).to.equal(404);
    await fetch(new URL(`/api/assist/calls/${first.body.id}`, server.url), { method: 'DELETE', headers: A });
    expect((await server.post('/api/assist/calls', {}, A)).status).to.equal(201);
  });

  it('caps event streams per agent, and a closed stream frees its place', async () => {
    const call = await server.post('/api/assist/calls', {}, B);
    const url = new URL(call.body.events, server.url).href;
    const one = await openEventStream(url, B);
    const two = await openEventStream(url, B);
    const three = await fetch(url, { headers: B });
    expect(three.status).to.equal(429);
    expect(((await three.json()) as { error: { code: string } }).error.code).to.equal('assist.too-many-streams');
    one.close();
    let again: Awaited<ReturnType<typeof openEventStream>> | undefined;
    await eventually(async () => {
      again = await openEventStream(url, B);
      if (again.status === 200) return true;
      again.close();
      return false;
    });
    expect((await again!.next((e) => e.event === 'ready')).event).to.equal('ready');
    again!.close();
    two.close();
  });

  it('answers a line that takes the call over its text cap with 413 and a hint', async () => {
    const call = await server.post('/api/assist/calls', {}, C);
    expect((await server.post(call.body.lines, { speaker: 'customer', text: '钱'.repeat(2000) }, C)).status).to.equal(202);
    const over = await server.post(call.body.lines, { speaker: 'customer', text: '钱'.repeat(1001) }, C);
    expect(over.status).to.equal(413);
    expect(over.body.error).to.deep.equal({ code: 'assist.call-too-long', message: 'this call would hold 3001 characters, the limit is 3000', hint: 'end this call and start a new one' });
  });
});

describe('live calls: one ranking per line, whatever the number of streams', () => {
  let fake: FakeOpenAi;
  let server: TestServer;
  before(async () => {
    fake = await startFakeOpenAi((req) => ({ content: JSON.stringify({ ranking: [{ id: candidateIds(req)[1], reason: 'second' }] }) }));
    server = await startTestServer({
      calls: { streamsPerClient: 10 },
      llm: { model: 'test-model', apiKey: 'sk-x', baseURL: `${fake.url}/v1`, deadlineMs: 10_000, candidates: 5, cacheTtlSeconds: 0 },
    });
  });
  after(async () => {
    await server.close();
    await fake.close();
  });

  it('asks the model once per line for 8 streams on one call, and every stream gets the same result', async () => {
    const call = await server.post('/api/assist/calls', {});
    const url = new URL(call.body.events, server.url).href;
    const streams = await Promise.all(Array.from({ length: 8 }, () => openEventStream(url)));
    for (const s of streams) await s.next((e) => e.event === 'ready');
    const before = fake.received.length;
    await server.post(call.body.lines, { speaker: 'customer', text: '我客户汇了一万美金，只到了9975，钱少了是谁扣的？' });
    const finals = await Promise.all(streams.map((s) => s.next((e) => e.event === 'suggestions' && e.data.final && e.data.turns === 1, 20_000)));
    expect(fake.received.length - before).to.equal(1);
    expect(new Set(finals.map((f) => JSON.stringify(f.data))).size).to.equal(1);
    expect(finals[0]!.data.rerank).to.equal('ok');
    streams.forEach((s) => s.close());
  });
});
