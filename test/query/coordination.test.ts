import { expect } from 'chai';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coordinate } from '../../src/index/coordination.js';
import { compileIndex } from '../../src/index/compiledIndex.js';
import type { IndexDoc } from '../../src/index/documents.js';
import { GRAM_FIELDS, WORD_FIELDS } from '../../src/index/lunrIndex.js';
import { scoreAllDocs } from '../../src/index/scoreClauses.js';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { search } from '../../src/query/search.js';
import { FIXTURES, tempDir } from '../support/paths.js';

const doc = (id: string, body: string[], questions: string[] = []): IndexDoc => ({ id, title: [], questions, tags: [], body, qgrams: [], bgrams: [] });
const clause = (term: string) => ({ term, fields: WORD_FIELDS, boost: 1, prefix: false });

describe('coordinate()', () => {
  const index = compileIndex([doc('all', ['zebra', 'quokka']), doc('half', ['zebra', 'other']), doc('none', ['other'])]);
  const scored = (clauses: ReturnType<typeof clause>[], power: number) => {
    const before = scoreAllDocs(index, clauses);
    const lunr = new Map(Array.from(before.docs.subarray(0, before.count), (d, i) => [index.refs[d]!, before.scores[i]!]));
    coordinate(index, clauses, before, power);
    return new Map(Array.from(before.docs.subarray(0, before.count), (d, i) => [index.refs[d]!, before.scores[i]! / lunr.get(index.refs[d]!)!]));
  };

  it("multiplies each score by the share of the query's boost its document matched, to the power given", () => {
    const factors = scored([clause('zebra'), clause('quokka')], 2);
    expect(factors.get('all')).to.equal(1);
    expect(factors.get('half')).to.be.closeTo(0.25, 1e-12);
    expect(factors.has('none')).to.equal(false);
  });

  it('counts a clause once however many fields match, ignores words no document has, and changes nothing at power 0', () => {
    const twoFields = compileIndex([doc('both', ['zebra'], ['zebra']), doc('one', ['zebra', 'quokka'])]);
    const all = scoreAllDocs(twoFields, [clause('zebra'), clause('quokka'), clause('unheardof')]);
    const lunr = Array.from(all.scores.subarray(0, all.count));
    coordinate(twoFields, [clause('zebra'), clause('quokka'), clause('unheardof')], all, 1);
    const factor = (ref: string) => {
      const i = Array.from(all.docs.subarray(0, all.count)).indexOf(twoFields.refs.indexOf(ref));
      return all.scores[i]! / lunr[i]!;
    };
    expect(factor('both')).to.be.closeTo(0.5, 1e-12);
    expect(factor('one')).to.equal(1);
    expect(scored([clause('zebra'), { ...clause('quokka'), fields: GRAM_FIELDS }], 0).get('half')).to.equal(1);
  });
});

/** An English-only article with one similar question (too few to learn a term model from). */
function article(id: string, question: string, body: string): string {
  const front = ['---', `id: ${id}`, `title: ${JSON.stringify(`Note ${id}`)}`, 'category: fees', 'questions:', `  - ${JSON.stringify(question)}`, 'visibility: public', 'owner: ops', 'reviewed: 2026-10-01', 'review_every_days: 365', 'escalate_to: ops', 'promise: none', '---'];
  return `${front.join('\n')}\n${body}\n`;
}

describe('search() without a term model', () => {
  it('ranks the article matching every query word above one matching a single rare word in a similar question', () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
    rmSync(join(dir, 'fees'), { recursive: true });
    mkdirSync(join(dir, 'fees'));
    const filler = 'the customer asked about the payment and the account today, and the agent answered the question in the usual way';
    writeFileSync(join(dir, 'fees', 'question-match.en.md'), article('question-match', 'zebra', filler));
    writeFileSync(join(dir, 'fees', 'every-word.en.md'), article('every-word', 'account payment', `${filler}: zebra, quokka and marmot.`));
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'fees', `other-${i}.en.md`), article(`other-${i}`, `payment ${i}`, `${filler}, quokka ${i}.`));
    const out = join(dir, 'kb.sqlite');
    buildKnowledgeBase({ contentDir: dir, outFile: out });
    const kb = KnowledgeBase.open(out);
    expect(kb.relevance('agent').model).to.equal(undefined);
    expect(search(kb, 'zebra quokka marmot ').hits.map((h) => h.id)[0]).to.equal('every-word');
  });
});
