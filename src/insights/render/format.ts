import type { Trend } from '../reportModel.js';

export const percent = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** "12 (+3 vs before)": a count with its change against the previous period. */
export function withChange(t: Trend, asPercent = false): string {
  const show = (x: number) => (asPercent ? percent(x) : String(x));
  const d = t.current - t.previous;
  const delta = asPercent ? `${d >= 0 ? '+' : '−'}${Math.abs(Math.round(d * 100))} pts` : `${d >= 0 ? '+' : '−'}${Math.abs(d)}`;
  return `${show(t.current)} (${delta} vs ${show(t.previous)} before)`;
}
