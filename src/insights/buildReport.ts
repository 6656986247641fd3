import { DAY_MS } from './period.js';
import type { Report } from './reportModel.js';
import { splitPeriods, type ReportInput } from './reportInput.js';
import { articlesSection } from './sections/articles.js';
import { gapsSection } from './sections/gaps.js';
import { staleSection } from './sections/stale.js';
import { teamsSection } from './sections/teams.js';
import { topQuestionsSection } from './sections/topQuestions.js';
import { volumeSection } from './sections/volume.js';

/** The whole report from events and articles: a pure function, `generatedAt` aside. */
export function buildReport(input: ReportInput, generatedAt = new Date()): Report {
  const p = splitPeriods(input);
  const iso = (at: number) => new Date(at).toISOString();
  return {
    generatedAt: generatedAt.toISOString(),
    period: { since: iso(input.since), until: iso(input.until), previousSince: iso(input.previousSince), scope: input.scope ?? 'all', days: Math.round((input.until - input.since) / DAY_MS) },
    sampleEvents: p.current.filter((e) => e.sample).length,
    volume: volumeSection(p),
    topQuestions: topQuestionsSection(p),
    gaps: gapsSection(p),
    articles: articlesSection(p),
    stale: staleSection(p),
    teams: teamsSection(p),
  };
}
