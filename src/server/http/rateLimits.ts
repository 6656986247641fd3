import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import { HttpError } from '../../errors.js';
import { tokenKey } from './auth.js';

/** The client behind a request, by its address (IPv6 by its /56, so one host is one client). */
export const byAddress = (req: Request): string => ipKeyGenerator(req.ip ?? 'unknown');

/**
 * The client behind an agent request: its token when tokens are checked (several agents
 * may share an address), else its address: on an open API any made-up token would
 * otherwise be a fresh client with fresh limits.
 */
export const agentClient = (tokensChecked: boolean) => (req: Request): string =>
  (tokensChecked ? tokenKey(req.get('authorization')) : undefined) ?? byAddress(req);

/** The counters of the limiter `name` (PostgreSQL shared by the replicas); memory when undefined. */
export type RateLimitStores = (name: string) => Store;

/**
 * At most `perMinute` requests per client (as `clientOf` names it), counted in `store`
 * (this process's memory when none). A
 * 429 says when to retry (Retry-After); the RateLimit headers are not sent on every
 * response, which cost 15% of the suggest endpoint's throughput (bench).
 */
export function perClientRateLimit(perMinute: number, clientOf: (req: Request) => string, store?: Store): RequestHandler {
  return rateLimit({
    ...(store ? { store } : {}),
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: false,
    legacyHeaders: false,
    // The library re-checks its own configuration on every request; it is fixed and tested
    // here, and those checks cost a quarter of the suggest endpoint's throughput (bench).
    validate: false,
    keyGenerator: clientOf,
    handler: (req, res, next) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      res.set('Retry-After', String(reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60));
      next(new HttpError(429, 'rate-limited', `more than ${perMinute} requests in a minute`, 'slow down and retry after the number of seconds in Retry-After'));
    },
  });
}
