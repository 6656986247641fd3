import { expect } from 'chai';
import type { StoredEvent } from '../../src/events/event.js';
import { articleCatalog } from '../../src/insights/articleCatalog.js';
import { buildReport } from '../../src/insights/buildReport.js';
import { renderCsv } from '../../src/insights/render/csv.js';
import { renderHtml } from '../../src/insights/render/html.js';
import { sampleKb } from '../support/sampleKb.js';

const DAY = 86_400_000;
const UNTIL = Date.parse('2026-12-01T00:00:00Z');
const SINCE = UNTIL - 30 * DAY;
let n = 0;

/** A search and what followed it, `daysAgo` before the end of the period. */
function session(query: string, daysAgo: number, follow: { open?: string; rank?: number; copy?: boolean; helpful?: boolean; reason?: StoredEvent['reason']; comment?: string } = {}, scope: StoredEvent['scope'] = 'agent', confident = true): StoredEvent[] {
  const at = UNTIL - daysAgo * DAY;
  const searchId = `s${++n}`;
  const out: StoredEvent[] = [{ id: `e${++n}`, at, type: 'search', scope, searchId, query, locale: /[\u3400-\u9fff]/.test(query) ? 'zh-CN' : 'en', resultIds: ['fees-deduction-refund', 'fees-intermediary-deduction'], confident }];
  if (follow.open) out.push({ id: `e${++n}`, at: at + 1000, type: 'open', scope, searchId, articleId: follow.open, rank: follow.rank ?? 1 });
  if (follow.open && follow.copy) out.push({ id: `e${++n}`, at: at + 2000, type: 'copy', scope, searchId, articleId: follow.open });
  if (follow.open && follow.helpful !== undefined) out.push({ id: `e${++n}`, at: at + 3000, type: 'feedback', scope, searchId, articleId: follow.open, helpful: follow.helpful, reason: follow.reason, comment: follow.comment });
  return out;
}

function report(events: StoredEvent[], scope?: 'agent' | 'public') {
  const { kb } = sampleKb();
  return buildReport({ events: events.sort((a, b) => a.at - b.at), previousSince: SINCE - 30 * DAY, since: SINCE, until: UNTIL, scope, articles: articleCatalog(kb), analyze: (t) => kb.analyzer.analyze(t) });
}

