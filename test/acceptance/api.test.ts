import { expect } from 'chai';
import { request } from 'node:http';
import { join } from 'node:path';
import { KbError } from '../../src/errors.js';
import { QUERY_CALIBRATION } from '../../src/relevance/confidence.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer } from '../../src/server/process/startServer.js';
import { CONTENT, tempDir } from '../support/paths.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('HTTP API (agent, no tokens, loopback)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('GET /api/suggest returns ranked articles for a partial query', async () => {
    const r = await server.get(`/api/suggest?q=${encodeURIComponent('中转行扣')}&limit=3`);
    expect(r.status).to.equal(200);
    expect(r.body).to.include({ query: '中转行扣', locale: 'zh-CN', confident: true });
    expect(r.body.hits).to.have.length(3);
    expect(r.body.hits[0]).to.include({ id: 'fees-intermediary-deduction', locale: 'zh-CN', category: 'fees' });
    expect(r.body.hits[0]).to.have.all.keys('id', 'locale', 'title', 'category', 'answer', 'snippet', 'score', 'confidence', 'matchedQuestion');
    expect(r.body.hits[0].confidence).to.be.within(0, 1);
    expect(r.body.hits[0].snippet).to.include('<mark>');
  });

  it('GET /api/suggest and /public/api/suggest say when there is no confident answer', async () => {
    for (const path of ['/api/suggest', '/public/api/suggest']) {
      const outOfScope = await server.get(`${path}?q=${encodeURIComponent('你们房贷利率多少')}`);
      expect(outOfScope.status).to.equal(200);
      expect(outOfScope.body.confident, path).to.equal(false);
      expect(outOfScope.body.hits.every((h: { confidence: number }) => h.confidence >= 0 && h.confidence < QUERY_CALIBRATION.confidentAt), path).to.equal(true);
      const answered = await server.get(`${path}?q=${encodeURIComponent('how much is the withdrawal fee')}`);
      expect(answered.body).to.include({ confident: true });
      expect(answered.body.hits[0]).to.include({ id: 'fees-withdrawal', matchedQuestion: 'how much is the withdrawal fee' });
    }
    expect((await server.get('/api/suggest?q=')).body).to.include({ confident: false });
  });

  it('GET /api/suggest honours locale and category, and returns nothing for an empty query', async () => {
    const en = await server.get(`/api/suggest?q=${encodeURIComponent('帳戶被凍結')}&locale=en&limit=1`);
    expect(en.body.hits[0]).to.include({ id: 'security-account-frozen', locale: 'en' });
    // 审核 (review) finds articles of several categories; the filter keeps only KYC ones.
    const categories = async (path: string) => (await server.get(path)).body.hits.map((h: { category: string }) => h.category);
    const unfiltered = await categories(`/api/suggest?q=${encodeURIComponent('审核')}`);
    expect(new Set(unfiltered).size, 'the query spans categories').to.be.above(1);
    const kyc = await categories(`/api/suggest?q=${encodeURIComponent('审核')}&category=kyc`);
    expect(kyc).to.have.length.above(1);
    expect(new Set(kyc)).to.deep.equal(new Set(['kyc']));
    expect((await server.get('/api/suggest?q=')).body.hits).to.deep.equal([]);
  });

  it('GET /api/articles/:id returns the parts an agent needs separately', async () => {
    const r = await server.get('/api/articles/fees-intermediary-deduction?locale=zh-CN');
    expect(r.status).to.equal(200);
    const a = r.body;
    expect(a).to.include({ id: 'fees-intermediary-deduction', locale: 'zh-CN' });
    expect(a.answer).to.match(/^少到账的部分/);
    expect(a.reply.placeholders).to.include.members(['客户称呼', '币种']);
    expect(a.steps.items.length).to.be.at.least(3);
    expect(a.agent.escalation.team).to.equal('清算运营组');
    expect(a.agent.promise).to.be.a('string').and.not.empty;
    expect(a.agent.internal).to.include('32A');
    expect(a.related.map((x: { id: string }) => x.id)).to.include('fees-charge-codes');
    expect(a.locales).to.deep.equal(['zh-CN', 'en']);
  });

  it('GET /api/categories lists categories with counts', async () => {
    const r = await server.get('/api/categories?locale=en');
    const fees = r.body.categories.find((c: { id: string }) => c.id === 'fees');
    expect(fees).to.deep.include({ id: 'fees', name: 'Fees', articles: 7 });
  });

  it('GET /healthz and /readyz report the process and the loaded index', async () => {
    expect((await server.get('/healthz')).body).to.deep.equal({ status: 'ok' });
    const ready = await server.get('/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body).to.include({ status: 'ready', articles: 46, lastBuildError: null });
    expect(ready.body.contentHash).to.match(/^[0-9a-f]{64}$/);
    expect(Date.parse(ready.body.builtAt)).to.be.a('number').and.not.NaN;
  });

  it('GET /api/openapi.json documents both APIs', async () => {
    const r = await server.get('/api/openapi.json');
    expect(r.body.openapi).to.equal('3.1.0');
    expect(Object.keys(r.body.paths)).to.include.members(['/api/suggest', '/api/articles/{id}', '/api/categories', '/public/api/suggest', '/public/api/articles/{id}', '/healthz', '/readyz']);
  });

  const badRequests: Array<[string, number, string]> = [
    ['/api/suggest?q=a&q=b', 400, 'param.invalid'],
    ['/api/suggest?q=fee&limit=0', 400, 'param.invalid'],
    ['/api/suggest?q=fee&limit=abc', 400, 'param.invalid'],
    ['/api/suggest?q=fee&locale=fr', 400, 'query.bad-locale'],
    ['/api/suggest?q=fee&category=nope', 400, 'param.unknown-category'],
    [`/api/suggest?q=${'x'.repeat(1001)}`, 400, 'param.too-long'],
    ['/api/articles/does-not-exist', 404, 'article.not-found'],
    ['/api/articles/..%2F..%2Fetc%2Fpasswd', 404, 'article.not-found'],
    ['/api/nothing-here', 404, 'not-found'],
    ['/nothing-here', 404, 'not-found'],
  ];
  for (const [path, status, code] of badRequests) {
    it(`answers ${path.slice(0, 60)} with ${status} ${code} as JSON`, async () => {
      const r = await server.get(path);
      expect(r.status).to.equal(status);
      expect(r.body).to.have.nested.property('error.code', code);
      expect(r.body.error.message).to.be.a('string');
      expect(JSON.stringify(r.body)).not.to.match(/\n\s+at |node_modules/);
    });
  }

  it('answers an oversized JSON body with 413 and bad JSON with 400', async () => {
    const big = await server.post('/api/suggest', { text: 'x'.repeat(100_000) });
    expect(big.status).to.equal(413);
    expect(big.body.error.code).to.equal('body.too-large');
    const bad = await server.post('/api/suggest', '{"broken": ');
    expect(bad.status).to.equal(400);
    expect(bad.body.error.code).to.equal('body.bad-json');
  });

  it('sends security headers, a CSP, a request id, and no X-Powered-By', async () => {
    const r = await server.get('/api/suggest?q=fee', { 'x-request-id': 'req-123' });
    expect(r.headers.get('x-powered-by')).to.equal(null);
    expect(r.headers.get('content-security-policy')).to.include("default-src 'self'").and.include("script-src 'self'");
    expect(r.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(r.headers.get('x-request-id')).to.equal('req-123');
    expect((await server.get('/healthz')).headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('logs each request as JSON with its id, without the query text', async () => {
    await server.get(`/api/suggest?q=${encodeURIComponent('客户卡号6222021234567890123')}`, { 'x-request-id': 'log-check-1' });
    const line = server.logs().split('\n').find((l) => l.includes('log-check-1'));
    expect(JSON.parse(line!)).to.include({ reqId: 'log-check-1', method: 'GET', path: '/api/suggest', status: 200 });
    expect(server.logs()).not.to.include('6222021234567890123');
  });
});

describe('HTTP API with agent tokens', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ agentTokens: ['s3cret-token-one', 'second-token'] });
  });
  after(() => server.close());

  it('requires a bearer token on the agent API: 401 without, 403 wrong, 200 right', async () => {
    const none = await server.get('/api/suggest?q=fee');
    expect(none.status).to.equal(401);
    expect(none.headers.get('www-authenticate')).to.match(/^Bearer/);
    expect(none.body.error.code).to.equal('auth.missing');
    const wrong = await server.get('/api/suggest?q=fee', { authorization: 'Bearer nope' });
    expect(wrong.status).to.equal(403);
    expect((await server.get('/api/articles/fees-receiving', { authorization: 'Bearer s3cret-token-one' })).status).to.equal(200);
    expect((await server.get('/api/suggest?q=fee', { authorization: 'Bearer second-token' })).status).to.equal(200);
  });

  it('leaves the public API, health probes and the console page open', async () => {
    expect((await server.get('/public/api/suggest?q=fee')).status).to.equal(200);
    expect((await server.get('/healthz')).status).to.equal(200);
    expect((await server.get('/')).status).to.equal(200);
  });

  it('never logs a token', async () => {
    await server.get('/api/suggest?q=fee', { authorization: 'Bearer s3cret-token-one' });
    await server.get('/api/suggest?q=fee', { authorization: 'Bearer wrong-token-xyz' });
    expect(server.logs()).to.have.length.above(0);
    expect(server.logs()).not.to.include('s3cret-token-one');
    expect(server.logs()).not.to.include('wrong-token-xyz');
  });
});

