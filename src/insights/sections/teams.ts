import type { StoredEvent } from '../../events/event.js';
import type { TeamRow } from '../reportModel.js';
import type { Periods } from '../reportInput.js';
import { isUnconfident, resolvedArticle, type SearchSession } from '../searchSessions.js';

/**
 * Problems per `escalate_to` team and category: a search counts for the article it led
 * to (opened, or else a confident first answer); not-helpful votes count separately.
 */
export function teamsSection(p: Periods): TeamRow[] {
  const { articles } = p.input;
  const teams = new Map<string, { problems: [number, number]; notHelpful: [number, number]; categories: Map<string, [number, number]> }>();
  const team = (articleId: string | undefined) => {
    const a = articleId === undefined ? undefined : articles.get(articleId);
    if (!a) return undefined;
    let t = teams.get(a.escalateTo);
    if (!t) teams.set(a.escalateTo, (t = { problems: [0, 0], notHelpful: [0, 0], categories: new Map() }));
    return { t, category: a.category };
  };
  const countSessions = (sessions: SearchSession[], i: 0 | 1) => {
    for (const s of sessions) {
      const found = team(resolvedArticle(s) ?? (isUnconfident(s.search) ? undefined : s.search.resultIds?.[0]));
      if (!found) continue;
      found.t.problems[i]++;
      const c = found.t.categories.get(found.category) ?? [0, 0];
      c[i]++;
      found.t.categories.set(found.category, c);
    }
  };
  const countVotes = (events: readonly StoredEvent[], i: 0 | 1) => {
    for (const e of events) if (e.type === 'feedback' && e.helpful === false) {
      const found = team(e.articleId);
      if (found) found.t.notHelpful[i]++;
    }
  };
  countSessions(p.sessions, 0);
  countSessions(p.previousSessions, 1);
  countVotes(p.current, 0);
  countVotes(p.previous, 1);
  const trend = ([current, previous]: [number, number]) => ({ current, previous });
  return [...teams.entries()]
    .map(([name, t]) => ({
      team: name,
      problems: trend(t.problems),
      notHelpful: trend(t.notHelpful),
      categories: [...t.categories.entries()].map(([category, c]) => ({ category, problems: trend(c) })).sort((a, b) => b.problems.current - a.problems.current || a.category.localeCompare(b.category)),
    }))
    .filter((t) => t.problems.current + t.problems.previous + t.notHelpful.current + t.notHelpful.previous > 0)
    .sort((a, b) => b.problems.current - a.problems.current || a.team.localeCompare(b.team));
}
