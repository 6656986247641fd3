import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from '../../errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Wrong tokens accepted per client address per minute before it is answered 429. */
export const AUTH_FAILURES_PER_MINUTE = 10;

/**
 * The agent tokens: `check` says whether a request carries one of them. Tokens are
 * compared as sha256 digests in constant time.
 */
export class AgentTokens {
  private readonly accepted: Buffer[];

  constructor(tokens: string[]) {
    this.accepted = tokens.map(digest);
  }

  /** No tokens configured: the agent API is open (and the server loopback-only). */
  get open(): boolean {
    return this.accepted.length === 0;
  }

  check(req: Request): 'missing' | 'invalid' | 'ok' {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!m) return 'missing';
    const given = digest(m[1]!);
    return this.accepted.some((t) => timingSafeEqual(t, given)) ? 'ok' : 'invalid';
  }
}

/**
 * Counts wrong tokens per client address in fixed one-minute windows. Past the limit the
 * address is answered 429 without its token being checked, so guessing tokens is slow.
 */
export class AuthFailures {
  private counts = new Map<string, number>();
  private windowStart: number;

  constructor(
    private readonly perMinute = AUTH_FAILURES_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** Seconds until the address may try again, or 0 when it may try now. */
  blockedFor(address: string): number {
    this.roll();
    if ((this.counts.get(address) ?? 0) < this.perMinute) return 0;
    return Math.max(1, Math.ceil((this.windowStart + 60_000 - this.now()) / 1000));
  }

  record(address: string): void {
    this.roll();
    this.counts.set(address, (this.counts.get(address) ?? 0) + 1);
  }

  /** A new window forgets every address, so the map never outgrows one minute of failures. */
  private roll(): void {
    if (this.now() - this.windowStart < 60_000) return;
    this.windowStart = this.now();
    this.counts = new Map();
  }
}

/** A 429 (with Retry-After set on `res`) when `address` has used up its wrong tokens for this minute. */
export function tooManyFailures(failures: AuthFailures, address: string, res: Response): HttpError | undefined {
  const wait = failures.blockedFor(address);
  if (!wait) return undefined;
  res.set('Retry-After', String(wait));
  return new HttpError(429, 'auth.too-many-failures', `more than ${AUTH_FAILURES_PER_MINUTE} wrong agent tokens in a minute from this address`, 'check the token, then retry after the number of seconds in Retry-After');
}

/**
 * Requires `Authorization: Bearer <token>` with one of the tokens: 401 without a token,
 * 403 with a wrong one, and 429 once an address has sent too many wrong ones.
 */
export function requireAgentToken(tokens: AgentTokens, failures: AuthFailures): RequestHandler {
  return (req, res, next) => {
    const address = req.ip ?? 'unknown';
    const blocked = tooManyFailures(failures, address, res);
    if (blocked) return next(blocked);
    const verdict = tokens.check(req);
    if (verdict === 'missing') {
      res.set('WWW-Authenticate', 'Bearer realm="kb"');
      return next(new HttpError(401, 'auth.missing', 'this API needs an agent token: send "Authorization: Bearer <token>"'));
    }
    if (verdict === 'invalid') {
      failures.record(address);
      return next(new HttpError(403, 'auth.invalid', 'this agent token is not accepted'));
    }
    next();
  };
}

/** A stable, non-reversible key for a request's token, for rate limiting and logs. */
export function tokenKey(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)/i.exec(authorization ?? '');
  return m ? digest(m[1]!).toString('hex').slice(0, 16) : undefined;
}
