import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { CallError, type CallErrorKind } from '../../assist/callError.js';
import { HttpError, QueryError } from '../../errors.js';

const CALL_STATUS: Record<CallErrorKind, number> = { 'not-found': 404, limit: 429, 'too-large': 413 };

/** Body-parser errors carry a `type` and a `status`. */
interface ParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/**
 * The one place errors become responses: `{error: {code, message}}` with the right status.
 * Known errors keep their code and message; anything else is logged and answered 500
 * without details. A stack trace never reaches a client.
 */
export const errorHandler = (logger: Logger): ErrorRequestHandler => (err: unknown, req, res, _next) => {
  let status = 500;
  let code = 'internal';
  let message = 'internal error';
  let hint: string | undefined;
  const parser = err as ParserError;
  if (err instanceof HttpError) {
    ({ status, code, message, hint } = err);
    if (err.retryAfterSeconds !== undefined) res.set('Retry-After', String(err.retryAfterSeconds));
  } else if (err instanceof CallError) {
    status = CALL_STATUS[err.kind];
    ({ code, message, hint } = err);
  } else if (err instanceof URIError) {
    // A malformed percent escape in a path parameter (%ZZ): the client's mistake.
    status = 400;
    code = 'param.bad-encoding';
    message = 'the path has a malformed percent escape';
    hint = 'percent-encode the parameter (encodeURIComponent)';
  } else if (err instanceof QueryError) {
    status = 400;
    ({ code, message, hint } = err);
  } else if (parser.type === 'entity.too.large') {
    status = 413;
    code = 'body.too-large';
    message = 'request body is too large';
  } else if (parser.type === 'entity.parse.failed') {
    status = 400;
    code = 'body.bad-json';
    message = 'request body is not valid JSON';
  } else if (err instanceof URIError && parser.status === 400) {
    // The router could not percent-decode a path parameter (`/articles/%ZZ`).
    status = 400;
    code = 'param.bad-encoding';
    message = 'a path parameter is not valid percent-encoded UTF-8';
  } else if (parser.expose && typeof parser.status === 'number' && parser.status < 500) {
    status = parser.status;
    code = 'bad-request';
    message = (err as Error).message;
  } else {
    logger.error({ err, reqId: req.id }, 'unhandled error');
  }
  if (res.headersSent) return;
  res.status(status).json({ error: { code, message, ...(hint ? { hint } : {}) } });
};

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not-found', `no route ${req.method} ${req.path}`));
};
