import type { Report } from '../reportModel.js';
import { percent, withChange } from './format.js';

/** The report for a terminal: one section after another, plain text. */
export function renderText(r: Report): string {
  const out: string[] = [];
  const h = (title: string) => out.push('', title, '-'.repeat(title.length));
  out.push(`Voice of the customer: ${r.period.since.slice(0, 10)} to ${r.period.until.slice(0, 10)} (${r.period.days} days, scope ${r.period.scope}), compared with the ${r.period.days} days before`);
  if (r.sampleEvents) out.push(`NOTE: ${r.sampleEvents} events are synthetic sample data (kb demo-events --remove deletes them)`);

  h('Volume');
  out.push(`searches            ${withChange(r.volume.searches)}`);
  out.push(`no confident answer ${withChange(r.volume.noConfidentShare, true)}`);
  out.push(`abandoned (no open) ${withChange(r.volume.abandonedShare, true)}`);
  const perDay = new Map<string, number>();
  for (const d of r.volume.byDay) perDay.set(`${d.scope} ${d.locale}`, (perDay.get(`${d.scope} ${d.locale}`) ?? 0) + d.searches);
  for (const [k, n] of perDay) out.push(`  ${k.padEnd(18)} ${n} searches, ${(n / Math.max(1, r.period.days)).toFixed(1)}/day`);

  h('Top questions');
  r.topQuestions.forEach((q, i) => {
    out.push(`${String(i + 1).padStart(2)}. ${q.query}  ×${q.count} (before ${q.previous})${q.topArticle ? `  → ${q.topArticle.id} (${q.topArticle.opens} opens)` : '  → nothing opened'}`);
    if (q.variants.length) out.push(`    also: ${q.variants.join(' | ')}`);
  });

  h('Content gaps (no confident answer or nothing opened)');
  out.push(`failed searches ${withChange(r.gaps.total)}`);
  r.gaps.clusters.forEach((c, i) => {
    out.push(`${String(i + 1).padStart(2)}. "${c.label}"  ×${c.count} (before ${c.previous}; ${c.noConfident} unanswered, ${c.noOpen} not opened)${c.topResult ? `  engine said: ${c.topResult}` : ''}`);
    if (c.examples.length > 1) out.push(`    e.g. ${c.examples.slice(1).join(' | ')}`);
  });

  h('Articles');
  for (const a of r.articles.rows) {
    const reasons = Object.entries(a.reasons).map(([k, n]) => `${k} ${n}`).join(', ');
    out.push(`${a.id}  views ${withChange(a.views)}, rank ${a.meanRank ?? '–'}, copy ${percent(a.copyRate)}, 👍 ${a.helpful} 👎 ${a.notHelpful}${reasons ? ` (${reasons})` : ''}`);
    for (const c of a.comments) out.push(`    “${c}”`);
  }
  out.push(`nobody found (${r.articles.unfound.length}): ${r.articles.unfound.map((a) => a.id).join(', ') || 'none'}`);
  for (const c of r.articles.helpfulByCategory) out.push(`helpful in ${c.category}: ${percent(c.ratio)} (${c.helpful}/${c.helpful + c.notHelpful}; before ${percent(c.previousRatio)})`);

  h('Stale content (review overdue or due within 30 days)');
  out.push(`stale articles ${withChange(r.stale.count)}`);
  for (const o of r.stale.byOwner) {
    out.push(`${o.owner} (${o.views} views on stale articles)`);
    for (const a of o.articles) out.push(`  ${a.id}  ${a.overdueDays >= 0 ? `${a.overdueDays} days overdue` : `due in ${-a.overdueDays} days`} (due ${a.due}), ${a.views} views`);
  }

  h('For the business teams (escalate_to)');
  for (const t of r.teams) {
    out.push(`${t.team}: problems ${withChange(t.problems)}, not helpful ${withChange(t.notHelpful)}`);
    for (const c of t.categories) out.push(`  ${c.category.padEnd(12)} ${withChange(c.problems)}`);
  }
  return `${out.join('\n')}\n`;
}
