import { Router, type Request, type Response } from 'express';
import * as z from '../../../shared/zod.js';
import { assistReranked, type RerankedAssist } from '../../../assist/assist.js';
import type { CallStore } from '../../../assist/callStore.js';
import type { LlmReranker } from '../../../assist/llm/reranker.js';
import { parseTranscript } from '../../../assist/transcript.js';
import { recordAssist } from '../../../events/recordAssist.js';
import { eventClient } from '../eventClient.js';
import type { SearchEvents } from './knowledgeRoutes.js';
import { HttpError } from '../../../errors.js';
import { RESULT_LIMITS } from '../../../query/resultLimits.js';
import { parseLocale } from '../../../query/locale.js';
import { firstProblem } from '../../../shared/validation.js';
import type { LiveCallRanking } from '../liveCallRanking.js';
import type { LiveKnowledgeBase } from '../../reload/liveKnowledgeBase.js';
import type { SearchQueue } from '../searchQueue.js';

/** Keeps proxies from closing a quiet event stream. */
const HEARTBEAT_MS = 15_000;

const jsonObject = { error: 'send a JSON object (Content-Type: application/json)' };
const locale = z.string({ error: 'must be "zh-CN" or "en"' }).optional();
const { min, max, assist: defaultLimit } = RESULT_LIMITS;
const limitMessage = `must be a whole number from ${min} to ${max}`;
const limit = z.number({ error: limitMessage }).int({ error: limitMessage }).min(min, { error: limitMessage }).max(max, { error: limitMessage }).default(defaultLimit);

/** POST /assist: the transcript is checked by parseTranscript (named turn by turn). */
const assistBody = z.looseObject({ locale, limit }, jsonObject);
/** POST /assist/calls */
const callBody = z.looseObject({ locale }, jsonObject);
/** POST /assist/calls/:id/lines: `{lines: [turns]}` or one turn. */
const linesBody = z.looseObject({}, jsonObject);

/** A JSON body checked by `schema`; 400 `body.invalid` when it is no object, `param.invalid` naming the field otherwise. */
function parseBody<T extends z.ZodType>(body: unknown, schema: T): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problem = firstProblem(result.error);
  if (!problem.where) throw new HttpError(400, 'body.invalid', problem.message);
  throw new HttpError(400, 'param.invalid', `"${problem.where}" ${problem.message}`);
}

export interface AssistDeps {
  live: LiveKnowledgeBase;
  /** Live calls: in this process, or shared by the replicas (PostgreSQL). */
  calls: CallStore;
  /** Ranks each line of a live call once for all its streams. */
  ranking: LiveCallRanking;
  reranker?: LlmReranker;
  /** Who is asking: a call and its streams belong to the client that started it. */
  clientOf: (req: Request) => string;
  events: SearchEvents;
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
export function assistRoutes({ live, calls, ranking, reranker, clientOf, events, searches }: AssistDeps): Router {
  const router = Router();

  router.post('/assist', async (req, res) => {
    const startedAt = performance.now();
    const body = parseBody(req.body, assistBody);
    const transcript = parseTranscript(body.transcript);
    const opts = { locale: parseLocale(body.locale), limit: body.limit, scope: 'agent' as const };
    // The lexical ranking runs in the search queue's turn; the LLM rerank is awaited outside it.
    const result = await searches.run(() => assistReranked(live.current, transcript, opts, reranker, startedAt));
    const searchId = events.recorder.newSearchId();
    res.json({ searchId, ...publicShape(result) });
    recordAssist(events.recorder, eventClient(req, events.labels), searchId, result, startedAt);
  });

  router.post('/assist/calls', async (req, res) => {
    const body = parseBody(req.body ?? {}, callBody);
    const { id } = await calls.create(clientOf(req), parseLocale(body.locale));
    res.status(201).json({ id, lines: `/api/assist/calls/${id}/lines`, events: `/api/assist/calls/${id}/events` });
  });

  router.post('/assist/calls/:id/lines', async (req, res) => {
    const body = parseBody(req.body, linesBody);
    const turns = parseTranscript(Array.isArray(body.lines) ? body.lines : [body]);
    const added = await calls.add(String(req.params.id), clientOf(req), turns);
    res.status(202).json({ turns: added.turns });
  });

  router.delete('/assist/calls/:id', async (req, res) => {
    await calls.end(String(req.params.id), clientOf(req));
    res.status(204).end();
  });

  router.get('/assist/calls/:id/events', async (req, res) => {
    let gone = false;
    res.once('close', () => void (gone = true));
    const stream = await calls.openStream(String(req.params.id), clientOf(req));
    // The client left while the call was looked up (a shared store answers asynchronously).
    if (gone) return stream.close();
    const { session } = stream;
    res.set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    const client = eventClient(req, events.labels);
    const onEnd = () => {
      send(res, 'end', {});
      res.end();
    };
    session.events.once('end', onEnd);
    send(res, 'ready', { id: session.id, turns: session.turns.length });
    const unfollow = ranking.follow(session, client, (data) => send(res, 'suggestions', data));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      unfollow();
      session.events.off('end', onEnd);
      stream.close();
    });
  });

  return router;
}


function send(res: Response, event: string, data: unknown): void {
  if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
