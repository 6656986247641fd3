import { createHash } from 'node:crypto';
import { Router } from 'express';
import type { EventStore } from '../../../events/event.js';
import { HttpError, KbError } from '../../../errors.js';
import { loadReport } from '../../../insights/loadReport.js';
import { DAY_MS, parseInstant } from '../../../insights/period.js';
import { renderHtml } from '../../../insights/render/html.js';
import { REPORT_CSS } from '../../../insights/render/reportStyles.js';
import type { LiveKnowledgeBase } from '../../reload/liveKnowledgeBase.js';

/**
 * The app's CSP with one change: the report's own inline stylesheet is allowed by its
 * hash (no 'unsafe-inline'), so the page stays the same single file `kb report --format
 * html` writes. The charts use presentation attributes, which CSP does not govern.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const param = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** `GET /insights?since=30d&until=&scope=`: the voice-of-the-customer report as HTML. */
export function insightsRoutes(live: LiveKnowledgeBase, events: EventStore): Router {
  const router = Router();
  router.get('/', async (req, res, next) => {
    try {
      const now = Date.now();
      const { since, until, scope } = parseRange(req.query, now);
      const report = await loadReport(events, live.current, { since, until, scope });
      res.set('Content-Security-Policy', CSP).set('Cache-Control', 'no-store').type('html').send(renderHtml(report));
    } catch (err) {
      next(err instanceof KbError && !(err instanceof HttpError) ? new HttpError(400, err.code, err.message, err.hint) : err);
    }
  });
  return router;
}

function parseRange(query: Record<string, unknown>, now: number) {
  const since = parseInstant(param(query.since) ?? '30d', now, 'since');
  const until = param(query.until) === undefined ? now : parseInstant(param(query.until)!, now, 'until');
  const rawScope = param(query.scope);
  if (rawScope !== undefined && rawScope !== 'agent' && rawScope !== 'public') throw new KbError('query.bad-scope', `scope must be agent or public, got "${rawScope}"`);
  if (since >= until || until - since > 366 * DAY_MS) throw new KbError('query.bad-range', 'since must be before until, and the period at most a year');
  return { since, until, scope: rawScope as 'agent' | 'public' | undefined };
}
