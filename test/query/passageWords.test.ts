import { expect } from 'chai';
import fc from 'fast-check';
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

describe('passage sources', () => {
  /** The definition: the answer, the similar questions, each other section's text split at line breaks and after 。！？；, blank ones left out. */
  function bySplitting(a: CompiledArticle): Array<{ text: string; internal: boolean }> {
    return [
      ...[a.answer, ...a.questions].map((text) => ({ text, internal: false })),
      ...a.sections.filter((s) => s.kind !== 'answer').flatMap((s) => s.text.split(/\n|(?<=[。！？；])/).map((text) => ({ text, internal: s.kind === 'internal' }))),
    ].filter((p) => p.text.trim() !== '');
  }

  it('splits sections into lines as the regex does, on any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '。', '！', '？', '；', '.', '付', '\u3000'), maxLength: 30 });
    const kind = fc.constantFrom('answer', 'reply', 'steps', 'internal', 'other');
    const section = fc.record({ kind, text }).map((s) => ({ ...s, heading: '', html: '', line: 1 }));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.array(section, { maxLength: 4 }), (answer, questions, sections) => {
        const article = { answer, questions, sections } as unknown as CompiledArticle;
        expect(passageSources(article)).to.deep.equal(bySplitting(article));
      }),
      { numRuns: 2000 },
    );
  });

  it('lists the sample articles as the regex does', () => {
    const { kb } = sampleKb();
    for (const id of kb.ids('agent')) for (const l of LOCALES) expect(passageSources(kb.article(id, l, 'agent')!)).to.deep.equal(bySplitting(kb.article(id, l, 'agent')!));
  });
});
