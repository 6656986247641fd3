import { KbError } from '../errors.js';
import type { StoredEvent } from './event.js';

/** The CSV columns: every field of a stored event, in the order of the type. */
export const CSV_FIELDS = [
  'id', 'at', 'type', 'scope', 'searchId', 'query', 'locale', 'category', 'resultIds', 'topScore', 'confident',
  'latencyMs', 'articleId', 'rank', 'helpful', 'reason', 'comment', 'agent', 'sample',
] as const satisfies ReadonlyArray<keyof StoredEvent>;

export type ExportFormat = 'jsonl' | 'csv';

/** `30d`, `12h`, `90m` back from `now`, or an ISO date (`2026-11-01`): the start of an export, in ms. */
export function parseSince(value: string, now: number): number {
  const m = /^(\d+)([dhm])$/.exec(value);
  if (m) return now - Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as 'd' | 'h' | 'm'];
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(at)) throw new KbError('cli.bad-since', `--since must be a duration (30d, 12h, 90m) or a date (2026-11-01), got "${value}"`);
  return at;
}

/** One event per line, `at` as an ISO time, for BI tools that read JSON Lines. */
export function toJsonLine(e: StoredEvent): string {
  return `${JSON.stringify({ ...e, at: new Date(e.at).toISOString() })}\n`;
}

export function csvHeader(): string {
  return `${CSV_FIELDS.join(',')}\n`;
}

/** RFC 4180: fields with a comma, quote or line break are quoted; ids of a result joined by spaces. */
export function toCsvLine(e: StoredEvent): string {
  return `${CSV_FIELDS.map((f) => csvCell(f === 'at' ? new Date(e.at).toISOString() : f === 'resultIds' ? e.resultIds?.join(' ') : e[f])).join(',')}\n`;
}

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  // A cell starting with = + - @ is a formula in spreadsheets: a comment must not run as one.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
