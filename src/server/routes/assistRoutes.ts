import { Router, type Response } from 'express';
import type { Logger } from 'pino';
import { assist, assistReranked, rerankAssist, type RerankedAssist } from '../../assist/assist.js';
import type { CallSessions } from '../../assist/callSessions.js';
import type { LlmReranker } from '../../assist/llm/reranker.js';
import { parseTranscript } from '../../assist/transcript.js';
import { HttpError } from '../../errors.js';
import { parseLocale } from '../../query/search.js';
import type { Locale } from '../../types.js';
import type { LiveKnowledgeBase } from '../liveKnowledgeBase.js';
import type { SearchQueue } from '../searchQueue.js';

const MAX_LIMIT = 20;
/** Suggestions per update of a live call. */
const LIVE_LIMIT = 5;
/** Keeps proxies from closing a quiet event stream. */
const HEARTBEAT_MS = 15_000;

export interface AssistDeps {
  live: LiveKnowledgeBase;
  sessions: CallSessions;
  reranker?: LlmReranker;
  logger: Logger;
  /** Admission for the lexical ranking (synchronous CPU work). */
  searches: SearchQueue;
}

/** What the API returns: the result without the masked turns (the caller has the transcript). */
function publicShape(result: RerankedAssist) {
  const { maskedTurns: _turns, ...rest } = result;
  return rest;
}

/**
 * Agent assist: rank articles for a whole transcript (POST /assist), or follow a live call
 * (POST /assist/calls, then lines to POST /assist/calls/:id/lines and suggestions from
 * the Server-Sent Events stream GET /assist/calls/:id/events).
 */
export function assistRoutes({ live, sessions, reranker, logger, searches }: AssistDeps): Router {
  const router = Router();

  router.post('/assist', async (req, res) => {
    const startedAt = performance.now();
    const body = bodyObject(req.body);
    const transcript = parseTranscript(body.transcript);
    const opts = { locale: localeOf(body.locale), limit: limitOf(body.limit), scope: 'agent' as const };
    // The lexical ranking runs in the search queue's turn; the LLM rerank is awaited outside it.
    const result = await searches.run(() => assistReranked(live.current, transcript, opts, reranker, startedAt));
    res.json(publicShape(result));
  });

  router.post('/assist/calls', (req, res) => {
    const body = bodyObject(req.body ?? {});
    const session = sessions.create(localeOf(body.locale));
    res.status(201).json({ id: session.id, lines: `/api/assist/calls/${session.id}/lines`, events: `/api/assist/calls/${session.id}/events` });
  });

  router.post('/assist/calls/:id/lines', (req, res) => {
    const body = bodyObject(req.body);
    const turns = parseTranscript(Array.isArray(body.lines) ? body.lines : [body]);
    const session = sessions.add(String(req.params.id), turns);
    res.status(202).json({ turns: session.turns.length });
  });

  router.delete('/assist/calls/:id', (req, res) => {
    sessions.end(String(req.params.id));
    res.status(204).end();
  });

  router.get('/assist/calls/:id/events', (req, res) => {
    const session = sessions.get(String(req.params.id));
    res.set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    let version = 0;
    // Each line re-ranks the call: the lexical ranking at once, then the LLM's when one is
    // configured (dropped if a newer line has arrived meanwhile).
    const update = async () => {
      const mine = ++version;
      if (!session.turns.length) return;
      const startedAt = performance.now();
      const turns = session.turns.length;
      const lexical = await searches.run(() => assist(live.current, session.turns, { locale: session.locale, limit: Math.max(LIVE_LIMIT, reranker?.config.candidates ?? 0) }));
      send(res, 'suggestions', { turns, final: !reranker, ...publicShape({ ...lexical, hits: lexical.hits.slice(0, LIVE_LIMIT), rerank: 'off' }) });
      if (!reranker) return;
      const reranked = await rerankAssist(lexical, LIVE_LIMIT, reranker, startedAt);
      if (mine === version && !res.writableEnded) send(res, 'suggestions', { turns, final: true, ...publicShape(reranked) });
    };
    const onTurn = () => void update().catch((err: unknown) => logger.error({ err }, 'assist update failed'));
    const onEnd = () => {
      send(res, 'end', {});
      res.end();
    };
    session.events.on('turn', onTurn);
    session.events.once('end', onEnd);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      session.events.off('turn', onTurn);
      session.events.off('end', onEnd);
    });
    send(res, 'ready', { id: session.id, turns: session.turns.length });
    onTurn();
  });

  return router;
}

function send(res: Response, event: string, data: unknown): void {
  if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function bodyObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'body.invalid', 'send a JSON object (Content-Type: application/json)');
  }
  return body as Record<string, unknown>;
}

function localeOf(value: unknown): Locale | undefined {
  if (value !== undefined && typeof value !== 'string') throw new HttpError(400, 'param.invalid', '"locale" must be "zh-CN" or "en"');
  return parseLocale(value);
}

function limitOf(value: unknown): number {
  if (value === undefined) return 5;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
    throw new HttpError(400, 'param.invalid', `"limit" must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  return value;
}
