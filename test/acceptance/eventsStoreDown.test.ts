import { expect } from 'chai';
import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { FIXTURES } from '../support/paths.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const MIN = join(FIXTURES, 'content-min');
const SQL_TABLE = 'CREATE TABLE kb_events (id TEXT PRIMARY KEY, at_ms BIGINT NOT NULL, type TEXT NOT NULL, scope TEXT NOT NULL, search_id TEXT, query TEXT, locale TEXT, category TEXT, result_ids TEXT, top_score DOUBLE PRECISION, confident SMALLINT, latency_ms DOUBLE PRECISION, article_id TEXT, result_rank INTEGER, helpful SMALLINT, reason TEXT, comment TEXT, agent TEXT, sample SMALLINT NOT NULL DEFAULT 0)';

/**
 * The store breaks under a running server (its table disappears, as when a database is
 * restored or a disk fills): the API keeps answering, /readyz says so, and once the store
 * is back the queued events are written.
 */
async function storeGoesAway(server: TestServer, run: (sql: string) => Promise<void>) {
  await run('DROP TABLE kb_events');
  const copy = await server.post('/api/events', { type: 'copy', articleId: 'fees-short', rank: 4 });
  expect(copy.status).to.equal(202);
  await server.recorder.store!.flush().catch(() => undefined);
  const suggest = await server.get(`/api/suggest?q=${encodeURIComponent('中转行扣费')}`);
  expect(suggest.status).to.equal(200);
  expect(suggest.body.hits[0].id).to.equal('fees-short');
  const ready = await server.get('/readyz');
  expect(ready.status).to.equal(200);
  expect(ready.body.events).to.include({ state: 'failing', queued: 1, dropped: 0 });
  expect(ready.body.events.lastError).to.match(/kb_events/);

  await run(SQL_TABLE);
  await server.recorder.store!.flush();
  expect((await server.get('/readyz')).body.events).to.include({ state: 'ok', queued: 0, written: 1 });
  expect((await server.recorder.store!.list({})).map((e) => e.rank)).to.deep.equal([4]);
}

describe('events: the API keeps answering while the store is down', () => {
  it('SQLite', async () => {
    const server = await startTestServer({}, MIN);
    try {
      const file = join(dirname(server.indexFile), 'state.sqlite');
      await storeGoesAway(server, async (sql) => {
        const db = new Database(file);
        db.exec(sql);
        db.close();
      });
    } finally {
      await server.close();
    }
  });
});

describe(pgTitle('events: the API keeps answering while PostgreSQL is down'), function () {
  let schema: PgSchema;
  before(async function () {
    if (!PG_URL) return this.skip();
    schema = await freshSchema();
  });
  after(() => schema?.drop());

  it('PostgreSQL', async () => {
    const server = await startTestServer({ events: { enabled: true, retentionDays: 180, databaseUrl: schema.url } }, MIN);
    try {
      await storeGoesAway(server, async (sql) => {
        const c = new pg.Client({ connectionString: schema.url });
        await c.connect();
        await c.query(sql);
        await c.end();
      });
      expect((await server.get('/readyz')).body.events.backend).to.equal('postgres');
    } finally {
      await server.close();
    }
  });
});
