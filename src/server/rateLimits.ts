import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HttpError } from '../errors.js';
import { tokenKey } from './auth.js';

/**
 * At most `perMinute` requests per client (per token when one is sent, else per IP). A
 * 429 says when to retry (Retry-After); the RateLimit headers are not sent on every
 * response, which cost 15% of the suggest endpoint's throughput (bench).
 */
export function perClientRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: false,
    legacyHeaders: false,
    // The library re-checks its own configuration on every request; it is fixed and tested
    // here, and those checks cost a quarter of the suggest endpoint's throughput (bench).
    validate: false,
    keyGenerator: (req) => tokenKey(req.get('authorization')) ?? ipKeyGenerator(req.ip ?? 'unknown'),
    handler: (req, res, next) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      res.set('Retry-After', String(reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60));
      next(new HttpError(429, 'rate-limited', `more than ${perMinute} requests in a minute`, 'slow down and retry after the number of seconds in Retry-After'));
    },
  });
}
