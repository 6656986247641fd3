import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * JSON logs. Credentials are redacted wherever they appear; query strings are never logged
 * (customer data). By default written to stdout asynchronously: a synchronous write per
 * request halved the server's throughput (bench); the server flushes on shutdown.
 */
export function createLogger(level = 'info', destination: DestinationStream = pino.destination({ dest: 1, sync: false })): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.apiKey', 'apiKey'], censor: '[redacted]' },
      base: { service: 'kb' },
    },
    destination,
  );
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id (X-Request-Id when the client sent a sane one). */
    id: string;
  }
}

/**
 * One access-log line per request, when it finishes: id, method, path (never the query
 * string), status, time. The id comes from X-Request-Id when sane, else a new UUID, and
 * is echoed in the response. Hand-written rather than pino-http, which did several times
 * the work per request for the same line (bench).
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    // Captured now: routers rewrite req.path relative to their mount point.
    const path = req.path;
    const incoming = req.headers['x-request-id'];
    req.id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    res.once('finish', () => {
      const status = res.statusCode;
      const line = { reqId: req.id, method: req.method, path, status, ms: Math.round((performance.now() - started) * 100) / 100 };
      if (status >= 500) logger.error(line, 'request failed');
      else if (status >= 400) logger.warn(line, 'request rejected');
      else logger.info(line, 'request completed');
    });
    next();
  };
}
