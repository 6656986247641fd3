import { expect } from 'chai';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { StoredEvent } from '../../src/events/event.js';
import { openEventStore } from '../../src/events/openEventStore.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { startServeProcess, type ServeProcess } from '../support/serveProcess.js';

const MIN = join(FIXTURES, 'content-min');

async function copies(server: ServeProcess, from: number, to: number, agent: string): Promise<void> {
  for (let rank = from; rank <= to; rank++) {
    const r = await fetch(new URL('/api/events', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-agent-id': agent },
      body: JSON.stringify({ type: 'copy', articleId: 'fees-short', rank }),
    });
    expect(r.status).to.equal(202);
  }
}

async function listAll(stateDir: string, databaseUrl?: string): Promise<StoredEvent[]> {
  const store = await openEventStore({ stateDir, databaseUrl });
  try {
    return await store.list({});
  } finally {
    await store.close();
  }
}

describe('events: a real kb serve process and its store', () => {
  it('SIGTERM writes every event accepted, and settles the search being typed', async () => {
    const dir = tempDir();
    const server = await startServeProcess(['--content', MIN, '--index', join(dir, 'kb.sqlite')]);
    await copies(server, 1, 40, 'agent-1');
    const s = await fetch(new URL(`/api/suggest?q=${encodeURIComponent('中转行扣费')}`, server.url));
    expect(s.status).to.equal(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).to.equal(0);
    const events = await listAll(dir);
    expect(events.filter((e) => e.type === 'copy').map((e) => e.rank).sort((a, b) => a! - b!)).to.deep.equal(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(events.filter((e) => e.type === 'search').map((e) => e.query)).to.deep.equal(['中转行扣费']);
  });

  it('kill -9 loses nothing already flushed and leaves the file intact; the next server carries on', async () => {
    const dir = tempDir();
    const args = ['--content', MIN, '--index', join(dir, 'kb.sqlite')];
    const server = await startServeProcess(args);
    await copies(server, 1, 30, 'agent-1');
    // Wait for the event itself: the store's one-second batch has written all 30.
    const deadline = Date.now() + 30_000;
    while ((await listAll(dir)).length < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await copies(server, 31, 35, 'agent-1');
    server.child.kill('SIGKILL');
    expect(await server.exited).to.equal('SIGKILL');

    const db = new Database(join(dir, 'state.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).to.equal('ok');
    db.close();
    const ranks = (await listAll(dir)).map((e) => e.rank!);
    // The first 30 were flushed before the kill: all there. The last 5 were possibly still queued (at most one batch lost).
    for (let r = 1; r <= 30; r++) expect(ranks).to.include(r);
    expect(new Set(ranks).size).to.equal(ranks.length);

    const next = await startServeProcess(args);
    await copies(next, 100, 100, 'agent-2');
    next.child.kill('SIGTERM');
    expect(await next.exited).to.equal(0);
    expect((await listAll(dir)).map((e) => e.rank)).to.include(100);
  });
});

describe(pgTitle('events: two kb serve processes on one PostgreSQL'), function () {
  let schema: PgSchema;
  before(async function () {
    if (!PG_URL) return this.skip();
    schema = await freshSchema();
  });
  after(() => schema?.drop());

  it('stores the events of both, each once', async () => {
    const env = { KB_DATABASE_URL: schema.url };
    const [a, b] = await Promise.all(['a', 'b'].map((n) => startServeProcess(['--content', MIN, '--index', join(tempDir(), `kb-${n}.sqlite`)], env)));
    await Promise.all([copies(a!, 1, 25, 'server-a'), copies(b!, 1, 25, 'server-b')]);
    a!.child.kill('SIGTERM');
    b!.child.kill('SIGTERM');
    expect(await Promise.all([a!.exited, b!.exited])).to.deep.equal([0, 0]);
    const events = await listAll(tempDir(), schema.url);
    expect(events).to.have.length(50);
    expect(new Set(events.map((e) => e.id)).size).to.equal(50);
    for (const agent of ['server-a', 'server-b']) {
      expect(events.filter((e) => e.agent === agent).map((e) => e.rank).sort((x, y) => x! - y!)).to.deep.equal(Array.from({ length: 25 }, (_, i) => i + 1));
    }
  });
});
