/** The UTC midnight `days` after a front-matter date (YYYY-MM-DD); `days` may be negative. */
export function daysAfter(date: string, days: number): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/**
 * When an article is next due for review: `reviewed` plus its review interval. One rule
 * for lint's staleness warning, the agent's article view and the report's stale section.
 */
export function reviewDue(a: { reviewed: string; reviewEveryDays: number }): Date {
  return daysAfter(a.reviewed, a.reviewEveryDays);
}
