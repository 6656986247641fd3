import { expect } from 'chai';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { KbError } from '../../src/errors.js';
import type { EventStore, StoredEvent } from '../../src/events/event.js';
import { openEventStore } from '../../src/events/openEventStore.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { tempDir } from '../support/paths.js';

const T0 = Date.UTC(2026, 10, 1, 9);

const full: StoredEvent = {
  id: '11111111-1111-4111-8111-111111111111', at: T0, type: 'search', scope: 'agent', searchId: 's-1', query: '鲸帆扣费 [PHONE]',
  locale: 'zh-CN', category: 'fees', resultIds: ['fees-intermediary-deduction', 'fees-charge-codes'], topScore: 12.345, confident: false,
  latencyMs: 0.812, agent: 'team-a', sample: true,
};
const feedback: StoredEvent = {
  id: '22222222-2222-4222-8222-222222222222', at: T0 + 1000, type: 'feedback', scope: 'public', searchId: 's-1', articleId: 'fees-charge-codes',
  rank: 2, helpful: false, reason: 'outdated', comment: 'fee table, "old", 2024', locale: 'en',
};
const open: StoredEvent = { id: '33333333-3333-4333-8333-333333333333', at: T0 + 2000, type: 'open', scope: 'agent', articleId: 'fees-charge-codes' };

/** The same contract for both stores: what reports read back is exactly what capture wrote. */
function contract(open_: () => Promise<EventStore>) {
  let store: EventStore;
  beforeEach(async () => {
    store = await open_();
  });
  afterEach(() => store.close());

  it('stores every field and reads it back as written, absent fields absent', async () => {
    for (const e of [open, full, feedback]) store.record(e);
    await store.flush();
    expect(await store.list({})).to.deep.equal([full, feedback, open]);
  });

  it('filters by time (since inclusive, until exclusive), scope and type', async () => {
    for (const e of [full, feedback, open]) store.record(e);
    await store.flush();
    const ids = async (f: Parameters<EventStore['list']>[0]) => (await store.list(f)).map((e) => e.id);
    expect(await ids({ since: T0 + 1000 })).to.deep.equal([feedback.id, open.id]);
    expect(await ids({ until: T0 + 1000 })).to.deep.equal([full.id]);
    expect(await ids({ scope: 'public' })).to.deep.equal([feedback.id]);
    expect(await ids({ types: ['open', 'search'] })).to.deep.equal([full.id, open.id]);
    expect(await ids({ types: [] })).to.deep.equal([]);
  });

  it('deletes the sample events only', async () => {
    for (const e of [full, feedback, open]) store.record(e);
    await store.flush();
    expect(await store.deleteSample()).to.equal(1);
    expect((await store.list({})).map((e) => e.id)).to.deep.equal([feedback.id, open.id]);
  });

  it('survives a reopen (migrations are not applied twice)', async () => {
    store.record(full);
    await store.close();
    store = await open_();
    expect(await store.list({})).to.deep.equal([full]);
  });
}

describe('events store: SQLite', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  contract(() => openEventStore({ stateDir: dir }));

  it('lives in <stateDir>/state.sqlite in WAL mode, with the schema version recorded', async () => {
    const store = await openEventStore({ stateDir: dir });
    await store.close();
    const db = new Database(join(dir, 'state.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
    expect(db.prepare('SELECT version FROM kb_events_schema').all()).to.deep.equal([{ version: 1 }]);
    db.close();
  });

  it('refuses a store with a newer schema than it knows', async () => {
    await (await openEventStore({ stateDir: dir })).close();
    const db = new Database(join(dir, 'state.sqlite'));
    db.prepare('UPDATE kb_events_schema SET version = 99').run();
    db.close();
    const err = await openEventStore({ stateDir: dir }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(KbError).and.include({ code: 'events.schema-newer' });
    expect((err as KbError).message).to.match(/schema version 99, newer than this kb knows \(1\)/);
  });

  it('rejects a KB_DATABASE_URL that is not PostgreSQL', async () => {
    const err = await openEventStore({ stateDir: dir, databaseUrl: 'mysql://x' }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(KbError).and.include({ code: 'config.bad-database-url' });
  });
});

describe(pgTitle('events store: PostgreSQL'), function () {
  let schema: PgSchema;
  before(function () {
    if (!PG_URL) this.skip();
  });
  beforeEach(async () => {
    schema = await freshSchema();
  });
  afterEach(() => schema.drop());
  contract(() => openEventStore({ stateDir: tempDir(), databaseUrl: schema.url }));

  it('migrates once when several servers start at the same time', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openEventStore({ stateDir: tempDir(), databaseUrl: schema.url })));
    await Promise.all(stores.map((s) => s.close()));
    const c = new pg.Client({ connectionString: schema.url });
    await c.connect();
    expect((await c.query('SELECT version FROM kb_events_schema')).rows).to.deep.equal([{ version: 1 }]);
    await c.end();
  });

  it('refuses a schema newer than it knows', async () => {
    await (await openEventStore({ stateDir: tempDir(), databaseUrl: schema.url })).close();
    const c = new pg.Client({ connectionString: schema.url });
    await c.connect();
    await c.query('UPDATE kb_events_schema SET version = 7');
    await c.end();
    const err = await openEventStore({ stateDir: tempDir(), databaseUrl: schema.url }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(KbError).and.include({ code: 'events.schema-newer' });
    expect((err as KbError).message).to.match(/schema version 7, newer than this kb knows \(1\)/);
  });

  it('says clearly when the server cannot be reached', async () => {
    const url = new URL(PG_URL!);
    url.port = '1';
    const err = await openEventStore({ stateDir: tempDir(), databaseUrl: url.toString() }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(KbError).and.include({ code: 'events.store-unreachable' });
  });
});
