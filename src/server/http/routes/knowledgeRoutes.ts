import { Router } from 'express';
import * as z from '../../../shared/zod.js';
import { HttpError } from '../../../errors.js';
import { articleView } from '../../../query/articleView.js';
import { parseLocale } from '../../../query/locale.js';
import { RESULT_LIMITS } from '../../../query/resultLimits.js';
import { MAX_QUERY_CHARS, search, type SearchResult } from '../../../query/search.js';
import type { Scope } from '../../../types.js';
import type { LiveKnowledgeBase } from '../../reload/liveKnowledgeBase.js';
import { confidentOf, type EventRecorder } from '../../../events/eventRecorder.js';
import { eventClient, type TokenLabels } from '../eventClient.js';
import type { SearchQueue } from '../searchQueue.js';
import { localeParam, parseQuery, textParam, wholeNumberParam } from '../params.js';

const serialized = new WeakMap<SearchResult, Buffer>();
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const suggestQuery = z.object({
  q: textParam(MAX_QUERY_CHARS).default(''),
  locale: localeParam,
  limit: wholeNumberParam(RESULT_LIMITS.min, RESULT_LIMITS.max, RESULT_LIMITS.search),
  category: textParam(60).optional(),
});
const localeQuery = z.object({ locale: localeParam });

/**
 * suggest, articles and categories for one scope. The agent and public APIs are the same
 * routes over different scopes; every visibility rule lives in the query layer.
 */
export function knowledgeRoutes(live: LiveKnowledgeBase, scope: Scope, events: SearchEvents, searches: SearchQueue): Router {
  const router = Router();

  router.get('/suggest', async (req, res) => {
    const kb = live.current;
    const params = parseQuery(req, suggestQuery);
    const { q, limit } = params;
    const locale = parseLocale(params.locale);
    const category = params.category || undefined;
    if (category && !kb.categories.some((c) => c.id === category)) {
      throw new HttpError(400, 'param.unknown-category', `unknown category "${category}"`, `use one of: ${kb.categories.map((c) => c.id).join(', ')}`);
    }
    const searchId = events.recorder.newSearchId();
    // Timed from when the search gets its turn: the wait in the queue is not the search's cost.
    let started = 0;
    const result = await searches.run(() => {
      started = performance.now();
      return search(kb, q, { locale, limit, category, scope });
    });
    // A cached result is the same object each time, so its JSON is serialised and encoded once.
    let body = serialized.get(result);
    if (body === undefined) {
      body = Buffer.from(JSON.stringify({ query: q, locale: result.locale, confident: result.confident, hits: result.hits }));
      serialized.set(result, body);
    }
    const latencyMs = performance.now() - started;
    res.set({ 'Content-Type': 'application/json; charset=utf-8', 'Server-Timing': `search;dur=${latencyMs.toFixed(2)}` }).send(withSearchId(body, searchId));
    events.recorder.search(eventClient(req, events.labels), { searchId, scope, query: q, locale: result.locale, category, hits: result.hits, confident: confidentOf(result), latencyMs });
  });

  router.get('/articles/:id', (req, res) => {
    const kb = live.current;
    const id = String(req.params.id);
    const view = ID.test(id) ? articleView(kb, id, parseLocale(parseQuery(req, localeQuery).locale) ?? 'zh-CN', scope) : undefined;
    if (!view) throw new HttpError(404, 'article.not-found', `no article "${id.slice(0, 80)}"`);
    res.json(view);
  });

  router.get('/categories', (req, res) => {
    const kb = live.current;
    const locale = parseLocale(parseQuery(req, localeQuery).locale) ?? 'zh-CN';
    const ids = kb.ids(scope);
    res.json({
      categories: kb.categories.map((c) => ({
        id: c.id,
        name: c.names[locale],
        names: c.names,
        articles: ids.filter((id) => kb.entry(id, locale, scope)?.category === c.id).length,
      })),
    });
  });

  return router;
}

/** The recorder and the token labels, for the search events of /suggest. */
export interface SearchEvents {
  recorder: EventRecorder;
  labels: TokenLabels;
}

/** The shared encoded body with this response's own searchId put first: `{"searchId":"…",` + the rest. */
function withSearchId(body: Buffer, searchId: string): Buffer {
  return Buffer.concat([Buffer.from(`{"searchId":"${searchId}",`), body.subarray(1)]);
}
