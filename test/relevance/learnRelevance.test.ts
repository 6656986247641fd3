import { expect } from 'chai';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { TermTable } from '../../src/index/termTable.js';
import { analyzerConfig, compileContent } from '../../src/pipeline/compileContent.js';
import { textFeatures } from '../../src/relevance/features.js';
import { learnRelevance } from '../../src/relevance/learnRelevance.js';
import { QuestionFeatures } from '../../src/relevance/questionFeatures.js';
import { encodeRelevance } from '../../src/relevance/relevanceBlobs.js';
import type { RelevanceModel } from '../../src/relevance/relevanceModel.js';
import type { StringTable } from '../../src/relevance/stringTable.js';
import { analyseTexts, eachTextRange } from '../../src/relevance/textTerms.js';
import { SCOPES, type CompiledArticle } from '../../src/types.js';
import { CONTENT } from '../support/paths.js';

const content = compileContent({ contentDir: CONTENT });
const analyzer = new Analyzer(analyzerConfig(content));

function analysed(articles: CompiledArticle[]) {
  const table = new TermTable();
  return { files: articles.map((article) => ({ article, texts: analyseTexts(article, analyzer, table) })), terms: table.terms };
}

/** Every string table of a model, by name. */
function tables(model: RelevanceModel): Record<string, StringTable> {
  return { questionFeatures: model.matcher.data.features, vocabulary: model.terms.data.vocabulary, ...(model.model && { modelFeatures: model.model.data.features }) };
}

function strings(t: StringTable): string[] {
  return Array.from({ length: t.size }, (_, i) => t.get(i));
}

function expectSortedByBytes(t: StringTable, name: string): void {
  const all = strings(t).map((s) => Buffer.from(s, 'utf8'));
  const unsorted = all.findIndex((b, i) => i > 0 && Buffer.compare(all[i - 1]!, b) >= 0);
  expect(unsorted, `${name}: entry ${unsorted} is not after the one before it`).to.equal(-1);
}

describe('learnRelevance()', () => {
  it('numbers each similar question\'s features as textFeatures names them: same features, order and values', () => {
    const { files, terms } = analysed(content.articles);
    const features = new QuestionFeatures(terms);
    const expected: Array<Array<[string, number]>> = [];
    for (const { article: a, texts } of files) {
      const keyTexts = [a.title, ...a.questions, ...a.tags];
      eachTextRange(texts, 0, keyTexts.length, (i, wordFrom, wordTo, gramFrom, gramTo) => {
        const f = textFeatures(analyzer, keyTexts[i]!);
        expect(features.add(texts.words.subarray(wordFrom, wordTo), texts.grams.subarray(gramFrom, gramTo))).to.equal(f.size > 0);
        if (f.size) expected.push([...f]);
      });
    }
    expect(expected.length).to.be.above(500);
    expect(expected.map((_, q) => [...features.map(q)])).to.deep.equal(expected);
  });

  it('sorts its string tables by UTF-8 bytes, whether it takes the terms\' order from the build or sorts them itself', () => {
    const { files, terms } = analysed(content.articles);
    const used = [...new Set(files.flatMap((f) => [...f.texts.words, ...f.texts.grams]))].sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    const own = learnRelevance(files, terms, SCOPES);
    const given = learnRelevance(files, terms, SCOPES, used);
    for (const scope of SCOPES) {
      for (const [name, t] of Object.entries(tables(own[scope]!))) expectSortedByBytes(t, `${scope} ${name}`);
      expect(encodeRelevance(given[scope]!)).to.deep.equal(encodeRelevance(own[scope]!));
    }
    // The matcher's features are exactly the questions' textFeatures.
    const names = new Set(content.articles.flatMap((a) => [a.title, ...a.questions, ...a.tags].flatMap((t) => [...textFeatures(analyzer, t).keys()])));
    expect(new Set(strings(own.agent!.matcher.data.features))).to.deep.equal(names);
  });

  it('sorts them by UTF-8 bytes also when a term holds a character outside the BMP (its UTF-16 order is not the bytes\' order)', () => {
    const { files, terms } = analysed(content.articles);
    // The analyzer keeps no such character today; term numbers from elsewhere may. U+FF5E sorts after U+20BB7 in UTF-16, before it in UTF-8.
    const table = new TermTable(terms);
    const odd = [table.id('𠮷吉'), table.id('\uFF5E吉')];
    const { texts } = files[0]!;
    const lengths = texts.lengths.slice();
    lengths[0]! += odd.length;
    files[0] = { ...files[0]!, texts: { ...texts, words: Uint32Array.from([...odd, ...texts.words]), lengths } };
    const models = learnRelevance(files, terms, SCOPES);
    for (const scope of SCOPES) for (const [name, t] of Object.entries(tables(models[scope]!))) expectSortedByBytes(t, `${scope} ${name}`);
    expect(strings(models.agent!.terms.data.vocabulary)).to.include.members(['𠮷吉', '\uFF5E吉']);
  });
});
