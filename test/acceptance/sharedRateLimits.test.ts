import { expect } from 'chai';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/paths.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { sampleKb } from '../support/sampleKb.js';
import { startServeProcess, type ServeProcess } from '../support/serveProcess.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import { startTestServer } from '../support/testServer.js';

const LIMIT = 6;
/** The window opens at a client's first request and lasts a minute: these tests send a handful of requests, far within it. */
const status = async (base: string) => (await fetch(new URL('/public/api/suggest?q=fee', base))).status;

describe(pgTitle('rate limits across replicas (counters in PostgreSQL)'), () => {
  let schema: PgSchema;
  // A schema per test: both count the same client (127.0.0.1).
  beforeEach(async function () {
    if (!PG_URL) return this.skip();
    schema = await freshSchema();
  });
  afterEach(async () => {
    await schema?.drop();
  });

  it(`two kb serve processes sharing one PostgreSQL allow ${LIMIT} requests per minute in all, not each`, async () => {
    const replica = () => {
      const index = join(tempDir('kb-limits-'), 'kb.sqlite');
      copyFileSync(sampleKb().file, index);
      return startServeProcess(['--index', index, '--published'], { KB_DATABASE_URL: schema.url, KB_PUBLIC_RATE_LIMIT: String(LIMIT) });
    };
    const started: ServeProcess[] = [];
    try {
      started.push(await replica(), await replica());
      const [a, b] = started as [ServeProcess, ServeProcess];
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i++) statuses.push(await status((i % 2 ? b : a).url));
      expect(statuses).to.deep.equal(Array(LIMIT).fill(200));
      expect([await status(a.url), await status(b.url)]).to.deep.equal([429, 429]);
      for (const p of started) expect(p.log()).not.to.match(/rate limits: PostgreSQL failed/);
    } finally {
      for (const p of started) p.child.kill('SIGTERM');
      await Promise.all(started.map((p) => p.exited));
    }
  });

  it('keeps serving when PostgreSQL becomes unreachable: counts in memory and warns once, without the password', async () => {
    const proxy = await startTcpProxy(schema.url);
    const url = new URL(proxy.url);
    url.password = 'sekret-pw';
    const server = await startTestServer({ publicRateLimit: LIMIT, events: { enabled: false, databaseUrl: url.toString(), retentionDays: 180 } });
    try {
      expect([await status(server.url), await status(server.url)]).to.deep.equal([200, 200]);
      await proxy.cut();
      // Counted in this replica's memory from here: the limit still holds, per replica.
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 1; i++) statuses.push(await status(server.url));
      expect(statuses).to.deep.equal([...Array(LIMIT).fill(200), 429]);
      const warnings = server.logs().split('\n').filter((l) => l.includes('rate limits: PostgreSQL failed'));
      expect(warnings).to.have.length(1);
      expect(server.logs()).not.to.include('sekret-pw');
      expect((await fetch(new URL('/healthz', server.url))).status).to.equal(200);
    } finally {
      await proxy.cut();
      await server.close();
    }
  });
});
