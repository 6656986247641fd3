import { expect } from 'chai';
import { agentTokensFrom, labelledTokensFrom } from '../../src/server/process/config.js';
import { tokenLabels } from '../../src/server/http/eventClient.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StoredEvent } from '../../src/events/event.js';
import { FIXTURES } from '../support/paths.js';
import { openEventStream } from '../support/sse.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const MIN = join(FIXTURES, 'content-min');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const q = (s: string) => encodeURIComponent(s);

/** What the server stored, once everything queued has been written. */
async function stored(server: TestServer): Promise<StoredEvent[]> {
  await server.recorder.store!.flush();
  return server.recorder.store!.list({});
}

describe('events: capture through the HTTP API (SQLite state file)', () => {
  let server: TestServer;
  beforeEach(async () => {
    // A long folding window: a busy machine must not split a chain typed in one go.
    server = await startTestServer({ events: { enabled: true, retentionDays: 180, collapseWindowMs: 60_000 } }, MIN);
  });
  afterEach(() => server.close());

  it('gives every suggest response its own searchId, on both APIs, without changing the hits', async () => {
    const a = await server.get(`/api/suggest?q=${q('中转行扣费')}`);
    const b = await server.get(`/api/suggest?q=${q('中转行扣费')}`);
    const p = await server.get(`/public/api/suggest?q=${q('中转行扣费')}`);
    for (const r of [a, b, p]) expect(r.body.searchId).to.match(UUID);
    expect(new Set([a.body.searchId, b.body.searchId, p.body.searchId]).size).to.equal(3);
    expect(b.body.hits).to.deep.equal(a.body.hits);
    expect(a.body).to.include({ query: '中转行扣费', locale: 'zh-CN' });
  });

  it('stores 中, 中转, 中转行扣费 typed in one go as one search, and a click on an early result joins it', async () => {
    const agent = { 'X-Agent-Id': 'agent-7' };
    const chain = [];
    for (const text of ['中', '中转', '中转行扣费']) chain.push((await server.get(`/api/suggest?q=${q(text)}&limit=3`, agent)).body);
    const last = chain[2];
    const open = await server.post('/api/events', { type: 'open', articleId: 'fees-short', searchId: chain[0].searchId, rank: 1 }, agent);
    expect(open.status).to.equal(202);
    expect(open.body).to.deep.equal({ ok: true });

    const events = await stored(server);
    const searches = events.filter((e) => e.type === 'search');
    expect(searches).to.have.length(1);
    expect(searches[0]).to.deep.include({
      scope: 'agent', searchId: last.searchId, query: '中转行扣费', locale: 'zh-CN', agent: 'agent-7', confident: true,
      resultIds: last.hits.map((h: { id: string }) => h.id), topScore: last.hits[0].score,
    });
    expect(searches[0]!.latencyMs).to.be.a('number').and.at.least(0);
    expect(events.find((e) => e.type === 'open')).to.deep.include({ searchId: last.searchId, articleId: 'fees-short', rank: 1, agent: 'agent-7' });
  });

  it('stores a search that found nothing as not confident, and does not store an empty box', async () => {
    const none = await server.get(`/api/suggest?q=${q('qwertyzzz')}`);
    await server.get('/api/suggest?q=');
    await server.post('/api/events', { type: 'feedback', articleId: 'fees-short', helpful: false, reason: 'not-what-i-searched', searchId: none.body.searchId });
    const searches = (await stored(server)).filter((e) => e.type === 'search');
    expect(searches).to.have.length(1);
    expect(searches[0]).to.deep.include({ query: 'qwertyzzz', resultIds: [], confident: false });
    expect(searches[0]).to.not.have.property('topScore');
  });

  it('masks personal data in stored queries and comments; none of it is anywhere in the state files', async () => {
    const s = await server.get(`/api/suggest?q=${q('手机13812345678 中转行扣费')}`);
    const f = await server.post('/api/events', {
      type: 'feedback', articleId: 'fees-short', helpful: false, reason: 'wrong', searchId: s.body.searchId,
      comment: '客户 lin.wei@example.com 卡号 6222 0212 3456 7890 说不对',
    });
    expect(f.status).to.equal(202);
    const events = await stored(server);
    expect(events.find((e) => e.type === 'search')!.query).to.equal('手机[PHONE] 中转行扣费');
    expect(events.find((e) => e.type === 'feedback')).to.deep.include({ comment: '客户 [EMAIL] 卡号 [CARD_OR_ACCOUNT] 说不对', helpful: false, reason: 'wrong' });
    const dir = dirname(server.indexFile);
    const bytes = readdirSync(dir).filter((n) => n.startsWith('state.sqlite')).map((n) => readFileSync(join(dir, n)).toString('latin1')).join('');
    expect(bytes.length).to.be.greaterThan(0);
    for (const secret of ['13812345678', 'lin.wei', '6222 0212', '127.0.0.1']) expect(bytes).to.not.include(secret);
  });

  it('answers 400 with code, message and hint for bad events, 202 for good ones', async () => {
    const bad = await server.post('/api/events', { type: 'feedback', articleId: 'fees-short', helpful: 'yes' });
    expect(bad.status).to.equal(400);
    expect(bad.body.error).to.include({ code: 'event.invalid', message: 'event: "helpful" Invalid input: expected boolean, received string' });
    expect(bad.body.error.hint).to.match(/^send /);
    const unknown = await server.post('/api/events', { type: 'open', articleId: 'no-such-article' });
    expect(unknown.body.error).to.include({ code: 'event.unknown-article' });
    const json = await server.post('/api/events', '{"type":', { 'content-type': 'application/json' });
    expect(json.body.error.code).to.equal('body.bad-json');
    const label = await server.post('/api/events', { type: 'copy', articleId: 'fees-short' }, { 'X-Agent-Id': 'Lin Wei <lin@example.com>' });
    expect(label.status).to.equal(400);
    expect(label.body.error.code).to.equal('header.invalid');
    const phone = await server.post('/api/events', { type: 'copy', articleId: 'fees-short' }, { 'X-Agent-Id': '13812345678' });
    expect(phone.body.error.code).to.equal('header.invalid');
    expect((await server.post('/api/events', { type: 'copy', articleId: 'fees-secret', locale: 'en' })).status).to.equal(202);
  });

  it('takes only open and feedback on public articles from the public API, naming nobody', async () => {
    const copy = await server.post('/public/api/events', { type: 'copy', articleId: 'fees-short' });
    expect(copy.status).to.equal(400);
    const internal = await server.post('/public/api/events', { type: 'open', articleId: 'fees-secret' });
    const missing = await server.post('/public/api/events', { type: 'open', articleId: 'fees-nothing' });
    expect(internal.status).to.equal(400);
    expect(internal.body.error.code).to.equal('event.unknown-article');
    // The same answer as for an id that does not exist: the public API does not reveal internal ids.
    expect(internal.body.error.message.replace('fees-secret', 'X')).to.equal(missing.body.error.message.replace('fees-nothing', 'X'));
    const ok = await server.post('/public/api/events', { type: 'feedback', articleId: 'fees-short', helpful: true }, { 'X-Agent-Id': 'agent-7' });
    expect(ok.status).to.equal(202);
    const events = await stored(server);
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.include({ type: 'feedback', scope: 'public', articleId: 'fees-short', helpful: true });
    expect(events[0]).to.not.have.property('agent');
  });

  it('returns a searchId from POST /api/assist and stores the masked derived query and the ids suggested', async () => {
    const r = await server.post('/api/assist', { transcript: [{ speaker: 'customer', text: '我的电话13812345678，中转行扣费了，到账少了' }] });
    expect(r.status).to.equal(200);
    expect(r.body.searchId).to.match(UUID);
    await server.post('/api/events', { type: 'open', articleId: 'fees-short', searchId: r.body.searchId, rank: 1 });
    const events = await stored(server);
    const assist = events.find((e) => e.type === 'assist')!;
    expect(assist).to.deep.include({ searchId: r.body.searchId, scope: 'agent', resultIds: r.body.hits.map((h: { id: string }) => h.id) });
    expect(assist.query).to.be.a('string').and.not.match(/\d{11}/);
    expect(events.find((e) => e.type === 'open')!.searchId).to.equal(r.body.searchId);
  });

  it('gives each live-call update a searchId and stores it as an assist event', async () => {
    const call = await server.post('/api/assist/calls', { locale: 'zh-CN' });
    const stream = await openEventStream(new URL(call.body.events, server.url).href);
    await stream.next((e) => e.event === 'ready');
    await server.post(call.body.lines, { speaker: 'customer', text: '中转行扣费了，到账少了' });
    const update = await stream.next((e) => e.event === 'suggestions' && e.data.turns === 1);
    expect(update.data.searchId).to.match(UUID);
    stream.close();
    const assist = (await stored(server)).filter((e) => e.type === 'assist');
    expect(assist.map((e) => e.searchId)).to.deep.equal([update.data.searchId]);
  });

  it('documents the event routes and searchId in the OpenAPI document', async () => {
    const doc = (await server.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).to.include.members(['/api/events', '/public/api/events']);
    expect(doc.paths['/public/api/events'].post.requestBody.content['application/json'].schema.oneOf.map((s: { properties: { type: { const: string } } }) => s.properties.type.const)).to.deep.equal(['open', 'feedback']);
    expect(doc.components.schemas.Suggestions.properties).to.have.property('searchId');
    expect(doc.components.schemas.Assist.properties).to.have.property('searchId');
  });

  it('shows the store in /readyz', async () => {
    const ready = await server.get('/readyz');
    expect(ready.body.events).to.deep.equal({ backend: 'sqlite', state: 'ok', queued: 0, written: 0, dropped: 0 });
  });
});

