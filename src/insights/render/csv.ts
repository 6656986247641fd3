import type { Report } from '../reportModel.js';

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused for spreadsheets. */
function field(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The report as one long CSV table for spreadsheets and BI tools:
 * `section,key,label,metric,current,previous`, one row per figure.
 */
export function renderCsv(r: Report): string {
  const rows: Array<Array<string | number | null | undefined>> = [['section', 'key', 'label', 'metric', 'current', 'previous']];
  const add = (section: string, key: string, label: string, metric: string, current: number | string | null, previous?: number | null) => rows.push([section, key, label, metric, current, previous]);
  add('volume', 'all', 'all searches', 'searches', r.volume.searches.current, r.volume.searches.previous);
  add('volume', 'all', 'all searches', 'no_confident_share', r.volume.noConfidentShare.current, r.volume.noConfidentShare.previous);
  add('volume', 'all', 'all searches', 'abandoned_share', r.volume.abandonedShare.current, r.volume.abandonedShare.previous);
  for (const d of r.volume.byDay) add('volume_day', `${d.day}|${d.scope}|${d.locale}`, d.day, 'searches', d.searches);
  for (const q of r.topQuestions) {
    add('top_question', q.key, q.query, 'count', q.count, q.previous);
    if (q.topArticle) add('top_question', q.key, q.query, `opened:${q.topArticle.id}`, q.topArticle.opens);
  }
  add('gaps', 'all', 'failed searches', 'count', r.gaps.total.current, r.gaps.total.previous);
  for (const c of r.gaps.clusters) add('gap_cluster', c.examples.join(' | '), c.label, 'count', c.count, c.previous);
  for (const a of r.articles.rows) {
    add('article', a.id, a.title, 'views', a.views.current, a.views.previous);
    add('article', a.id, a.title, 'mean_rank', a.meanRank);
    add('article', a.id, a.title, 'copy_rate', a.copyRate);
    add('article', a.id, a.title, 'helpful', a.helpful);
    add('article', a.id, a.title, 'not_helpful', a.notHelpful);
    for (const [reason, n] of Object.entries(a.reasons)) add('article', a.id, a.title, `reason:${reason}`, n);
  }
  for (const a of r.articles.unfound) add('article_unfound', a.id, a.title, 'views', 0);
  for (const c of r.articles.helpfulByCategory) add('category', c.category, c.category, 'helpful_ratio', c.ratio, c.previousRatio);
  add('stale', 'all', 'stale articles', 'count', r.stale.count.current, r.stale.count.previous);
  for (const o of r.stale.byOwner) for (const a of o.articles) add('stale', a.id, `${o.owner}: ${a.title}`, 'overdue_days', a.overdueDays, null);
  for (const t of r.teams) {
    add('team', t.team, t.team, 'problems', t.problems.current, t.problems.previous);
    add('team', t.team, t.team, 'not_helpful', t.notHelpful.current, t.notHelpful.previous);
    for (const c of t.categories) add('team_category', `${t.team}|${c.category}`, c.category, 'problems', c.problems.current, c.problems.previous);
  }
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
