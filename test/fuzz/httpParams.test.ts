import { expect } from 'chai';
import fc from 'fast-check';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { fuzzParams, hugeText, nastyText } from '../support/fuzz.js';
import { rawRequest } from '../support/rawRequest.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Answer {
  status: number;
  contentType: string;
  body: any;
}

/**
 * GET with the path exactly as given (ASCII, already percent-encoded): fetch would
 * normalise malformed escapes away, and those are part of what is being tested.
 */
async function rawGet(base: string, path: string): Promise<Answer> {
  const r = await rawRequest(base, { path });
  return { status: r.status, contentType: String(r.headers['content-type'] ?? ''), body: r.body };
}

/** Every byte percent-encoded, as a client sends any text. */
const escapeBytes = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');

/**
 * A parameter value on the wire: hostile text as UTF-8 (lone surrogates travel as U+FFFD,
 * as browsers send them), raw bytes that are not UTF-8, malformed escapes, or text at the
 * length limit.
 */
const wireValue = fc.oneof(
  { weight: 4, arbitrary: nastyText().map((t) => escapeBytes(Buffer.from(t, 'utf8'))) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 24 }).map(escapeBytes) },
  { weight: 2, arbitrary: fc.constantFrom('', '%', '%Z', '%ZZ', '%E4%B8', '%C0%AF', '%00', '%FF%FE', '+', '%2B', '..', '%2E%2E%2F', 'fees-receiving', 'security-fraud-case-playbook') },
  { weight: 1, arbitrary: hugeText(995, 1005).map((t) => escapeBytes(Buffer.from(t, 'utf8'))) },
);
const paramName = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('q', 'locale', 'limit', 'category') }, { weight: 1, arbitrary: fc.constantFrom('q[]', 'q[a]', '__proto__', 'constructor', 'limit[]', '') });
const queryString = fc.array(fc.tuple(paramName, wireValue), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('HTTP parameters under hostile input (property-based, real server)', () => {
  let server: TestServer;
  let allIds: Set<string>;
  let publicIds: Set<string>;
  let internalIds: Set<string>;
  before(async () => {
    server = await startTestServer();
    const articles = readKnowledgeBase(server.indexFile).articles;
    allIds = new Set(articles.map((a) => a.id));
    publicIds = new Set(articles.filter((a) => a.visibility === 'public').map((a) => a.id));
    internalIds = new Set([...allIds].filter((id) => !publicIds.has(id)));
  });
  after(() => server.close());

  /** Never a 5xx, always a JSON body, and an error is `{error: {code, message}}` without a stack. */
  function expectClientAnswer(r: Answer, allowed: number[]): void {
    expect(allowed, `status ${r.status}: ${JSON.stringify(r.body).slice(0, 200)}`).to.include(r.status);
    expect(r.contentType).to.match(/^application\/json/);
    if (r.status !== 200) {
      expect(r.body.error.code).to.be.a('string');
      expect(r.body.error.message).to.be.a('string');
      expect(JSON.stringify(r.body)).not.to.match(/\n\s+at |node_modules/);
    }
  }

  for (const [prefix, scope] of [['/api', 'agent'], ['/public/api', 'public']] as const) {
    it(`GET ${prefix}/suggest answers 200 with known ${scope} articles, or 400`, async () => {
      let hits = 0;
      await fc.assert(
        fc.asyncProperty(queryString, async (qs) => {
          const r = await rawGet(server.url, `${prefix}/suggest?${qs}`);
          expectClientAnswer(r, [200, 400]);
          if (r.status !== 200) return;
          const known = scope === 'public' ? publicIds : allIds;
          hits += r.body.hits.length;
          for (const hit of r.body.hits as Array<{ id: string }>) {
            expect(known.has(hit.id), `${hit.id} is not a known ${scope} article`).to.equal(true);
            if (scope === 'public') expect(internalIds.has(hit.id), `internal ${hit.id} in a public answer`).to.equal(false);
          }
        }),
        fuzzParams(150),
      );
      expect(hits, 'some random queries found articles').to.be.above(0);
    });

    it(`GET ${prefix}/articles/:id answers the article asked for, or 400/404`, async () => {
      let found = 0;
      await fc.assert(
        fc.asyncProperty(wireValue, fc.option(wireValue, { nil: undefined }), async (id, locale) => {
          const r = await rawGet(server.url, `${prefix}/articles/${id || 'x'}${locale === undefined ? '' : `?locale=${locale}`}`);
          expectClientAnswer(r, [200, 400, 404]);
          if (r.status !== 200) return;
          found++;
          expect((scope === 'public' ? publicIds : allIds).has(r.body.id), `${r.body.id} answered`).to.equal(true);
          expect(decodeURIComponent(id)).to.equal(r.body.id);
          if (scope === 'public') expect(r.body.agent).to.equal(undefined);
        }),
        fuzzParams(150),
      );
      expect(found, 'some ids were real articles').to.be.above(0);
    });
  }

  it('is still healthy and logged no unhandled error', async () => {
    expect((await rawGet(server.url, '/healthz')).status).to.equal(200);
    expect(server.logs()).not.to.include('unhandled error');
  });
});
