import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type Diagnostic } from '../../src/errors.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { search } from '../../src/query/search.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { twoArticles } from '../support/minContent.js';

const NEAR_MISS = 'why is less money in my paypal balance';
const RIGHT = ['中转行扣费', '到账少了', '中间行扣了手续费', 'why did less money arrive', 'intermediary bank fee'];

describe('negative examples (content/out-of-scope.yaml)', () => {
  it('marks a near miss not confident once the content lists a question like it, and keeps right answers confident', () => {
    const without = twoArticles();
    expect(search(without, NEAR_MISS, { cache: false }).confident, 'without the list: shares the article\'s words').to.equal(true);
    const kb = twoArticles('examples:\n  - less money in my paypal balance\n  - 支付宝余额少了\n');
    expect(kb.outOfScopeExamples).to.deep.equal(['less money in my paypal balance', '支付宝余额少了']);
    const nearMiss = search(kb, NEAR_MISS, { cache: false });
    expect(nearMiss.hits[0]?.id, 'the candidates are still listed').to.equal('fees-short');
    expect(nearMiss.confident, `${nearMiss.hits[0]?.confidence}`).to.equal(false);
    for (const query of RIGHT) {
      const r = search(kb, query, { cache: false });
      expect(r.hits[0]?.id, query).to.equal('fees-short');
      expect(r.confident, `${query}: ${r.hits[0]?.confidence}`).to.equal(true);
    }
  });

  it('reports an out-of-scope.yaml that is not a list of examples, naming the file and line', () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
    writeFileSync(join(dir, 'out-of-scope.yaml'), 'examples:\n  - fine\n  - [not, a, string]\n');
    const build = () => buildKnowledgeBase({ contentDir: dir, outFile: join(dir, 'kb.sqlite') });
    expect(build).to.throw(ContentError);
    let diagnostics: Diagnostic[] = [];
    try {
      build();
    } catch (err) {
      diagnostics = (err as ContentError).diagnostics;
    }
    const found = diagnostics.find((d) => d.file === 'out-of-scope.yaml');
    expect(found, JSON.stringify(diagnostics)).to.include({ severity: 'error', line: 3 });
  });
});
