import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTH_FAILURES_PER_MINUTE } from '../../src/server/http/auth.js';
import { rawRequest } from '../support/rawRequest.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const json = { 'content-type': 'application/json' };

describe('security: no tokens (loopback only)', () => {
  let server: TestServer;
  let port: string;
  before(async () => {
    server = await startTestServer();
    port = new URL(server.url).port;
  });
  after(() => server.close());

  for (const host of ['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST', '127.0.0.2']) {
    for (const withPort of [true, false]) {
      const value = withPort ? `${host}:${'{port}'}` : host;
      it(`serves Host ${value}`, async () => {
        const r = await rawRequest(server.url, { path: '/api/articles/fees-intermediary-deduction', headers: { host: value.replace('{port}', port) } });
        expect(r.status).to.equal(200);
      });
    }
  }

  for (const host of ['attacker.test', `attacker.test:${'{port}'}`, '127.0.0.1.attacker.test', '192.168.1.5', 'localhost.evil.example:80', 'example.com']) {
    it(`refuses Host "${host}" (DNS rebinding) with a JSON 421 that shows no article`, async () => {
      const r = await rawRequest(server.url, { path: '/api/articles/fees-intermediary-deduction', headers: { host: host.replace('{port}', port) } });
      expect(r.status).to.equal(421);
      expect(r.body.error.code).to.equal('request.bad-host');
      expect(JSON.stringify(r.body)).not.to.include('32A');
    });
  }

  it('refuses a cross-site text/plain POST that would start a call', async () => {
    const r = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/assist/calls',
      headers: { host: `127.0.0.1:${port}`, origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(r.status).to.equal(403);
    expect(r.body.error.code).to.equal('request.cross-origin');
  });

  it('refuses a state-changing request without a JSON content type, even with no Origin', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await rawRequest(server.url, { method: 'POST', path: '/api/assist/calls', headers: { host: `127.0.0.1:${port}`, 'content-type': type }, body: '{}' });
      expect(r.status, type).to.equal(415);
      expect(r.body.error.code).to.equal('request.not-json');
    }
  });

  it('refuses a cross-site DELETE and a null Origin', async () => {
    const call = await server.post('/api/assist/calls', {});
    const del = await rawRequest(server.url, { method: 'DELETE', path: `/api/assist/calls/${call.body.id}`, headers: { host: `127.0.0.1:${port}`, origin: 'http://evil.example' } });
    expect(del.status).to.equal(403);
    const nul = await rawRequest(server.url, { method: 'POST', path: '/api/assist/calls', headers: { host: `127.0.0.1:${port}`, origin: 'null', ...json }, body: '{}' });
    expect(nul.status).to.equal(403);
  });

  it('accepts same-origin JSON writes, writes without an Origin, and a bodiless DELETE', async () => {
    const same = await rawRequest(server.url, { method: 'POST', path: '/api/assist/calls', headers: { host: `localhost:${port}`, origin: `http://localhost:${port}`, ...json }, body: '{}' });
    expect(same.status).to.equal(201);
    const noOrigin = await rawRequest(server.url, { method: 'POST', path: '/api/assist/calls', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json; charset=utf-8' }, body: '{}' });
    expect(noOrigin.status).to.equal(201);
    const del = await rawRequest(server.url, { method: 'DELETE', path: `/api/assist/calls/${same.body.id}`, headers: { host: `localhost:${port}`, origin: `http://localhost:${port}` } });
    expect(del.status).to.equal(204);
  });

  it('answers a malformed percent escape in a path parameter with a 400 JSON error and logs no stack', async () => {
    for (const path of ['/public/api/articles/%ZZ', '/api/articles/%E0%A4%A', '/api/assist/calls/%ZZ/events', '/public/api/articles/abc%']) {
      const r = await server.get(path);
      expect(r.status, path).to.equal(400);
      expect(r.body.error.code, path).to.equal('param.bad-encoding');
    }
    expect(server.logs()).not.to.include('URIError');
    expect(server.logs()).not.to.match(/"stack"/);
  });
});

describe('security: with agent tokens', () => {
  let server: TestServer;
  const TOKEN = 'tok-agent-1';
  before(async () => {
    server = await startTestServer({ agentTokens: [TOKEN], allowedOrigins: ['https://console.example.com'] });
  });
  after(() => server.close());

  it('serves any Host (it is protected by tokens, and may sit behind a proxy)', async () => {
    const r = await rawRequest(server.url, { path: '/healthz', headers: { host: 'kb.example.com' } });
    expect(r.status).to.equal(200);
  });

  it('accepts writes from an allowed console origin, with CORS headers for it only', async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, ...json };
    const ok = await rawRequest(server.url, { method: 'POST', path: '/api/assist/calls', headers: { origin: 'https://console.example.com', ...auth }, body: '{}' });
    expect(ok.status).to.equal(201);
    expect(ok.headers['access-control-allow-origin']).to.equal('https://console.example.com');
    const pre = await rawRequest(server.url, { method: 'OPTIONS', path: '/api/assist/calls', headers: { origin: 'https://console.example.com', 'access-control-request-method': 'POST' } });
    expect(pre.status).to.equal(204);
    expect(String(pre.headers['access-control-allow-headers'])).to.include('Authorization');
    const evil = await rawRequest(server.url, { method: 'POST', path: '/api/assist/calls', headers: { origin: 'https://evil.example', ...auth }, body: '{}' });
    expect(evil.status).to.equal(403);
    expect(evil.headers['access-control-allow-origin']).to.equal(undefined);
  });

  it('/readyz shows only ready or not without a token, and details with one', async () => {
    const anon = await server.get('/readyz');
    expect(anon.status).to.equal(200);
    expect(anon.body).to.deep.equal({ status: 'ready' });
    const wrong = await server.get('/readyz', { authorization: 'Bearer nope' });
    expect(wrong.body).to.deep.equal({ status: 'ready' });
    const agent = await server.get('/readyz', { authorization: `Bearer ${TOKEN}` });
    expect(agent.body).to.include({ status: 'ready', articles: 46, lastBuildError: null });
  });

  it('/readyz shows build errors (file names, article text) only to an agent', async () => {
    const file = join(server.contentDir, 'fees', 'fees-intermediary-deduction.zh-CN.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: not-a-date'));
    // Rebuild by restarting over the broken copy: startup falls back to the last good index.
    const broken = await startTestServer({ agentTokens: [TOKEN], indexFile: server.indexFile, contentDir: server.contentDir });
    try {
      const anon = await broken.get('/readyz');
      expect(anon.body).to.deep.equal({ status: 'ready' });
      expect(JSON.stringify(anon.body)).not.to.include('fees-intermediary-deduction');
      const agent = await broken.get('/readyz', { authorization: `Bearer ${TOKEN}` });
      expect(agent.body.lastBuildError.errors.join('\n')).to.include('fees-intermediary-deduction.zh-CN.md');
    } finally {
      await broken.close();
    }
  });
});

describe('security: wrong tokens are rate-limited', () => {
  it(`answers 429 with Retry-After after ${AUTH_FAILURES_PER_MINUTE} wrong tokens from one address`, async () => {
    const server = await startTestServer({ agentTokens: ['right-token'] });
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= AUTH_FAILURES_PER_MINUTE; i++) statuses.push((await server.get('/api/suggest?q=fee', { authorization: `Bearer guess-${i}` })).status);
      expect(statuses.slice(0, -1).every((s) => s === 403)).to.equal(true);
      const last = await server.get('/api/suggest?q=fee', { authorization: 'Bearer guess-again' });
      expect(last.status).to.equal(429);
      expect(last.body.error.code).to.equal('auth.too-many-failures');
      expect(Number(last.headers.get('retry-after'))).to.be.within(1, 60);
      // The public API is not affected.
      expect((await server.get('/public/api/suggest?q=fee')).status).to.equal(200);
    } finally {
      await server.close();
    }
  });
});
