import { expect } from 'chai';
import fc from 'fast-check';
import { QueryError } from '../../src/errors.js';
import { RESULT_LIMITS } from '../../src/query/resultLimits.js';
import { parseLocale } from '../../src/query/locale.js';
import { MAX_QUERY_CHARS, search } from '../../src/query/search.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { LOCALES } from '../../src/types.js';
import { sampleKb } from '../support/sampleKb.js';
import { fuzzParams, hugeText, nastyText, typedErrorsOnly } from '../support/fuzz.js';

describe('search() under hostile queries (property-based)', () => {
  const { file, kb } = sampleKb();
  const articles = readKnowledgeBase(file).articles;
  const allIds = new Set(articles.map((a) => a.id));
  const publicIds = new Set(articles.filter((a) => a.visibility === 'public').map((a) => a.id));
  const categories = [...new Set(articles.map((a) => a.category))];

  const options = fc.record(
    {
      scope: fc.constantFrom('agent' as const, 'public' as const),
      locale: fc.constantFrom(...LOCALES),
      limit: fc.integer({ min: -5, max: 80 }),
      category: fc.oneof(fc.constantFrom(...categories), nastyText(3)),
      prefix: fc.boolean(),
      cache: fc.boolean(),
    },
    { requiredKeys: ['scope'] },
  );
  const query = fc.oneof({ weight: 5, arbitrary: nastyText() }, { weight: 1, arbitrary: hugeText(MAX_QUERY_CHARS - 5, MAX_QUERY_CHARS + 5) });

  it('answers known articles of the scope, each once, or a QueryError for an over-long query', () => {
    let hits = 0;
    fc.assert(
      fc.property(query, options, (q, opts) => {
        const result = typedErrorsOnly(() => search(kb, q, opts));
        if (result instanceof Error) {
          expect(result).to.be.instanceOf(QueryError).with.property('code', 'query.too-long');
          expect(q.length).to.be.above(MAX_QUERY_CHARS);
          return;
        }
        expect(q.length, 'an over-long query was accepted').to.be.at.most(MAX_QUERY_CHARS);
        const ids = result.hits.map((h) => h.id);
        hits += ids.length;
        const known = opts.scope === 'public' ? publicIds : allIds;
        for (const id of ids) expect(known.has(id), `${id} is not a known ${opts.scope} article`).to.equal(true);
        expect(new Set(ids).size, 'one row per article').to.equal(ids.length);
        expect(ids.length).to.be.at.most(Math.min(Math.max(RESULT_LIMITS.min, opts.limit ?? 10), RESULT_LIMITS.max));
        for (const h of result.hits) {
          expect(Number.isFinite(h.score), `score of ${h.id}`).to.equal(true);
          if (opts.category) expect(h.category).to.equal(opts.category);
          // The snippet is HTML: only <mark> may be markup, everything else is escaped.
          expect(h.snippet.replace(/<\/?mark>/g, ''), `snippet of ${h.id}`).not.to.match(/[<>]/);
        }
      }),
      fuzzParams(300),
    );
    expect(hits, 'some random queries found articles').to.be.above(0);
  });

  it('parseLocale() returns a locale or throws a QueryError naming the value', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText(4), fc.constantFrom('zh', 'EN', 'zh-cn', 'fr', '')), (value) => {
        const locale = typedErrorsOnly(() => parseLocale(value));
        if (locale instanceof Error) expect(locale).to.be.instanceOf(QueryError).with.property('code', 'query.bad-locale');
        else if (locale !== undefined) expect(LOCALES).to.include(locale);
      }),
      fuzzParams(200),
    );
  });
});
