import { expect } from 'chai';
import { join } from 'node:path';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { search } from '../../src/query/search.js';
import { queryFeatures } from '../../src/relevance/features.js';
import { FIXTURES } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

/** Typed queries in and out of scope: Chinese, English, colloquial, chit-chat. */
function queries(): string[] {
  return ['queries.dev.jsonl', 'queries.oos.jsonl'].flatMap((f) => readEvalSet(join(FIXTURES, f)).map((c) => c.query));
}

/** Everything a search returns that the relevance layer decides, as one string per query. */
function results(kb: KnowledgeBase, list: string[]): Map<string, string> {
  return new Map(list.map((q) => [q, JSON.stringify(search(kb, q, { cache: false }))]));
}

/**
 * The relevance layer keeps per-query arrays in its models and reuses them (question
 * matcher, out-of-scope examples, term model, ranking), clearing them after each query;
 * these tests fail when anything a query leaves behind changes the next query's answer.
 */
describe('the relevance layer\'s reused per-query arrays', function () {
  this.timeout(10 * 60_000);

  it('give every query the same hits, scores and confidences whichever query ran before it', () => {
    const { file } = sampleKb();
    const list = queries();
    expect(list.length).to.be.above(400);
    const forward = results(KnowledgeBase.open(file), list);
    const backward = results(KnowledgeBase.open(file), [...list].reverse());
    const differ = list.filter((q) => forward.get(q) !== backward.get(q));
    expect(differ).to.deep.equal([]);
  });

  it('give a query after hundreds of others the same as alone on a freshly opened knowledge base', () => {
    const { file } = sampleKb();
    const list = queries();
    const shared = results(KnowledgeBase.open(file), list);
    for (const q of list.filter((_, i) => i % 40 === 7)) {
      expect(results(KnowledgeBase.open(file), [q]).get(q), q).to.equal(shared.get(q));
    }
  });

  it('find the closest out-of-scope example as the plain maximum over every similarity does, query after query', () => {
    const { kb } = sampleKb();
    const examples = kb.outOfScope('agent');
    let matched = 0;
    for (const q of queries()) {
      const analysis = kb.analyzer.analyzeQuery(q);
      const all = examples.similarities(analysis);
      const best = Math.max(0, ...all);
      const index = best > 0 ? all.indexOf(best) : -1;
      expect(examples.closest(analysis), q).to.deep.equal({ similarity: best, index });
      if (index >= 0) {
        // Cross-validation leaves the closest out: the next closest, first of equals.
        const rest = all.map((s, i) => (i === index ? 0 : s));
        const second = Math.max(0, ...rest);
        expect(examples.closest(analysis, (i) => i === index), `${q} without ${index}`).to.deep.equal({ similarity: second, index: second > 0 ? rest.indexOf(second) : -1 });
        matched++;
      }
    }
    expect(matched, 'queries close to some example').to.be.above(50);
  });

  it('let the term model read the question matcher\'s feature numbers: the same tables, the same probabilities as looking each feature up', () => {
    const { kb } = sampleKb();
    const { matcher, model } = kb.relevance('agent');
    expect(model!.data.features.equals(matcher.data.features)).to.equal(true);
    for (const q of queries()) {
      const features = queryFeatures(kb.analyzer.analyzeQuery(q));
      const alone = Array.from(model!.probabilities(features));
      matcher.bestPerLabel(features);
      expect(Array.from(model!.probabilities(features, matcher.featureIds(features))), q).to.deep.equal(alone);
    }
  });
});
