import { expect } from 'chai';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { candidateIds, startFakeOpenAi, type FakeOpenAi } from '../support/fakeOpenAi.js';
import { CONTENT, tempDir } from '../support/paths.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { runKbAsync } from '../support/runCli.js';
import { sampleKb } from '../support/sampleKb.js';

const CALL = 'customer: 我客户汇了一万美金，只到了9975，少的钱是谁扣的？\n';

describe(pgTitle('kb assist with KB_DATABASE_URL (the rerank cache the servers share)'), () => {
  let schema: PgSchema;
  let fake: FakeOpenAi;

  before(async function () {
    if (!PG_URL) return this.skip();
    schema = await freshSchema();
    fake = await startFakeOpenAi((req) => ({ content: JSON.stringify({ ranking: [{ id: candidateIds(req)[1], reason: 'from the model' }] }) }));
  });
  after(async () => {
    await fake?.close();
    await schema?.drop();
  });

  /** `kb assist --json` in a folder of its own (its own index copy and state file), as on another machine. */
  const assistElsewhere = async () => {
    const dir = tempDir('kb-assist-');
    copyFileSync(sampleKb().file, join(dir, 'kb.sqlite'));
    writeFileSync(join(dir, 'call.txt'), CALL);
    const env = { KB_LLM_MODEL: 'test-model', KB_LLM_BASE_URL: `${fake.url}/v1`, KB_LLM_DEADLINE_MS: '60000', KB_DATABASE_URL: schema.url };
    const r = await runKbAsync(['assist', '--transcript', 'call.txt', '--index', 'kb.sqlite', '--content', CONTENT, '--json'], dir, env);
    expect(r.code, r.stderr).to.equal(0);
    return JSON.parse(r.stdout) as { rerank: string; hits: Array<{ id: string; reason?: string }> };
  };

  it('answers a second run from the PostgreSQL cache without asking the model again', async () => {
    const first = await assistElsewhere();
    expect(first.rerank).to.equal('ok');
    expect(fake.received).to.have.length(1);

    const second = await assistElsewhere();
    expect(fake.received, 'the second run asked the model').to.have.length(1);
    expect(second.rerank).to.equal('ok');
    expect(second.hits.map((h) => h.id)).to.deep.equal(first.hits.map((h) => h.id));
    expect(second.hits[0]!.reason).to.equal('from the model');

    const db = new pg.Client({ connectionString: schema.url });
    await db.connect();
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM kb_rerank_cache').finally(() => db.end());
    expect(Number(rows[0]!.n)).to.equal(1);
  });
});
