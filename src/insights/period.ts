import { KbError } from '../errors.js';

export const DAY_MS = 86_400_000;

/**
 * Parses a `--since` / `--until` value: a duration back from `now` (`30d`, `12w`, `6m`
 * as 30-day months) or a date `YYYY-MM-DD` (UTC midnight). `name` is how the caller
 * calls it in errors (`--since` on the command line, `since` in a URL).
 */
export function parseInstant(value: string, now: number, name: string): number {
  const duration = /^(\d{1,4})([dwm])$/.exec(value.trim());
  if (duration) {
    const days = Number(duration[1]) * { d: 1, w: 7, m: 30 }[duration[2] as 'd' | 'w' | 'm'];
    return now - days * DAY_MS;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    const at = Date.parse(`${value.trim()}T00:00:00Z`);
    if (!Number.isNaN(at) && new Date(at).toISOString().startsWith(value.trim())) return at;
  }
  throw new KbError('report.bad-date', `${name} must be a duration like 30d, 8w, 3m or a date YYYY-MM-DD, got "${value}"`, `e.g. ${name} 30d or ${name} 2026-11-01`);
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Every UTC day from `since` (inclusive) to `until` (exclusive). */
export function daysBetween(since: number, until: number): string[] {
  const out: string[] = [];
  for (let at = Math.floor(since / DAY_MS) * DAY_MS; at < until; at += DAY_MS) out.push(dayOf(at));
  return out;
}
