import { expect } from 'chai';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { startNginx, NGINX_SKIP_REASON, type Nginx } from '../support/nginx.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { freshSchema, PG_SKIP_REASON, PG_URL, type PgSchema } from '../support/postgres.js';
import { readyzUntil } from '../support/readyz.js';
import { sampleKb } from '../support/sampleKb.js';
import { openEventStream } from '../support/sse.js';

const SKIP = !PG_URL ? PG_SKIP_REASON : NGINX_SKIP_REASON;
const AGENT = { authorization: 'Bearer agent-a-token' };
const OTHER = { authorization: 'Bearer agent-b-token' };
/** Generous: the machine running the suite may be busy. Events end the wait, not this. */
const EVENT_CEILING_MS = 30_000;

interface Replicas {
  a: RunningServer;
  b: RunningServer;
  nginx: Nginx;
  indexFile: string;
  stop(): Promise<void>;
}

/**
 * Two replicas serving one published index file, sharing one PostgreSQL schema, behind
 * nginx running the sample configuration (deploy/nginx.conf).
 */
async function startReplicas(schema: PgSchema, calls: { callsPerClient?: number } = {}, trustProxy?: string[]): Promise<Replicas> {
  const shared = tempDir('kb-shared-');
  const indexFile = join(shared, 'kb.sqlite');
  copyFileSync(sampleKb().file, indexFile);
  const replica = () =>
    startServer(
      {
        host: '127.0.0.1',
        port: 0,
        contentDir: join(shared, 'content'),
        indexFile,
        published: true,
        watch: false,
        stateFile: join(tempDir('kb-replica-'), 'state.sqlite'),
        agentTokens: ['agent-a-token', 'agent-b-token'],
        agentRateLimit: 100_000,
        publicRateLimit: 100_000,
        calls,
        trustProxy,
        events: { enabled: true, databaseUrl: schema.url, retentionDays: 180 },
      },
      createLogger('silent'),
    );
  const a = await replica();
  const b = await replica();
  const nginx = await startNginx([a, b].map((r) => new URL(r.url).host));
  return {
    a,
    b,
    nginx,
    indexFile,
    async stop() {
      await nginx.stop();
      await Promise.all([a.close(), b.close()]);
    },
  };
}

