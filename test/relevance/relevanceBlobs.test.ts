import { expect } from 'chai';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { KbError } from '../../src/errors.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { scoreAllClauses } from '../../src/index/scoreClauses.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { queryClauses } from '../../src/query/search.js';
import { decodeRelevance, encodeRelevance } from '../../src/relevance/relevanceBlobs.js';
import type { RelevanceModel } from '../../src/relevance/relevanceModel.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { FORMAT_VERSION } from '../../src/store/indexFile.js';
import { SCOPES, type Scope } from '../../src/types.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

/** Every dev, holdout and out-of-scope query, analysed. */
function queries(kb: KnowledgeBase) {
  return ['queries.dev.jsonl', 'queries.holdout.jsonl', 'queries.oos.jsonl'].flatMap((f) => readEvalSet(join(FIXTURES, f)).filter((c) => c.query !== undefined).map((c) => kb.analyzer.analyzeQuery(c.query!)));
}

/** What a model says about each query: every fused candidate with its parts, and the confidence of the first ten. */
function verdicts(kb: KnowledgeBase, model: RelevanceModel, scope: Scope) {
  return queries(kb).map((analysis) => {
    const ranked = model.rank(analysis, scoreAllClauses(kb.index(scope), queryClauses(analysis)));
    return { ranked, confidence: ranked.slice(0, 10).map((_, i) => model.confidence(analysis, ranked, i)) };
  });
}

describe('relevance models stored in the index file', () => {
  const { file, kb } = sampleKb();
  // The same file's data with the stored models dropped: fromData learns them afresh.
  const { relevance: _stored, ...data } = readKnowledgeBase(file);
  const fresh = KnowledgeBase.fromData(data);

  for (const scope of SCOPES) {
    it(`score every query exactly as a freshly trained model does (${scope} scope): same candidates, scores, probabilities, matched questions, confidence`, () => {
      const loaded = kb.relevance(scope);
      expect(loaded.model, 'the sample has a term model').to.not.equal(undefined);
      expect(loaded).to.not.equal(fresh.relevance(scope));
      const expected = verdicts(fresh, fresh.relevance(scope), scope);
      expect(expected.filter((v) => v.ranked.some((r) => r.probability > 0.5 && r.question)).length).to.be.above(100);
      expect(verdicts(kb, loaded, scope)).to.deep.equal(expected);
    });
  }

  it('round-trips through its blobs, also when they are not aligned for their element type (by copying them)', () => {
    const model = kb.relevance('agent');
    const shifted = Object.fromEntries(
      Object.entries(encodeRelevance(model)).map(([part, blob]) => {
        const padded = Buffer.alloc(blob.length + 1);
        blob.copy(padded, 1);
        return [part, padded.subarray(1)];
      }),
    );
    const copy = decodeRelevance(shifted);
    expect(copy.model!.data.weights.byteOffset % 4).to.equal(0);
    expect(verdicts(kb, copy, 'agent')).to.deep.equal(verdicts(kb, model, 'agent'));
  });

  it('is refused in a file of the previous format version, with a hint to rebuild', () => {
    const old = join(tempDir(), 'kb.sqlite');
    copyFileSync(file, old);
    const db = new Database(old);
    db.pragma(`user_version = ${FORMAT_VERSION - 1}`);
    db.close();
    expect(() => KnowledgeBase.open(old)).to.throw(KbError, /run `kb build`|format version/).with.property('code', 'index.format-mismatch');
  });

  it('a file without them is damaged, not silently unranked', () => {
    const broken = join(tempDir(), 'kb.sqlite');
    copyFileSync(file, broken);
    const db = new Database(broken);
    db.prepare("DELETE FROM relevance WHERE scope = 'public'").run();
    db.close();
    expect(KnowledgeBase.open(broken, ['agent']).relevance('agent').ids.length).to.be.above(40);
    expect(() => KnowledgeBase.open(broken)).to.throw(KbError, /no relevance model for the public scope/).with.property('code', 'index.corrupt');
  });
});