describe('HTTP API rate limits', () => {
  it('answers 429 with a JSON error past the limit, per client', async () => {
    const server = await startTestServer({ publicRateLimit: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await server.get('/public/api/suggest?q=fee')).status);
      expect(statuses).to.deep.equal([200, 200, 200, 429, 429]);
      const r = await server.get('/public/api/categories');
      expect(r.body.error.code).to.equal('rate-limited');
      expect(Number(r.headers.get('retry-after'))).to.be.within(1, 60);
      expect((await server.get('/api/suggest?q=fee')).status).to.equal(200);
    } finally {
      await server.close();
    }
  });
});

describe('startServer()', () => {
  it('refuses to listen beyond loopback when no agent tokens are configured', async () => {
    const dir = tempDir();
    const config = { host: '0.0.0.0', port: 0, contentDir: CONTENT, indexFile: join(dir, 'kb.sqlite'), stateFile: join(dir, 'state.sqlite'), watch: false, agentTokens: [], agentRateLimit: 10, publicRateLimit: 10 };
    let error: unknown;
    try {
      await startServer(config, createLogger('silent'));
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(KbError).with.property('code', 'server.unprotected');
    expect((error as KbError).hint).to.include('KB_AGENT_TOKENS');
  });

  it('says which port is taken instead of failing obscurely', async () => {
    const first = await startTestServer();
    const dir = tempDir();
    const port = Number(new URL(first.url).port);
    let error: unknown;
    try {
      await startServer(
        { host: '127.0.0.1', port, contentDir: CONTENT, indexFile: join(dir, 'kb.sqlite'), stateFile: join(dir, 'state.sqlite'), watch: false, agentTokens: [], agentRateLimit: 10, publicRateLimit: 10 },
        createLogger('silent'),
      );
    } catch (err) {
      error = err;
    } finally {
      await first.close();
    }
    expect(error).to.be.instanceOf(KbError).with.property('code', 'server.listen-failed');
    expect((error as KbError).message).to.equal(`serve: cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
  });

  it('finishes a request in flight on shutdown, then stops accepting connections', async () => {
    const server = await startTestServer();
    const body = JSON.stringify({ q: 'fee' });
    // A request whose body is still arriving is in flight on the server when close() starts.
    const req = request(new URL('/api/suggest', server.url), { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = server.close();
    req.end(body.slice(3));
    const res = await response;
    expect(res.status).to.equal(404);
    expect(JSON.parse(res.text)).to.have.nested.property('error.code', 'not-found');
    await closed;
    let refused = false;
    await server.get('/healthz').catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});
