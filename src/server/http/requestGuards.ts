import type { RequestHandler } from 'express';
import { HttpError } from '../../errors.js';

/** Host values a loopback-only server answers: the loopback names and addresses, with any port. */
const LOOPBACK_HOST = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d{1,5})?$/i;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Without agent tokens the server is open to whoever reaches loopback, and a web page can
 * reach loopback through DNS rebinding (attacker.test resolving to 127.0.0.1). The
 * browser still sends the page's own Host, so only loopback Host values are answered.
 */
export function loopbackHostOnly(): RequestHandler {
  return (req, _res, next) => {
    const host = req.headers.host ?? '';
    if (LOOPBACK_HOST.test(host)) return next();
    next(new HttpError(421, 'request.bad-host', `this server answers only on loopback names, not Host "${host.slice(0, 100)}"`, 'open http://127.0.0.1:<port>/ or http://localhost:<port>/, or set KB_AGENT_TOKENS to serve other names'));
  };
}

/**
 * Cross-site writes. A page on another site can POST `text/plain` (or a form) without a
 * CORS preflight, so state-changing requests must carry a JSON body type (which a
 * cross-site page cannot send without a preflight we never grant) and, when the browser
 * says where they come from, come from this origin or an allowed one. Requests without
 * an Origin (curl, other servers) are not a browser's cross-site request.
 * `requireJson`: only when the server is open (no tokens); with tokens a browser cannot
 * attach the bearer token cross-site, and the origin check still applies.
 */
export function sameOriginWrites(allowedOrigins: readonly string[], requireJson: boolean): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const origin = req.headers.origin;
    if (origin !== undefined && !allowed.has(origin) && !sameHost(origin, req.headers.host)) {
      return next(new HttpError(403, 'request.cross-origin', `requests from origin "${origin.slice(0, 100)}" are not accepted`, 'add the origin to KB_ALLOWED_ORIGINS if it is a console you trust'));
    }
    const hasBody = req.method !== 'DELETE' || Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (requireJson && hasBody && !JSON_TYPE.test(req.headers['content-type'] ?? '')) {
      return next(new HttpError(415, 'request.not-json', `send the body as JSON, not "${(req.headers['content-type'] ?? 'no content type').slice(0, 60)}"`, 'set Content-Type: application/json'));
    }
    next();
  };
}

/**
 * CORS for the allowed console origins only: they may call the API from their own
 * pages with the bearer token. Every other origin gets no CORS headers, so a browser
 * keeps their pages from reading any answer.
 */
export function corsForAllowedOrigins(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return next();
    res.vary('Origin');
    res.set('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') return next();
    res.set({
      'Access-Control-Allow-Methods': 'GET, POST, DELETE',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Request-Id, X-Agent-Id',
      'Access-Control-Max-Age': '600',
    });
    res.status(204).end();
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
