import { expect } from 'chai';
import { highlightPatterns, passageSources, snippet } from '../../src/query/snippet.js';
import { LOCALES, type CompiledArticle } from '../../src/types.js';
import { sampleKb } from '../support/sampleKb.js';

describe('passage words from the build', () => {
  const { kb } = sampleKb();
  const articles = kb.ids('agent').flatMap((id) => LOCALES.map((l) => kb.article(id, l, 'agent')!));

  it('holds one word list per passage of every article', () => {
    for (const a of articles) expect(kb.passageWords(a)?.length, `${a.id} ${a.locale}`).to.equal(passageSources(a).length);
  });

  it('gives the same snippets as analysing the passages at query time, in both scopes', () => {
    for (const query of ['中转行扣了我25刀', 'kyc pending three days', '账户被冻结 内部', 'recall a payment sent twice']) {
      const analysis = kb.analyzer.analyzeQuery(query);
      const patterns = highlightPatterns(analysis);
      for (const a of articles) {
        for (const scope of ['agent', 'public'] as const) {
          // Fresh copies: snippets cache passages per article object.
          const built = snippet({ ...a } as CompiledArticle, analysis, patterns, scope, kb.analyzer, () => kb.passageWords(a));
          const live = snippet({ ...a } as CompiledArticle, analysis, patterns, scope, kb.analyzer);
          expect(built, `${query} / ${a.id} ${a.locale} ${scope}`).to.equal(live);
          // As stored (JSON): the first showing searches the string, the second looks terms up
          // in the words parsed; a JSON with escapes is parsed from the first.
          const copy = { ...a } as CompiledArticle;
          const stored = [1, 2].map(() => snippet(copy, analysis, patterns, scope, kb.analyzer, () => kb.passageWordsJson(a)));
          expect(stored, `${query} / ${a.id} ${a.locale} ${scope}, from JSON`).to.deep.equal([live, live]);
          const escaped = JSON.stringify(kb.passageWords(a)!.map((words) => [...words, 'back\\slash']));
          expect(snippet({ ...a } as CompiledArticle, analysis, patterns, scope, kb.analyzer, () => escaped), `${query} / ${a.id} with escapes`).to.equal(live);
        }
      }
    }
  });
});
