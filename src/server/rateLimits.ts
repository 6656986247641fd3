import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HttpError } from '../errors.js';
import { tokenKey } from './auth.js';

/** At most `perMinute` requests per client (per token when one is sent, else per IP). */
export function perClientRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => tokenKey(req.get('authorization')) ?? ipKeyGenerator(req.ip ?? 'unknown'),
    handler: (_req, _res, next) => next(new HttpError(429, 'rate-limited', `more than ${perMinute} requests in a minute`, 'slow down and retry shortly')),
  });
}
