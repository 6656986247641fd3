import { expect } from 'chai';
import { join } from 'node:path';
import { assistReranked } from '../../src/assist/assist.js';
import { llmConfigFrom, type LlmConfig } from '../../src/assist/llm/llmConfig.js';
import { LlmReranker, parseRanking } from '../../src/assist/llm/reranker.js';
import { RerankCache } from '../../src/assist/llm/rerankCache.js';
import type { Turn } from '../../src/assist/transcript.js';
import { KbError } from '../../src/errors.js';
import { createLogger } from '../../src/server/process/logger.js';
import { candidateIds, never, startFakeOpenAi, type FakeOpenAi } from '../support/fakeOpenAi.js';
import { tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

const CALL: Turn[] = [
  { speaker: 'customer', text: '喂，你好，我邮箱 li.wei@example.com，手机 138 1234 5678' },
  { speaker: 'agent', text: '您好，请问什么问题？' },
  { speaker: 'customer', text: '我客户汇了一万美金，只到了9975，卡号 6222 0212 3456 7890 123，少的钱是谁扣的？' },
];

describe('LLM rerank (real openai client against a scripted local server)', () => {
  const { kb } = sampleKb();
  let fake: FakeOpenAi;
  // A deadline no busy machine reaches: the scripted answers come at once, and the one
  // test about the deadline sets a short one.
  const config = (overrides: Partial<LlmConfig> = {}): LlmConfig => ({ model: 'test-model', apiKey: 'sk-test-secret-key', baseURL: `${fake.url}/v1`, deadlineMs: 30_000, candidates: 5, cacheTtlSeconds: 60, ...overrides });
  const run = (reranker: LlmReranker, turns = CALL) => assistReranked(kb, turns, { limit: 5 }, reranker);
  const lexical = () => assistReranked(kb, CALL, { limit: 5 }, undefined);

  before(async () => {
    fake = await startFakeOpenAi(() => ({ content: '{}' }));
  });
  beforeEach(() => {
    fake.received.length = 0;
  });
  after(() => fake.close());

  it('puts the candidates in the model\'s order, with its reasons', async () => {
    fake.script = (req) => {
      const ids = candidateIds(req);
      return { content: JSON.stringify({ ranking: [{ id: ids[2], reason: 'third is best' }, { id: ids[0], reason: 'then the first' }] }) };
    };
    const before = (await lexical()).hits.map((h) => h.id);
    const result = await run(new LlmReranker(config()));
    expect(result.rerank).to.equal('ok');
    expect(result.hits.map((h) => h.id)).to.deep.equal([before[2], before[0], before[1], before[3], before[4]]);
    expect(result.hits[0]!.reason).to.equal('third is best');
    expect(fake.received).to.have.length(1);
    expect(fake.received[0]!.path).to.equal('/v1/chat/completions');
    expect(fake.received[0]!.headers.authorization).to.equal('Bearer sk-test-secret-key');
    expect(fake.received[0]!.body.model).to.equal('test-model');
    expect(candidateIds(fake.received[0]!)).to.deep.equal(before);
  });

  it('returns the lexical ranking when the deadline passes before the model answers, and cancels the request', async () => {
    // The model never answers, so only the deadline can end the wait. How close to the
    // deadline the answer comes is a timing claim: `npm run bench` measures it (llm).
    fake.script = never;
    const result = await run(new LlmReranker(config({ deadlineMs: 1000 })));
    expect(result.rerank).to.equal('timeout');
    expect(result.rerankDetail).to.match(/^no answer within \d+ ms$/);
    expect(result.hits.map((h) => h.id)).to.deep.equal((await lexical()).hits.map((h) => h.id));
    expect(fake.received, 'the model was asked before the deadline passed').to.have.length(1);
    await fake.received[0]!.abandoned;
  });

  it('does not call the model when no time is left', async () => {
    const reranker = new LlmReranker(config());
    const outcome = await reranker.rerank({ query: 'fee', candidates: (await lexical()).hits }, 0);
    expect(outcome).to.deep.include({ status: 'timeout', detail: 'no time left for the model' });
    expect(fake.received).to.have.length(0);
  });

  const failures: Array<[string, ReturnType<FakeOpenAi['script']>, RegExp]> = [
    ['HTTP 500', { status: 500 }, /HTTP 500/],
    ['truncated JSON', { content: '{"ranking": [ {"id": "fees-' }, /not JSON/],
    ['malformed JSON', { content: '{"ranking": ["a" "b"]}' }, /not valid JSON/],
    ['prose instead of JSON', { content: 'I think the first article is best.' }, /not JSON/],
    ['a refusal', { refusal: 'I cannot help with that.' }, /refused/],
    ['only ids that are not candidates', { content: '{"ranking": [{"id": "made-up-article"}, {"id": "security-phishing-x"}]}' }, /no candidate id/],
    ['a broken HTTP body', { raw: '<html>bad gateway</html>' }, /request failed/],
  ];
  for (const [name, answer, detail] of failures) {
    it(`falls back to the lexical ranking on ${name}`, async () => {
      fake.script = () => answer;
      const result = await run(new LlmReranker(config()));
      expect(result.rerank).to.equal('error');
      expect(result.rerankDetail).to.match(detail);
      expect(result.hits.map((h) => h.id)).to.deep.equal((await lexical()).hits.map((h) => h.id));
    });
  }

  it('drops ids that were not candidates and duplicates, keeping the rest', async () => {
    fake.script = (req) => {
      const ids = candidateIds(req);
      return { content: `Here you go: {"ranking": ["not-an-article", "${ids[1]}", "${ids[1]}", {"id": "${ids[0]}"}]}` };
    };
    const before = (await lexical()).hits.map((h) => h.id);
    const result = await run(new LlmReranker(config()));
    expect(result.rerank).to.equal('ok');
    expect(result.hits.map((h) => h.id)).to.deep.equal([before[1], before[0], before[2], before[3], before[4]]);
  });

  it('masks card numbers, phones and emails before anything leaves the process', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [candidateIds(req)[0]] }) });
    await run(new LlmReranker(config()));
    const sent = JSON.stringify(fake.received[0]!.body);
    for (const secret of ['6222 0212 3456 7890 123', '6222021234567890123', '138 1234 5678', 'li.wei@example.com']) expect(sent).not.to.include(secret);
    expect(sent).to.include('[CARD_OR_ACCOUNT]').and.include('[PHONE]').and.include('[EMAIL]');
    expect(sent).to.include('只到了9975');
  });

  it('answers a repeated request from the SQLite cache without calling the model', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [{ id: candidateIds(req)[1], reason: 'cached reason' }] }) });
    const file = join(tempDir(), 'state.sqlite');
    const first = new RerankCache(file, 60);
    const a = await run(new LlmReranker(config(), first));
    first.close();
    const second = new RerankCache(file, 60);
    const b = await run(new LlmReranker(config(), second));
    expect(fake.received).to.have.length(1);
    expect(b.rerank).to.equal('ok');
    expect(b.hits.map((h) => h.id)).to.deep.equal(a.hits.map((h) => h.id));
    expect(b.hits[0]!.reason).to.equal('cached reason');
    // Another model is another cache entry.
    await run(new LlmReranker(config({ model: 'other-model' }), second));
    expect(fake.received).to.have.length(2);
    second.close();
  });

  it('forgets cached reranks after their TTL', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [candidateIds(req)[0]] }) });
    let now = Date.now();
    const cache = new RerankCache(join(tempDir(), 'state.sqlite'), 10, () => now);
    await run(new LlmReranker(config(), cache));
    now += 11_000;
    await run(new LlmReranker(config(), cache));
    expect(fake.received).to.have.length(2);
    cache.close();
  });

  it('never logs the API key or what the customer said', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [candidateIds(req)[0]] }) });
    let logged = '';
    await run(new LlmReranker(config(), undefined, createLogger('info', { write: (s: string) => void (logged += s) })));
    expect(logged).to.include('"rerank":"ok"');
    expect(logged).not.to.include('sk-test-secret-key');
    expect(logged).not.to.include('9975');
  });

  it('talks to Azure OpenAI at the deployment path with an api-key header', async () => {
    fake.script = (req) => ({ content: JSON.stringify({ ranking: [candidateIds(req)[0]] }) });
    const result = await run(new LlmReranker(config({ baseURL: undefined, azure: { endpoint: fake.url, apiVersion: '2024-10-21' }, model: 'kb-rerank' })));
    expect(result.rerank).to.equal('ok');
    expect(fake.received[0]!.path).to.equal('/openai/deployments/kb-rerank/chat/completions?api-version=2024-10-21');
    expect(fake.received[0]!.headers['api-key']).to.equal('sk-test-secret-key');
  });

  it('is off without a reranker', async () => {
    expect((await lexical()).rerank).to.equal('off');
  });
});

