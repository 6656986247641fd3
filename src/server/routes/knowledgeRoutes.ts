import { Router } from 'express';
import { HttpError } from '../../errors.js';
import { articleView } from '../../query/articleView.js';
import { MAX_QUERY_CHARS, search, type SearchResult } from '../../query/search.js';
import type { Scope } from '../../types.js';
import type { LiveKnowledgeBase } from '../liveKnowledgeBase.js';
import type { SearchQueue } from '../searchQueue.js';
import { intParam, localeParam, stringParam } from '../params.js';

const MAX_SUGGESTIONS = 20;
const serialized = new WeakMap<SearchResult, Buffer>();
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * suggest, articles and categories for one scope. The agent and public APIs are the same
 * routes over different scopes; every visibility rule lives in the query layer.
 */
export function knowledgeRoutes(live: LiveKnowledgeBase, scope: Scope, searches: SearchQueue): Router {
  const router = Router();

  router.get('/suggest', async (req, res) => {
    const kb = live.current;
    const q = stringParam(req, 'q', MAX_QUERY_CHARS) ?? '';
    const locale = localeParam(req);
    const limit = intParam(req, 'limit', 1, MAX_SUGGESTIONS, 8);
    const category = stringParam(req, 'category', 60) || undefined;
    if (category && !kb.categories.some((c) => c.id === category)) {
      throw new HttpError(400, 'param.unknown-category', `unknown category "${category}"`, `use one of: ${kb.categories.map((c) => c.id).join(', ')}`);
    }
    let searchMs = 0;
    const result = await searches.run(() => {
      const started = performance.now();
      const found = search(kb, q, { locale, limit, category, scope });
      searchMs = performance.now() - started;
      return found;
    });
    // A cached result is the same object each time, so its JSON is serialised and encoded once.
    let body = serialized.get(result);
    if (body === undefined) {
      body = Buffer.from(JSON.stringify({ query: q, locale: result.locale, hits: result.hits }));
      serialized.set(result, body);
    }
    res.set({ 'Content-Type': 'application/json; charset=utf-8', 'Server-Timing': `search;dur=${searchMs.toFixed(2)}` }).send(body);
  });

  router.get('/articles/:id', (req, res) => {
    const kb = live.current;
    const id = String(req.params.id);
    const view = ID.test(id) ? articleView(kb, id, localeParam(req) ?? 'zh-CN', scope) : undefined;
    if (!view) throw new HttpError(404, 'article.not-found', `no article "${id.slice(0, 80)}"`);
    res.json(view);
  });

  router.get('/categories', (req, res) => {
    const kb = live.current;
    const locale = localeParam(req) ?? 'zh-CN';
    const ids = kb.ids(scope);
    res.json({
      categories: kb.categories.map((c) => ({
        id: c.id,
        name: c.names[locale],
        names: c.names,
        articles: ids.filter((id) => kb.article(id, locale, scope)?.category === c.id).length,
      })),
    });
  });

  return router;
}
