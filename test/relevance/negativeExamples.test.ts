import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type Diagnostic } from '../../src/errors.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { search } from '../../src/query/search.js';
import { Elsewhere } from '../../src/relevance/elsewhere.js';
import { NegativeExamples } from '../../src/relevance/negativeExamples.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { SCOPES } from '../../src/types.js';
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

  it('is weighed by the build and stored per scope, with elsewhere\'s names analysed: an opened file matches as analysing them on first use does', () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
    writeFileSync(join(dir, 'out-of-scope.yaml'), 'examples:\n  - less money in my paypal balance\n  - 支付宝余额少了\n  - 信用卡年费怎么免\nelsewhere:\n  - PayPal\n  - 支付宝\n');
    const file = join(dir, 'kb.sqlite');
    buildKnowledgeBase({ contentDir: dir, outFile: file });
    const data = readKnowledgeBase(file);
    expect(Object.keys(data.outOfScopeVectors ?? {})).to.have.members([...SCOPES]);
    expect(data.elsewhereNames?.map((n) => n.text)).to.deep.equal(['paypal', '支付宝']);
    const opened = KnowledgeBase.open(file);
    // The same data without what the build stored: the examples and names analysed here.
    const analysed = KnowledgeBase.fromData({ ...data, outOfScopeVectors: undefined, elsewhereNames: undefined });
    expect(opened.elsewhere.names).to.deep.equal(Elsewhere.of(data.elsewhere ?? [], analysed.analyzer).names);
    for (const scope of SCOPES) {
      const matcher = analysed.relevance(scope).matcher;
      const fresh = NegativeExamples.of(data.outOfScope!, data.outOfScope!.map((t) => analysed.analyzer.analyzeQuery(t)), (f) => matcher.idfOf(f));
      for (const query of [NEAR_MISS, '支付宝里的钱少了', '信用卡年费', ...RIGHT]) {
        const analysis = opened.analyzer.analyzeQuery(query);
        const closest = opened.outOfScope(scope).closest(analysis);
        expect(closest, `${scope}: ${query}`).to.deep.equal(fresh.closest(analysis));
        expect(closest, `${scope}: ${query}`).to.deep.equal(analysed.outOfScope(scope).closest(analysis));
      }
      expect(opened.outOfScope(scope).closest(opened.analyzer.analyzeQuery('支付宝余额少了')).similarity, 'an example finds itself').to.be.closeTo(1, 1e-9);
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
