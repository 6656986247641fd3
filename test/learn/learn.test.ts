import { expect } from 'chai';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent } from '../../src/events/event.js';
import { addQuestions } from '../../src/learn/addQuestions.js';
import { applyProposals } from '../../src/learn/applyProposals.js';
import { learnArticles } from '../../src/learn/learnInput.js';
import { learnProposals } from '../../src/learn/proposals.js';
import { ContentError } from '../../src/errors.js';
import { measureLearning } from '../support/learnReplay.js';
import { CONTENT, tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

let n = 0;
function win(query: string, articleId: string, opts: { rank?: number; scope?: StoredEvent['scope']; confirm?: 'copy' | 'helpful' | 'none' } = {}): StoredEvent[] {
  const searchId = `s${++n}`;
  const scope = opts.scope ?? 'agent';
  const rank = opts.rank ?? 3;
  const out: StoredEvent[] = [
    { id: `e${++n}`, at: n, type: 'search', scope, searchId, query, resultIds: ['a', 'b', articleId] },
    { id: `e${++n}`, at: n, type: 'open', scope, searchId, articleId, rank },
  ];
  if ((opts.confirm ?? 'copy') === 'copy') out.push({ id: `e${++n}`, at: n, type: 'copy', scope, searchId, articleId, rank });
  if (opts.confirm === 'helpful') out.push({ id: `e${++n}`, at: n, type: 'feedback', scope, searchId, articleId, helpful: true });
  return out;
}

function proposals(events: StoredEvent[], minCount = 2) {
  const { kb } = sampleKb();
  return learnProposals({ events, ...learnArticles(kb), analyze: (t) => kb.analyzer.analyze(t), minCount });
}

describe('learnProposals()', () => {
  it('proposes a query, masked and folded to Simplified, after the agent opened a lower-ranked article and copied or liked it', () => {
    const p = proposals([...win('货款被吃掉一截', 'fees-intermediary-deduction'), ...win('貨款被吃掉一截？', 'fees-intermediary-deduction', { rank: 5, confirm: 'helpful' }), ...win('货款被吃掉一截 卡号 6222021234567890123', 'fees-intermediary-deduction', { rank: 2 })]);
    expect(p).to.have.length(1);
    expect(p[0]).to.deep.include({ articleId: 'fees-intermediary-deduction', locale: 'zh-CN', question: '货款被吃掉一截', count: 3, ranksBefore: [3, 5, 2], file: 'fees/fees-intermediary-deduction.zh-CN.md' });
    expect(JSON.stringify(p)).to.not.include('6222');
  });

  it('ignores first results, opens without a copy or a helpful vote, rare queries, existing questions and public traffic to internal articles', () => {
    const p = proposals([
      ...win('货款被吃掉一截', 'fees-intermediary-deduction', { rank: 1 }),
      ...win('货款被吃掉一截', 'fees-intermediary-deduction', { rank: 1 }),
      ...win('款子被吃了', 'fees-intermediary-deduction', { confirm: 'none' }),
      ...win('款子被吃了', 'fees-intermediary-deduction', { confirm: 'none' }),
      ...win('只出现一次的问法', 'fees-intermediary-deduction'),
      ...win('钱怎么少了25刀', 'fees-intermediary-deduction'),
      ...win('钱怎么少了 25 刀！', 'fees-intermediary-deduction'),
      ...win('客户中了制裁名单怎么办', 'compliance-screening-hit-handling', { scope: 'public' }),
      ...win('客户中了制裁名单怎么办', 'compliance-screening-hit-handling', { scope: 'public' }),
    ]);
    expect(p).to.deep.equal([]);
  });
});

describe('addQuestions()', () => {
  it('appends to the questions list and changes no other byte, comments and flow lists included', () => {
    const text = '---\nid: x\n# the team keeps this list short\ntags: [a, b,c]\nquestions:\n  - first   # a comment\n  - "second: quoted"\nvisibility: public\n---\nBody\n';
    const out = addQuestions(text, ['third: needs quotes', '钱被吃了'], 'x.md');
    expect(out).to.equal('---\nid: x\n# the team keeps this list short\ntags: [a, b,c]\nquestions:\n  - first   # a comment\n  - "second: quoted"\n  - "third: needs quotes"\n  - 钱被吃了\nvisibility: public\n---\nBody\n');
  });
});

describe('applyProposals()', () => {
  it('writes into the right locale file, and the content still lints clean', () => {
    const dir = join(tempDir('kb-apply-'), 'content');
    cpSync(CONTENT, dir, { recursive: true });
    const file = 'fees/fees-intermediary-deduction.zh-CN.md';
    const before = readFileSync(join(dir, file), 'utf8');
    const { files } = applyProposals(dir, [{ articleId: 'fees-intermediary-deduction', locale: 'zh-CN', question: '货款被吃掉一截', count: 2, ranksBefore: [3, 4], variants: [], file }]);
    expect(files).to.deep.equal([file]);
    const after = readFileSync(join(dir, file), 'utf8');
    expect(after.replace('\n  - 货款被吃掉一截', '')).to.equal(before);
    expect(readFileSync(join(dir, 'fees/fees-intermediary-deduction.en.md'), 'utf8')).to.equal(readFileSync(join(CONTENT, 'fees/fees-intermediary-deduction.en.md'), 'utf8'));
  });

  it('puts every file back when the edit would break the lint (a question another article has)', () => {
    const dir = join(tempDir('kb-apply-'), 'content');
    cpSync(CONTENT, dir, { recursive: true });
    const { kb } = sampleKb();
    const taken = kb.article('withdraw-failed', 'zh-CN', 'agent')!.questions[0]!;
    const file = 'fees/fees-intermediary-deduction.zh-CN.md';
    const before = readFileSync(join(dir, file), 'utf8');
    expect(() => applyProposals(dir, [{ articleId: 'fees-intermediary-deduction', locale: 'zh-CN', question: taken, count: 2, ranksBefore: [2, 2], variants: [], file }])).to.throw(ContentError);
    expect(readFileSync(join(dir, file), 'utf8')).to.equal(before);
  });
});

describe('learning, measured', () => {
  it('raises Recall@1 on different paraphrases of the learnt problems; the dev set loses at most one knife-edge query', async function () {
    this.timeout(180_000);
    const m = await measureLearning();
    console.log(`      eval R@1 ${m.eval.before.recall_at_1} → ${m.eval.after.recall_at_1}; dev R@1 ${m.dev.before.recall_at_1} → ${m.dev.after.recall_at_1}; ${m.proposals} questions learnt`);
    expect(m.lintErrorsAfter).to.equal(0);
    expect(m.eval.after.recall_at_1).to.be.greaterThan(m.eval.before.recall_at_1);
    expect(m.eval.after.mrr).to.be.greaterThan(m.eval.before.mrr);
    // Metrics are rounded to 4 decimals: allow for that on top of the one query.
    expect(m.dev.after.recall_at_1).to.be.at.least(m.dev.before.recall_at_1 - 1 / 309 - 1e-4);
  });
});
