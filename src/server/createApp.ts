import express, { Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { formatDiagnostic } from '../errors.js';
import { requireAgentToken } from './auth.js';
import type { ServerConfig } from './config.js';
import { consoleRoutes } from './consoleRoutes.js';
import { errorHandler, notFound } from './errorHandler.js';
import type { LiveKnowledgeBase } from './liveKnowledgeBase.js';
import { requestLogger } from './logger.js';
import { openApiDocument } from './openapi.js';
import { perClientRateLimit } from './rateLimits.js';
import { knowledgeRoutes } from './routes/knowledgeRoutes.js';
import { assistRoutes } from './routes/assistRoutes.js';
import { SearchQueue } from './searchQueue.js';
import type { CallSessions } from '../assist/callSessions.js';
import type { LlmReranker } from '../assist/llm/reranker.js';

export interface AppDeps {
  live: LiveKnowledgeBase;
  config: Pick<ServerConfig, 'agentTokens' | 'agentRateLimit' | 'publicRateLimit'>;
  logger: Logger;
  /** Live calls followed by agent assist. */
  sessions: CallSessions;
  /** The LLM rerank for agent assist, when configured. */
  reranker?: LlmReranker;
  /** Admission control shared by every search of the app (one is made when absent). */
  searches?: SearchQueue;
}

/** Largest JSON body accepted (a call transcript is a few KB). */
export const JSON_BODY_LIMIT = '64kb';

/**
 * The HTTP app: the agent API (/api, token-protected when tokens are configured), the
 * public help-center API (/public/api), health probes and the agent console. Returns the
 * app without listening; one error handler turns every error into JSON.
 */
export function createApp(deps: AppDeps): express.Express {
  const { live, config, logger } = deps;
  const searches = deps.searches ?? new SearchQueue();
  const app = express();
  app.disable('x-powered-by');
  // Suggestions are never revalidated; hashing every body for an ETag only costs CPU.
  app.set('etag', false);
  app.use(requestLogger(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const failure = live.lastError;
    const lastBuildError = failure
      ? { at: failure.at, message: failure.message, errors: failure.diagnostics.filter((d) => d.severity === 'error').slice(0, 20).map(formatDiagnostic) }
      : null;
    if (!live.ready) return void res.status(503).json({ status: 'loading', lastBuildError });
    const { builtAt, contentHash, articles } = live.current.info;
    res.json({ status: 'ready', builtAt, contentHash, articles, lastBuildError });
  });
  app.use(consoleRoutes());
  const openApi = openApiDocument();
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  app.use('/public/api', perClientRateLimit(config.publicRateLimit), knowledgeRoutes(live, 'public', searches), notFound);

  const jsonBody = express.json({ limit: JSON_BODY_LIMIT });
  const agent = Router();
  if (config.agentTokens.length) agent.use(requireAgentToken(config.agentTokens));
  agent.use(perClientRateLimit(config.agentRateLimit));
  // Only requests with a body pay for the JSON parser.
  agent.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? next() : jsonBody(req, res, next)));
  agent.use(knowledgeRoutes(live, 'agent', searches));
  agent.use(assistRoutes({ live, sessions: deps.sessions, reranker: deps.reranker, logger, searches }));
  app.use('/api', agent, notFound);

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
