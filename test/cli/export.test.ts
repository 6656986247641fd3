import { expect } from 'chai';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { queryClauses } from '../../src/query/search.js';
import { scoreClauses } from '../../src/index/scoreClauses.js';
import { lunrQuery } from '../support/lunrReference.js';
import { ROOT, tempDir } from '../support/paths.js';
import { runMain } from '../support/runCli.js';

describe('kb export --lunr', () => {
  const dir = tempDir('kb-export-');
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });

  it("writes the public index in lunr's JSON, which lunr loads and which ranks as kb does", async () => {
    const r = await runMain(['export', '--lunr', '--out', 'help-centre.json'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const index = lunr.Index.load(JSON.parse(readFileSync(join(dir, 'help-centre.json'), 'utf8')) as object);
    const kb = KnowledgeBase.open(join(dir, '.kb', 'kb.sqlite'), ['public']);
    for (const query of ['中转行扣了我25刀', 'how long does kyc review take', '提现到国内']) {
      const clauses = queryClauses(kb.analyzer.analyzeQuery(query));
      const expected = lunrQuery(index, clauses).slice(0, 10).map((x) => [x.ref, x.score]);
      expect(scoreClauses(kb.index('public'), clauses, 10).map((x) => [x.ref, x.score]), query).to.deep.equal(expected);
    }
  });

  it('leaves internal articles out of the public export, and prints to stdout without --out', async () => {
    const kb = KnowledgeBase.open(join(dir, '.kb', 'kb.sqlite'));
    const internal = kb.ids('agent').filter((id) => !kb.article(id, 'en', 'public'));
    expect(internal.length).to.be.above(0);
    const r = await runMain(['export', '--lunr'], dir);
    expect(r.code, r.stderr).to.equal(0);
    // lunr's field vectors are keyed "field/article-id".
    const exported = new Set((JSON.parse(r.stdout) as { fieldVectors: Array<[string, unknown]> }).fieldVectors.map(([ref]) => ref.slice(ref.indexOf('/') + 1)));
    for (const id of internal) expect(exported.has(id), id).to.equal(false);
    expect(exported.size).to.equal(kb.ids('public').length);
  });

  it('asks for the format when --lunr is missing', async () => {
    const r = await runMain(['export'], dir);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/export: say which format.*\n.*hint: pass --lunr/);
  });
});
