import autocannon from 'autocannon';
import { round } from './stats.js';

/**
 * autocannon at 50 connections for `seconds` over `paths`; `unique` makes every request's
 * query distinct (a number appended) so no result cache can answer it.
 */
export async function load(url: string, paths: string[], seconds: number, unique = false) {
  let n = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    // Connections walk the list in step, so for "unique" every request gets its own suffix.
    requests: unique
      ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `${paths[n % paths.length]!.replace('&', `%20${n++}&`)}` }) }]
      : paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    requests_per_s: round(result.requests.average, 0),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non_2xx: result.non2xx,
    total: result.requests.total,
  };
}
