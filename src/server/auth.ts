import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from '../errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <token>` with one of `tokens`. Tokens are compared as
 * sha256 digests in constant time. 401 without a token, 403 with a wrong one.
 */
export function requireAgentToken(tokens: string[]): RequestHandler {
  const accepted = tokens.map(digest);
  return (req, res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!m) {
      res.set('WWW-Authenticate', 'Bearer realm="kb"');
      return next(new HttpError(401, 'auth.missing', 'this API needs an agent token: send "Authorization: Bearer <token>"'));
    }
    const given = digest(m[1]!);
    if (!accepted.some((t) => timingSafeEqual(t, given))) return next(new HttpError(403, 'auth.invalid', 'this agent token is not accepted'));
    next();
  };
}

/** A stable, non-reversible key for a request's token, for rate limiting and logs. */
export function tokenKey(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)/i.exec(authorization ?? '');
  return m ? digest(m[1]!).toString('hex').slice(0, 16) : undefined;
}