async function call(base: string, method: string, path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(new URL(path, base), { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe(`replicas behind nginx with PostgreSQL${SKIP ? ` (${SKIP})` : ''}`, function () {
  let schema: PgSchema;
  let replicas: Replicas | undefined;
  before(async function () {
    if (SKIP) return this.skip();
    schema = await freshSchema();
  });
  afterEach(async () => {
    await replicas?.stop();
    replicas = undefined;
  });
  after(async () => {
    await schema?.drop();
  });

  it('continues a live call started on replica A through replica B and through nginx, with its streams on either', async () => {
    replicas = await startReplicas(schema);
    const { a, b, nginx } = replicas;
    // Started on A by its own address, so where it was started is known, not left to the balancer.
    const started = await call(a.url, 'POST', '/api/assist/calls', { locale: 'zh-CN' }, AGENT);
    expect(started.status).to.equal(201);
    const id = started.body.id as string;
    const onB = await openEventStream(new URL(`/api/assist/calls/${id}/events`, b.url).href, AGENT);
    const viaNginx = await openEventStream(`${nginx.url}/api/assist/calls/${id}/events`, AGENT);
    try {
      expect(onB.status).to.equal(200);
      expect(viaNginx.status).to.equal(200);
      expect((await onB.next((e) => e.event === 'ready', EVENT_CEILING_MS)).data).to.deep.equal({ id, turns: 0 });

      const first = await call(b.url, 'POST', `/api/assist/calls/${id}/lines`, { speaker: 'customer', text: '喂，你好，我客户汇了一万美金' }, AGENT);
      expect(first).to.deep.equal({ status: 202, body: { turns: 1 } });
      const second = await call(nginx.url, 'POST', `/api/assist/calls/${id}/lines`, { speaker: 'customer', text: '只到了9975，钱少了是谁扣的？中转行扣费吗' }, AGENT);
      expect(second).to.deep.equal({ status: 202, body: { turns: 2 } });

      for (const stream of [onB, viaNginx]) {
        const update = await stream.next((e) => e.event === 'suggestions' && e.data.turns === 2, EVENT_CEILING_MS);
        expect(update.data.hits[0].id).to.equal('fees-intermediary-deduction');
      }
      // The call is the starting client's on every replica.
      expect((await call(b.url, 'POST', `/api/assist/calls/${id}/lines`, { speaker: 'customer', text: 'x' }, OTHER)).status).to.equal(404);

      expect((await call(b.url, 'DELETE', `/api/assist/calls/${id}`, undefined, AGENT)).status).to.equal(204);
      for (const stream of [onB, viaNginx]) await stream.next((e) => e.event === 'end', EVENT_CEILING_MS);
      expect((await call(a.url, 'POST', `/api/assist/calls/${id}/lines`, { speaker: 'customer', text: '还在吗' }, AGENT)).status).to.equal(404);
    } finally {
      onB.close();
      viaNginx.close();
    }
  });

  it('counts a client\'s live calls over all replicas', async () => {
    replicas = await startReplicas(schema, { callsPerClient: 2 });
    const { a, b, nginx } = replicas;
    expect((await call(a.url, 'POST', '/api/assist/calls', {}, AGENT)).status).to.equal(201);
    expect((await call(b.url, 'POST', '/api/assist/calls', {}, AGENT)).status).to.equal(201);
    const third = await call(nginx.url, 'POST', '/api/assist/calls', {}, AGENT);
    expect(third.status).to.equal(429);
    expect(third.body.error.code).to.equal('assist.too-many-calls');
    expect((await call(nginx.url, 'POST', '/api/assist/calls', {}, OTHER)).status).to.equal(201);
  });

  it('with KB_TRUST_PROXY, locks out only the client whose tokens are wrong, not everyone behind nginx', async () => {
    replicas = await startReplicas(schema, {}, ['loopback']);
    const { nginx } = replicas;
    // Two clients as nginx sees them: each sends its own address on, as a balancer in front would.
    const mallory = { 'x-forwarded-for': '203.0.113.66', authorization: 'Bearer wrong' };
    const agent = { 'x-forwarded-for': '203.0.113.7', ...AGENT };
    let status = 0;
    for (let i = 0; i < 100 && status !== 429; i++) status = (await call(nginx.url, 'GET', '/api/suggest?q=fee', undefined, mallory)).status;
    expect(status).to.equal(429);
    // Several requests, so that both replicas answer one.
    for (let i = 0; i < 4; i++) expect((await call(nginx.url, 'GET', '/api/suggest?q=fee', undefined, agent)).status).to.equal(200);
  });

  it('serves a newly published index on every replica: both show its content hash in /readyz', async () => {
    replicas = await startReplicas(schema);
    const { a, b, nginx, indexFile } = replicas;
    const before = await readyzUntil(nginx.url, () => true, AGENT);
    // Publishing: `kb build --out` writes a temporary file beside the target and renames it over.
    const published = buildKnowledgeBase({ contentDir: join(FIXTURES, 'content-min'), outFile: indexFile }).info;
    expect(published.contentHash).not.to.equal(before.contentHash);
    for (const replica of [a, b]) {
      const ready = await readyzUntil(replica.url, (r) => r.contentHash === published.contentHash, AGENT);
      expect(ready).to.include({ status: 'ready', articles: published.articles });
    }
    const hits = (await call(nginx.url, 'GET', '/api/suggest?q=fee&limit=20', undefined, AGENT)).body.hits as Array<{ id: string }>;
    expect(hits.map((h) => h.id)).to.include('fees-short');
  });
});
