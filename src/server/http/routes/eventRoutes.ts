import express, { Router } from 'express';
import { HttpError } from '../../../errors.js';
import { parseEventInput } from '../../../events/eventInput.js';
import type { EventRecorder } from '../../../events/eventRecorder.js';
import type { Scope } from '../../../types.js';
import { eventClient, type TokenLabels } from '../eventClient.js';
import type { LiveKnowledgeBase } from '../../reload/liveKnowledgeBase.js';

/** An event is a few fields and a comment of at most 500 characters. */
const EVENT_BODY_LIMIT = '8kb';

/**
 * POST /events: opens, copies and feedback from the console or a help center, validated
 * and queued (202; written in the background). On the public API only open and feedback
 * are taken, and only for public articles: an internal or unknown id is the same 400, so
 * the answer does not tell which internal ids exist.
 */
export function eventRoutes(live: LiveKnowledgeBase, scope: Scope, recorder: EventRecorder, labels: TokenLabels): Router {
  const router = Router();
  router.post('/events', express.json({ limit: EVENT_BODY_LIMIT }), (req, res) => {
    const input = parseEventInput(req.body, scope);
    if (!live.current.article(input.articleId, input.locale ?? 'zh-CN', scope)) {
      throw new HttpError(400, 'event.unknown-article', `event: no ${scope === 'public' ? 'public ' : ''}article "${input.articleId}"`, 'send the id of an article returned by /suggest or /articles');
    }
    recorder.interaction(eventClient(req, labels, { strict: true }), scope, input);
    res.status(202).json({ ok: true });
  });
  return router;
}
