import type { Locale, Scope } from '../../types.js';
import { dayOf } from '../period.js';
import type { VolumeSection } from '../reportModel.js';
import { share, type Periods } from '../reportInput.js';
import { isUnconfident, type SearchSession } from '../searchSessions.js';

/** Searches per day, scope and locale; shares unanswered and abandoned, now and before. */
export function volumeSection(p: Periods): VolumeSection {
  const rows = new Map<string, VolumeSection['byDay'][number]>();
  for (const { search } of p.sessions) {
    const day = dayOf(search.at);
    const locale: Locale | 'unknown' = search.locale ?? 'unknown';
    const key = `${day}|${search.scope}|${locale}`;
    const row = rows.get(key) ?? { day, scope: search.scope as Scope, locale, searches: 0 };
    row.searches++;
    rows.set(key, row);
  }
  const unconfident = (s: SearchSession[]) => share(s.filter((x) => isUnconfident(x.search)).length, s.length);
  const abandoned = (s: SearchSession[]) => share(s.filter((x) => !x.opens.length && !(x.search.type === 'assist' && x.search.articleId)).length, s.length);
  return {
    searches: { current: p.sessions.length, previous: p.previousSessions.length },
    noConfidentShare: { current: unconfident(p.sessions), previous: unconfident(p.previousSessions) },
    abandonedShare: { current: abandoned(p.sessions), previous: abandoned(p.previousSessions) },
    byDay: [...rows.values()].sort((a, b) => a.day.localeCompare(b.day) || a.scope.localeCompare(b.scope) || a.locale.localeCompare(b.locale)),
  };
}
