import { expect } from 'chai';
import { candidateIds, never, startFakeOpenAi, type FakeOpenAi } from '../support/fakeOpenAi.js';
import { openEventStream } from '../support/sse.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const CALL = [
  { speaker: 'customer', text: '喂，你好' },
  { speaker: 'agent', text: '您好，这里是鲸帆客服，请问有什么可以帮您？' },
  { speaker: 'customer', text: '我客户上周三汇了一万美金，只到了9975，卡号 6222 0212 3456 7890 123，钱少了是谁扣的？' },
];

describe('POST /api/assist', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('ranks articles for a transcript, with the derived query, entities and matched terms', async () => {
    const r = await server.post('/api/assist', { transcript: CALL });
    expect(r.status).to.equal(200);
    expect(r.body.hits[0].id).to.equal('fees-intermediary-deduction');
    expect(r.body).to.include({ locale: 'zh-CN', rerank: 'off', confident: true });
    expect(r.body.hits[0].confidence).to.be.within(0, 1);
    expect(r.body.query).to.be.a('string').and.not.empty;
    expect(r.body.entities).to.deep.include({ type: 'amount', text: '一万美金', value: 10000, currency: 'USD' });
    expect(r.body.entities).to.deep.include({ type: 'date', text: '上周三' });
    expect(r.body.personalData).to.deep.equal(['CARD_OR_ACCOUNT']);
    expect(r.body.matchedTerms).to.be.an('array').that.is.not.empty;
    expect(JSON.stringify(r.body)).not.to.include('6222');
    expect(r.body).not.to.have.property('maskedTurns');
  });

  it('answers an English call in English and honours limit', async () => {
    const r = await server.post('/api/assist', { transcript: [{ speaker: 'customer', text: 'Hi, my KYC review has been pending for three days, what is going on?' }], limit: 2 });
    expect(r.body.locale).to.equal('en');
    expect(r.body.hits).to.have.length(2);
    expect(r.body.hits[0]).to.include({ id: 'kyc-review-time', locale: 'en' });
  });

  it('is not confident about small talk or a question the content does not cover', async () => {
    const chat = await server.post('/api/assist', { transcript: [{ speaker: 'customer', text: 'hello' }, { speaker: 'customer', text: 'ok thanks' }] });
    expect(chat.body).to.include({ confident: false });
    const other = await server.post('/api/assist', { transcript: [{ speaker: 'customer', text: '我想问一下你们有没有房贷，利率多少' }] });
    expect(other.body).to.include({ confident: false });
  });

  const bad: Array<[unknown, number, string]> = [
    [{}, 400, 'transcript must be an array of {speaker, text} turns'],
    [{ transcript: [{ speaker: 'robot', text: 'x' }] }, 400, 'transcript[0].speaker must be "customer" or "agent"'],
    [{ transcript: [{ speaker: 'customer', text: 'x'.repeat(2001) }] }, 400, 'transcript[0].text is 2001 characters, the limit is 2000'],
    [{ transcript: CALL, limit: 99 }, 400, '"limit" must be a whole number from 1 to 20'],
    [{ transcript: CALL, locale: 'fr' }, 400, 'query: unknown locale "fr"'],
    [[1, 2], 400, 'send a JSON object (Content-Type: application/json)'],
  ];
  for (const [body, status, message] of bad) {
    it(`answers ${JSON.stringify(body).slice(0, 50)} with ${status}: ${message.slice(0, 40)}`, async () => {
      const r = await server.post('/api/assist', body);
      expect(r.status).to.equal(status);
      expect(r.body.error.message).to.equal(message);
    });
  }

  it('refuses a transcript over the body limit with 413', async () => {
    const turns = Array.from({ length: 60 }, () => ({ speaker: 'customer', text: '钱'.repeat(1500) }));
    expect((await server.post('/api/assist', { transcript: turns })).status).to.equal(413);
  });
});

describe('live calls: lines in, suggestions out (Server-Sent Events)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('updates the suggestions as the customer talks, and follows a change of subject', async () => {
    const call = await server.post('/api/assist/calls', { locale: 'zh-CN' });
    expect(call.status).to.equal(201);
    const events = await openEventStream(new URL(call.body.events, server.url).href);
    expect(events.status).to.equal(200);
    expect(events.contentType).to.match(/^text\/event-stream/);
    expect((await events.next((e) => e.event === 'ready')).data).to.deep.equal({ id: call.body.id, turns: 0 });

    await server.post(call.body.lines, { speaker: 'customer', text: '喂，你好，我想问一下' });
    await server.post(call.body.lines, { lines: CALL.slice(1) });
    const first = await events.next((e) => e.event === 'suggestions' && e.data.turns === 3);
    expect(first.data.hits[0].id).to.equal('fees-intermediary-deduction');
    expect(first.data).to.include({ final: true, rerank: 'off', confident: true });
    expect(first.data.hits[0].confidence).to.be.within(0, 1);

    await server.post(call.body.lines, { speaker: 'customer', text: '另外我的账户今天突然被冻结了，提不了现，怎么回事？' });
    const second = await events.next((e) => e.event === 'suggestions' && e.data.turns === 4);
    expect(second.data.hits[0].id).to.equal('security-account-frozen');

    const ended = await fetch(new URL(`/api/assist/calls/${call.body.id}`, server.url), { method: 'DELETE' });
    expect(ended.status).to.equal(204);
    expect((await events.next((e) => e.event === 'end')).event).to.equal('end');
    expect((await server.post(call.body.lines, { speaker: 'customer', text: 'hello?' })).status).to.equal(404);
    events.close();
  });

  it('rejects lines that are not turns', async () => {
    const call = await server.post('/api/assist/calls', {});
    const r = await server.post(call.body.lines, { speaker: 'customer' });
    expect(r.status).to.equal(400);
    expect(r.body.error.message).to.equal('transcript[0].text must be a string');
  });
});

