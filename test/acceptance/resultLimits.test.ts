import { expect } from 'chai';
import { join } from 'node:path';
import { RESULT_LIMITS } from '../../src/query/resultLimits.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { runMain } from '../support/runCli.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('result limits: one rule for the CLI, the API and its OpenAPI document', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({}, join(FIXTURES, 'content-min'));
  });
  after(() => server.close());

  const { max } = RESULT_LIMITS;

  it('GET suggest and POST assist accept the maximum and refuse one more', async () => {
    for (const scope of ['/api', '/public/api']) {
      expect((await server.get(`${scope}/suggest?q=fee&limit=${max}`)).status).to.equal(200);
      const over = await server.get(`${scope}/suggest?q=fee&limit=${max + 1}`);
      expect(over.status).to.equal(400);
      expect(over.body.error.message).to.equal(`"limit" must be a whole number from 1 to ${max}, got "${max + 1}"`);
    }
    const transcript = [{ speaker: 'customer', text: 'money short' }];
    expect((await server.post('/api/assist', { transcript, limit: max })).status).to.equal(200);
    expect((await server.post('/api/assist', { transcript, limit: max + 1 })).status).to.equal(400);
  });

  it('the OpenAPI document states the same bounds and defaults', async () => {
    const doc = (await server.get('/api/openapi.json')).body;
    const suggestLimit = doc.paths['/api/suggest'].get.parameters.find((p: { name: string }) => p.name === 'limit').schema;
    expect(suggestLimit).to.deep.equal({ type: 'integer', minimum: 1, maximum: max, default: RESULT_LIMITS.search });
    const assistLimit = doc.paths['/api/assist'].post.requestBody.content['application/json'].schema.properties.limit;
    expect(assistLimit).to.deep.equal({ type: 'integer', minimum: 1, maximum: max, default: RESULT_LIMITS.assist });
  });

  it('kb search and kb assist --limit accept the maximum and refuse one more', async () => {
    const dir = tempDir();
    const content = join(FIXTURES, 'content-min');
    const index = join(dir, 'kb.sqlite');
    const ok = await runMain(['search', 'fee', '--limit', String(max), '--content', content, '--index', index, '--json'], dir);
    expect(ok.code, ok.stderr).to.equal(0);
    for (const command of [['search', 'fee'], ['assist', '--transcript', '-']]) {
      const over = await runMain([...command, '--limit', String(max + 1), '--content', content, '--index', index], dir);
      expect(over.code).to.equal(1);
      expect(over.stderr).to.match(new RegExp(`^kb: --limit must be a whole number from 1 to ${max}, got "${max + 1}"\\n`));
    }
  });
});