describe('parseRanking()', () => {
  const ids = new Set(['a', 'b', 'c']);
  it('reads the JSON object, a fenced block or a bare array', () => {
    expect(parseRanking('{"ranking":[{"id":"b","reason":"r"},{"id":"a"}]}', ids)).to.deep.equal([{ id: 'b', reason: 'r' }, { id: 'a', reason: '' }]);
    expect(parseRanking('```json\n{"ranking":["c"]}\n```', ids)).to.deep.equal([{ id: 'c', reason: '' }]);
    expect(parseRanking('["a","c"]', ids)).to.deep.equal([{ id: 'a', reason: '' }, { id: 'c', reason: '' }]);
  });
  it('describes what is wrong otherwise', () => {
    expect(parseRanking('{"order":["a"]}', ids)).to.equal('the reply has no "ranking" list');
    expect(parseRanking('{"ranking":["x"]}', ids)).to.equal('the reply names no candidate id');
  });
});

describe('llmConfigFrom()', () => {
  it('is off without KB_LLM_MODEL', () => {
    expect(llmConfigFrom({})).to.equal(undefined);
  });
  it('reads a local OpenAI-compatible server without a key', () => {
    expect(llmConfigFrom({ KB_LLM_MODEL: 'qwen2.5:7b', KB_LLM_BASE_URL: 'http://localhost:11434/v1' })).to.deep.include({ model: 'qwen2.5:7b', apiKey: 'not-needed', deadlineMs: 1500, candidates: 8 });
  });
  it('requires a key for OpenAI itself and rejects bad numbers', () => {
    expect(() => llmConfigFrom({ KB_LLM_MODEL: 'gpt-4o-mini' })).to.throw(KbError, /no API key/);
    expect(() => llmConfigFrom({ KB_LLM_MODEL: 'm', KB_LLM_API_KEY: 'k', KB_LLM_DEADLINE_MS: 'soon' })).to.throw(KbError, /KB_LLM_DEADLINE_MS/);
  });
  it('bounds the rerank candidates at 50, with a hint', () => {
    const local = { KB_LLM_MODEL: 'm', KB_LLM_BASE_URL: 'http://localhost:11434/v1' };
    expect(llmConfigFrom({ ...local, KB_LLM_CANDIDATES: '50' })?.candidates).to.equal(50);
    let thrown: unknown;
    try {
      llmConfigFrom({ ...local, KB_LLM_CANDIDATES: '51' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).to.be.instanceOf(KbError);
    expect(thrown).to.include({ code: 'llm.bad-config', message: 'KB_LLM_CANDIDATES must be at most 50, got "51"', hint: 'each candidate lengthens the prompt and the wait; unset it for the default, 8' });
  });
});