describe('agent assist with an LLM configured (scripted OpenAI-compatible server)', () => {
  let fake: FakeOpenAi;
  let server: TestServer;
  before(async () => {
    fake = await startFakeOpenAi(() => ({ content: '{}' }));
    // A deadline no busy machine reaches, so a model that answers is always in time.
    server = await startTestServer({ llm: llmConfig(fake, 30_000) });
  });
  beforeEach(() => {
    fake.received.length = 0;
  });
  after(async () => {
    await server.close();
    await fake.close();
  });

  it('returns the model\'s order with reasons', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [{ id: candidateIds(req)[1], reason: 'matches the short payment' }] }) });
    const r = await server.post('/api/assist', { transcript: [...CALL, { speaker: 'customer', text: '能退吗' }] });
    expect(r.body.rerank).to.equal('ok');
    expect(r.body.hits[0].reason).to.equal('matches the short payment');
  });

  it('answers with the lexical ranking when the model has not answered by the deadline', async () => {
    // The model never answers: each response can only come from the deadline. How close to
    // the deadline it comes is a timing claim, measured by `npm run bench` (llm).
    const strict = await startTestServer({ llm: llmConfig(fake, 1500) });
    fake.script = never;
    try {
      for (let i = 0; i < 2; i++) {
        const r = await strict.post('/api/assist', { transcript: [...CALL, { speaker: 'customer', text: `第${i}次问` }] });
        expect(r.status).to.equal(200);
        expect(r.body.rerank).to.equal('timeout');
        expect(r.body.hits[0].id).to.equal('fees-intermediary-deduction');
      }
      expect(fake.received, 'the model was asked each time').to.have.length(2);
      await Promise.all(fake.received.map((req) => req.abandoned));
    } finally {
      await strict.close();
    }
  });

  it('streams the lexical suggestions first, then the reranked ones', async () => {
    // The model answers only once the lexical suggestions have been seen.
    let lexicalSeen!: () => void;
    const seen = new Promise<void>((resolve) => (lexicalSeen = resolve));
    fake.script = async (req) => {
      await seen;
      return { content: JSON.stringify({ ranking: [{ id: candidateIds(req)[2], reason: 'third first' }] }) };
    };
    const call = await server.post('/api/assist/calls', {});
    const events = await openEventStream(new URL(call.body.events, server.url).href);
    await server.post(call.body.lines, { lines: CALL });
    const lexical = await events.next((e) => e.event === 'suggestions' && !e.data.final);
    lexicalSeen();
    const reranked = await events.next((e) => e.event === 'suggestions' && e.data.final);
    expect(lexical.data.rerank).to.equal('off');
    expect(reranked.data.rerank).to.equal('ok');
    expect(reranked.data.hits[0].id).to.equal(lexical.data.hits[2].id);
    events.close();
  });

  it('sends the model no personal data, and logs no key', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [candidateIds(req)[0]] }) });
    const r = await server.post('/api/assist', { transcript: [...CALL, { speaker: 'customer', text: '邮箱 li.wei@example.com，电话 138 1234 5678' }] });
    expect(r.body.rerank).to.equal('ok');
    expect(fake.received).to.have.length(1);
    const sent = JSON.stringify(fake.received[0]!.body);
    for (const secret of ['6222 0212 3456 7890 123', '6222021234567890123', 'li.wei@example.com', '138 1234 5678']) expect(sent).not.to.include(secret);
    expect(sent).to.include('[CARD_OR_ACCOUNT]').and.include('[EMAIL]').and.include('[PHONE]');
    expect(server.logs()).to.include('llm rerank');
    expect(server.logs()).not.to.include('sk-secret');
  });
});

function llmConfig(fake: FakeOpenAi, deadlineMs: number) {
  return { model: 'test-model', apiKey: 'sk-secret', baseURL: `${fake.url}/v1`, deadlineMs, candidates: 5, cacheTtlSeconds: 60 };
}
