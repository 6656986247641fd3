import type { Report, Trend } from '../reportModel.js';
import { escapeHtml as esc } from '../../shared/html.js';
import { percent } from './format.js';
import { REPORT_CSS } from './reportStyles.js';
import { horizontalBars, stackedColumns } from './svgCharts.js';
import { daysBetween } from '../period.js';

/**
 * The report as one self-contained HTML page: inline stylesheet, charts as inline SVG, no
 * script and nothing fetched (the empty icon link stops the browser asking for a favicon).
 */
export function renderHtml(r: Report): string {
  const body = [header(r), volume(r), topQuestions(r), gaps(r), articles(r), stale(r), teams(r)].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Voice of the customer ${esc(r.period.since.slice(0, 10))} – ${esc(r.period.until.slice(0, 10))}</title>
<style>${REPORT_CSS}</style></head>
<body>
${body}
</body></html>
`;
}

/** ▲/▼ and the size of a change; `higherIsWorse` colours a rise red (gaps, stale articles). */
function change(t: Trend, opts: { percent?: boolean; higherIsWorse?: boolean } = {}): string {
  const d = t.current - t.previous;
  const cls = d === 0 ? 'flat' : (d > 0) === (opts.higherIsWorse ?? false) ? 'up' : 'down';
  const shown = opts.percent ? `${Math.abs(Math.round(d * 100))} pts` : String(Math.abs(d));
  return `<span class="${cls}">${d > 0 ? '▲' : d < 0 ? '▼' : '='} ${shown}</span>`;
}

function kpi(label: string, t: Trend, opts: { percent?: boolean; higherIsWorse?: boolean } = {}): string {
  const show = (x: number) => (opts.percent ? percent(x) : String(x));
  return `<div class="kpi">${esc(label)}<b>${show(t.current)}</b>${change(t, opts)} <span class="muted">vs ${show(t.previous)} before</span></div>`;
}

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  if (!rows.length) return '<p class="muted">Nothing in this period.</p>';
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

function header(r: Report): string {
  const note = r.sampleEvents ? `<p class="note">${r.sampleEvents} events in this period are synthetic sample data (remove them with <code>kb demo-events --remove</code>).</p>` : '';
  return `<h1>Voice of the customer</h1><p class="muted">${esc(r.period.since.slice(0, 10))} to ${esc(r.period.until.slice(0, 10))} (${r.period.days} days, scope: ${esc(r.period.scope)}), compared with the ${r.period.days} days before. Generated ${esc(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC.</p>${note}`;
}

function volume(r: Report): string {
  const days = daysBetween(Date.parse(r.period.since), Date.parse(r.period.until));
  const per = (scope: string) => days.map((d) => r.volume.byDay.filter((x) => x.day === d && x.scope === scope).reduce((n, x) => n + x.searches, 0));
  const chart = stackedColumns('Searches per day', days, [{ name: 'agent', values: per('agent') }, { name: 'public', values: per('public') }]);
  const locales = new Map<string, number>();
  for (const d of r.volume.byDay) locales.set(`${d.scope} · ${d.locale}`, (locales.get(`${d.scope} · ${d.locale}`) ?? 0) + d.searches);
  const rows = [...locales.entries()].map(([k, n]) => [esc(k), String(n), (n / Math.max(1, r.period.days)).toFixed(1)]);
  return `<section id="volume"><h2>Volume</h2><div class="kpis">${kpi('Searches', r.volume.searches)}${kpi('No confident answer', r.volume.noConfidentShare, { percent: true, higherIsWorse: true })}${kpi('Abandoned (nothing opened)', r.volume.abandonedShare, { percent: true, higherIsWorse: true })}</div>
${chart}
${table(['scope · locale', 'searches', 'per day'], rows, [1, 2])}</section>`;
}

function topQuestions(r: Report): string {
  const rows = r.topQuestions.map((q, i) => [
    String(i + 1),
    `${esc(q.query)}${q.variants.length ? `<div class="examples">also: ${q.variants.map(esc).join(' · ')}</div>` : ''}`,
    String(q.count),
    change({ current: q.count, previous: q.previous }, { higherIsWorse: true }),
    q.topArticle ? `${esc(q.topArticle.title)} <span class="muted">(${esc(q.topArticle.id)}, ${q.topArticle.opens})</span>` : '<span class="muted">nothing opened</span>',
  ]);
  return `<section id="top-questions"><h2>Top questions</h2>${table(['#', 'question', 'count', 'vs before', 'most opened article'], rows, [0, 2])}</section>`;
}

function gaps(r: Report): string {
  const bars = r.gaps.clusters.slice(0, 12).map((c) => ({ label: c.label, value: c.count, previous: c.previous }));
  const rows = r.gaps.clusters.map((c) => [
    `${esc(c.label)}${c.examples.length > 1 ? `<div class="examples">${c.examples.slice(1).map(esc).join(' · ')}</div>` : ''}`,
    String(c.count),
    change({ current: c.count, previous: c.previous }, { higherIsWorse: true }),
    `${c.noConfident} / ${c.noOpen}`,
    c.topResult ? esc(c.topResult) : '–',
  ]);
  return `<section id="gaps"><h2>Content gaps</h2><div class="kpis">${kpi('Failed searches', r.gaps.total, { higherIsWorse: true })}</div>
<p class="muted">Searches with no confident answer or no article opened, grouped by similar wording, biggest first. The grey line is the previous period.</p>
${bars.length ? horizontalBars('Content gaps by cluster', bars) : ''}
${table(['cluster (examples)', 'searches', 'vs before', 'unanswered / not opened', 'engine answered'], rows, [1])}</section>`;
}

function articles(r: Report): string {
  const cats = r.articles.helpfulByCategory.filter((c) => c.ratio !== null);
  const chart = cats.length ? horizontalBars('Helpful ratio per category', cats.map((c) => ({ label: `${c.category} (${c.helpful + c.notHelpful})`, value: c.ratio!, previous: c.previousRatio ?? undefined })), { max: 1, format: (v) => percent(v) }) : '';
  const rows = r.articles.rows.map((a) => [
    `${esc(a.title)} <span class="muted">${esc(a.id)}</span>`,
    String(a.views.current),
    change(a.views),
    a.meanRank === null ? '–' : a.meanRank.toFixed(1),
    percent(a.copyRate),
    `${a.helpful} / ${a.notHelpful}`,
    [Object.entries(a.reasons).map(([k, n]) => `${esc(k)} ${n}`).join(', '), ...a.comments.map((c) => `<div class="examples">“${esc(c)}”</div>`)].join(''),
  ]);
  const unfound = r.articles.unfound.length ? `<p><b>Nobody found (${r.articles.unfound.length}):</b> ${r.articles.unfound.map((a) => `${esc(a.title)} <span class="muted">(${esc(a.id)})</span>`).join(' · ')}</p>` : '';
  return `<section id="articles"><h2>Articles</h2>${chart}
${table(['article', 'views', 'vs before', 'rank when opened', 'copy rate', 'helpful / not', 'reasons and comments'], rows, [1, 3, 4])}
${unfound}</section>`;
}

function stale(r: Report): string {
  const rows = r.stale.byOwner.flatMap((o) =>
    o.articles.map((a, i) => [
      i === 0 ? `<b>${esc(o.owner)}</b> <span class="muted">(${o.views} views)</span>` : '',
      `${esc(a.title)} <span class="muted">${esc(a.id)}</span>`,
      esc(a.due),
      a.overdueDays >= 0 ? `<span class="up">${a.overdueDays} days overdue</span>` : `due in ${-a.overdueDays} days`,
      String(a.views),
    ]),
  );
  return `<section id="stale"><h2>Stale content</h2><div class="kpis">${kpi('Overdue or due within 30 days', r.stale.count, { higherIsWorse: true })}</div>
${table(['owner', 'article', 'review due', 'status', 'views'], rows, [4])}</section>`;
}

function teams(r: Report): string {
  const rows = r.teams.flatMap((t) => [
    [`<b>${esc(t.team)}</b>`, '<i>all</i>', String(t.problems.current), change(t.problems, { higherIsWorse: true }), `${t.notHelpful.current} ${change(t.notHelpful, { higherIsWorse: true })}`],
    ...t.categories.map((c) => ['', esc(c.category), String(c.problems.current), change(c.problems, { higherIsWorse: true }), '']),
  ]);
  return `<section id="teams"><h2>For the business teams</h2><p class="muted">Problems that led to an article, by the article's escalation team and category.</p>
${table(['team', 'category', 'problems', 'vs before', 'not helpful'], rows, [2])}</section>`;
}