describe('buildReport()', () => {
  it('groups wordings with the same analysed terms into one top question, with the article opened most', () => {
    const r = report([
      ...session('钱怎么少了', 3, { open: 'fees-intermediary-deduction', rank: 2 }),
      ...session('钱怎么少了？', 4, { open: 'fees-intermediary-deduction', rank: 2 }),
      ...session('錢怎麼少了', 5, { open: 'fees-intermediary-deduction', rank: 2 }),
      ...session('钱怎么少了', 6, { open: 'fees-deduction-refund' }),
      ...session('钱怎么少了', 40, {}),
      ...session('怎么开发票', 6, { open: 'fees-receipt-invoice' }),
    ]);
    const top = r.topQuestions[0]!;
    expect(top).to.include({ query: '钱怎么少了', count: 4, previous: 1 });
    expect(top.variants).to.have.members(['钱怎么少了？', '錢怎麼少了']);
    expect(top.topArticle).to.include({ id: 'fees-intermediary-deduction', opens: 3 });
    expect(r.topQuestions).to.have.length(2);
  });

  it('measures volume, the unconfident share and the abandoned share against the previous period', () => {
    const r = report([
      ...session('提现失败', 1, { open: 'withdraw-failed' }),
      ...session('能收USDT吗', 2, {}, 'agent', false),
      ...session('can I receive USDT', 2, {}, 'public', false),
      ...session('提现失败', 35, { open: 'withdraw-failed' }),
    ]);
    expect(r.volume.searches).to.deep.equal({ current: 3, previous: 1 });
    expect(r.volume.noConfidentShare.current).to.be.closeTo(2 / 3, 1e-9);
    expect(r.volume.abandonedShare).to.deep.equal({ current: 2 / 3, previous: 0 });
    expect(r.volume.byDay.map((d) => `${d.scope}/${d.locale}`)).to.have.members(['agent/zh-CN', 'agent/zh-CN', 'public/en']);
  });

  it('clusters failed searches by similar wording, biggest first, and keeps unrelated ones apart', () => {
    const r = report([
      ...session('能收USDT吗', 1),
      ...session('能收USDT吗', 2),
      ...session('可以收USDT吗', 3),
      ...session('亚马逊回款怎么还没到', 4),
      ...session('亚马逊回款延迟了', 5),
      ...session('is there a WhaleSail card', 6),
      ...session('提现失败', 7, { open: 'withdraw-failed' }),
    ]);
    expect(r.gaps.total.current).to.equal(6);
    expect(r.gaps.clusters.map((c) => c.count)).to.deep.equal([3, 2, 1]);
    expect(r.gaps.clusters[0]!.examples).to.deep.equal(['能收USDT吗', '可以收USDT吗']);
    expect(r.gaps.clusters[1]!.examples).to.have.members(['亚马逊回款怎么还没到', '亚马逊回款延迟了']);
  });

  it('reports views, rank when opened, copy rate, feedback with reasons and comments, and articles nobody found', () => {
    const r = report([
      ...session('汇率', 1, { open: 'fees-fx-rate', rank: 3, copy: true }),
      ...session('汇率怎么算', 2, { open: 'fees-fx-rate', rank: 1, helpful: false, reason: 'outdated', comment: '加点调整了' }),
      ...session('汇率太差', 3, { open: 'fees-fx-rate', rank: 2, helpful: true }),
    ]);
    const row = r.articles.rows.find((a) => a.id === 'fees-fx-rate')!;
    expect(row).to.deep.include({ views: { current: 3, previous: 0 }, meanRank: 2, copies: 1, helpful: 1, notHelpful: 1, reasons: { outdated: 1 }, comments: ['加点调整了'] });
    expect(row.copyRate).to.be.closeTo(1 / 3, 1e-9);
    expect(r.articles.unfound.map((a) => a.id)).to.include('withdraw-failed').and.not.include('fees-fx-rate');
    expect(r.articles.helpfulByCategory).to.deep.equal([{ category: 'fees', helpful: 1, notHelpful: 1, ratio: 0.5, previousRatio: null }]);
  });

  it('lists stale articles by owner, the owner with the busiest stale articles first, and no internal article in the public scope', () => {
    const agent = report([...session('x', 1, { open: 'security-fraud-case-playbook' })]);
    const { kb } = sampleKb();
    const stale = agent.stale.byOwner.flatMap((o) => o.articles);
    expect(stale.length).to.equal(agent.stale.count.current).and.be.greaterThan(0);
    for (const a of stale) expect(a.overdueDays).to.be.at.least(-30);
    const owners = agent.stale.byOwner.map((o) => o.views);
    expect(owners).to.deep.equal([...owners].sort((a, b) => b - a));
    const pub = report([], 'public');
    const internal = kb.ids('agent').filter((id) => !kb.article(id, 'en', 'public'));
    for (const a of [...pub.stale.byOwner.flatMap((o) => o.articles), ...pub.articles.unfound]) expect(internal).to.not.include(a.id);
  });

  it('groups problems by escalation team and category, month over month', () => {
    const r = report([
      ...session('中间行扣费', 1, { open: 'fees-intermediary-deduction' }),
      ...session('中间行扣费', 2, { open: 'fees-intermediary-deduction', helpful: false, reason: 'incomplete' }),
      ...session('中间行扣费', 40, { open: 'fees-intermediary-deduction' }),
    ]);
    const { kb } = sampleKb();
    const team = kb.article('fees-intermediary-deduction', 'zh-CN', 'agent')!.escalateTo;
    const row = r.teams.find((t) => t.team === team)!;
    expect(row.problems).to.deep.equal({ current: 2, previous: 1 });
    expect(row.notHelpful).to.deep.equal({ current: 1, previous: 0 });
    expect(row.categories).to.deep.equal([{ category: 'fees', problems: { current: 2, previous: 1 } }]);
  });

  it('renders HTML that escapes queries and comments, and CSV that defuses formulas', () => {
    const r = report([...session('<script>alert(1)</script>', 1), ...session('=HYPERLINK("x")', 2)]);
    const html = renderHtml(r);
    expect(html).to.not.include('<script>alert');
    expect(html).to.include('&lt;script&gt;');
    expect(html).to.match(/<svg class="chart"/);
    expect(renderCsv(r)).to.include(`"'=HYPERLINK(""x"")"`);
  });
});