describe('events: token labels and recording off', () => {
  it('reads KB_AGENT_TOKENS entries as label:token or plain tokens', () => {
    const env = { KB_AGENT_TOKENS: 'team-a:tok-1, plain-token ,b.c:tok:with:colon' };
    expect(agentTokensFrom(env)).to.deep.equal(['tok-1', 'plain-token', 'tok:with:colon']);
    expect([...tokenLabels(labelledTokensFrom(env)).values()]).to.deep.equal(['team-a', 'b.c']);
  });

  it('stores the label of an agent token, never the token', async () => {
    const token = 'tok-9f8e7d6c5b4a';
    const env = { KB_AGENT_TOKENS: `team-a:${token},other-token` };
    const server = await startTestServer({ agentTokens: agentTokensFrom(env), tokenLabels: tokenLabels(labelledTokensFrom(env)) }, MIN);
    try {
      const auth = { authorization: `Bearer ${token}` };
      expect((await server.post('/api/events', { type: 'copy', articleId: 'fees-short' }, auth)).status).to.equal(202);
      const events = await stored(server);
      expect(events[0]).to.deep.include({ type: 'copy', agent: 'team-a' });
      expect(JSON.stringify(events)).to.not.include(token);
    } finally {
      await server.close();
    }
  });

  it('with recording off still returns searchIds and accepts events, storing nothing', async () => {
    const server = await startTestServer({ events: { enabled: false, retentionDays: 180 } }, MIN);
    try {
      expect((await server.get(`/api/suggest?q=${q('扣费')}`)).body.searchId).to.match(UUID);
      expect((await server.post('/api/events', { type: 'copy', articleId: 'fees-short' })).status).to.equal(202);
      expect((await server.get('/readyz')).body.events).to.deep.equal({ state: 'off' });
      expect(server.recorder.store).to.equal(undefined);
    } finally {
      await server.close();
    }
  });
});
