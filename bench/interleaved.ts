import { percentile, round } from './stats.js';

/**
 * Times each of `items` on two sides in one process, item by item, the side that goes first
 * alternating by pass and item, so machine load hits both alike (bench/searchAb.ts,
 * bench/assistAb.ts). Returns each side's times in milliseconds.
 */
export function interleaved<T>(items: readonly T[], passes: number, baseline: (item: T) => void, current: (item: T) => void): { baseline: number[]; current: number[] } {
  const times = { baseline: [] as number[], current: [] as number[] };
  const sides = [
    { run: baseline, times: times.baseline },
    { run: current, times: times.current },
  ] as const;
  for (let pass = 0; pass < passes; pass++) {
    items.forEach((item, i) => {
      const order = (pass + i) % 2 ? sides : [sides[1], sides[0]];
      for (const side of order) {
        const started = performance.now();
        side.run(item);
        side.times.push(performance.now() - started);
      }
    });
  }
  return times;
}

/** p50 and p99 of each side and this side's over the baseline's, as the A/B benches print them. */
export function abSummary(times: { baseline: number[]; current: number[] }) {
  const summary = (t: number[]) => ({ p50_ms: round(percentile(t, 50), 3), p99_ms: round(percentile(t, 99), 3) });
  const [b, t] = [summary(times.baseline), summary(times.current)];
  return { baseline: b, this: t, ratio: { p50: round(t.p50_ms / b.p50_ms, 3), p99: round(t.p99_ms / b.p99_ms, 3) } };
}
