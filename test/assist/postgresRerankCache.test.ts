import { expect } from 'chai';
import { assistReranked } from '../../src/assist/assist.js';
import type { LlmConfig } from '../../src/assist/llm/llmConfig.js';
import { PostgresRerankCache } from '../../src/assist/llm/postgresRerankCache.js';
import { LlmReranker } from '../../src/assist/llm/reranker.js';
import type { Turn } from '../../src/assist/transcript.js';
import { candidateIds, startFakeOpenAi, type FakeOpenAi } from '../support/fakeOpenAi.js';
import { freshSchema, PG_URL, pgTitle, type PgSchema } from '../support/postgres.js';
import { sampleKb } from '../support/sampleKb.js';

const CALL: Turn[] = [{ speaker: 'customer', text: '我客户汇了一万美金，只到了9975，少的钱是谁扣的？' }];

describe(pgTitle('PostgresRerankCache (the rerank cache shared by replicas)'), () => {
  let schema: PgSchema;
  let fake: FakeOpenAi;
  const caches: PostgresRerankCache[] = [];
  const config = (): LlmConfig => ({ model: 'test-model', apiKey: 'sk-test', baseURL: `${fake.url}/v1`, deadlineMs: 30_000, candidates: 5, cacheTtlSeconds: 60 });
  const cache = async (ttlSeconds: number) => {
    const c = await PostgresRerankCache.open(schema.url, ttlSeconds, (message) => {
      throw new Error(message);
    });
    caches.push(c);
    return c;
  };
  const run = async (c: PostgresRerankCache) => assistReranked(sampleKb().kb, CALL, { limit: 5 }, new LlmReranker(config(), c));

  before(async function () {
    if (!PG_URL) return this.skip();
    schema = await freshSchema();
    fake = await startFakeOpenAi((req) => ({ content: JSON.stringify({ ranking: [{ id: candidateIds(req)[1], reason: 'from the model' }] }) }));
  });
  beforeEach(() => {
    if (fake) fake.received.length = 0;
  });
  afterEach(async () => {
    await Promise.all(caches.splice(0).map((c) => c.close()));
  });
  after(async () => {
    await fake?.close();
    await schema?.drop();
  });

  it('answers on replica B a rerank that replica A asked the model for, without asking again', async () => {
    const a = await run(await cache(60));
    const b = await run(await cache(60));
    expect(fake.received).to.have.length(1);
    expect(b.rerank).to.equal('ok');
    expect(b.hits.map((h) => h.id)).to.deep.equal(a.hits.map((h) => h.id));
    expect(b.hits[0]!.reason).to.equal('from the model');
  });

  it('is a miss once the entry is older than the TTL', async () => {
    // A TTL of 0: every entry is already too old when it is read.
    await run(await cache(0));
    await run(await cache(0));
    expect(fake.received).to.have.length(2);
  });
});
