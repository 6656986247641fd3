import express, { Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { formatDiagnostic } from '../../errors.js';
import { AgentTokens, AuthFailures, requireAgentToken, tooManyFailures } from './auth.js';
import type { ServerConfig } from '../process/config.js';
import { consoleRoutes } from './consoleRoutes.js';
import { errorHandler, notFound } from './errorHandler.js';
import type { LiveKnowledgeBase } from '../reload/liveKnowledgeBase.js';
import { requestLogger } from '../process/logger.js';
import { openApiDocument } from './openapi.js';
import { agentClient, byAddress, perClientRateLimit, type RateLimitStores } from './rateLimits.js';
import { corsForAllowedOrigins, loopbackHostOnly, sameOriginWrites } from './requestGuards.js';
import { LiveCallRanking } from './liveCallRanking.js';
import { knowledgeRoutes } from './routes/knowledgeRoutes.js';
import { assistRoutes } from './routes/assistRoutes.js';
import { eventRoutes } from './routes/eventRoutes.js';
import { EventRecorder } from '../../events/eventRecorder.js';
import type { TokenLabels } from './eventClient.js';
import { SearchQueue } from './searchQueue.js';
import type { CallStore } from '../../assist/callStore.js';
import type { LlmReranker } from '../../assist/llm/reranker.js';
import { insightsRoutes } from './routes/insightsRoutes.js';

export interface AppDeps {
  live: LiveKnowledgeBase;
  config: Pick<ServerConfig, 'agentTokens' | 'agentRateLimit' | 'publicRateLimit' | 'allowedOrigins' | 'trustProxy'>;
  logger: Logger;
  /** Live calls followed by agent assist (`memoryCallStore(new CallSessions())` in one process). */
  calls: CallStore;
  /** The LLM rerank for agent assist, when configured. */
  reranker?: LlmReranker;
  /** Records searches, opens and feedback; without it nothing is recorded (ids are still returned). */
  events?: EventRecorder;
  /** Token labels stored with events instead of tokens. */
  tokenLabels?: TokenLabels;
  /** Admission control shared by every search of the app (one is made when absent). */
  searches?: SearchQueue;
  /** Where each rate limiter counts (PostgreSQL, shared by the replicas); this process's memory when absent. */
  rateLimitStores?: RateLimitStores;
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
  const tokens = new AgentTokens(config.agentTokens);
  const failures = new AuthFailures();
  const allowedOrigins = config.allowedOrigins ?? [];
  const events = { recorder: deps.events ?? new EventRecorder(undefined), labels: deps.tokenLabels ?? new Map<string, string>() };
  const searches = deps.searches ?? new SearchQueue();
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer: the client's address from X-Forwarded-For, for rate limits and lockouts.
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // Suggestions are never revalidated; hashing every body for an ETag only costs CPU.
  app.set('etag', false);
  app.use(requestLogger(logger));
  // An open server is loopback-only; DNS rebinding would otherwise hand it to any web page.
  if (tokens.open) app.use(loopbackHostOnly());
  app.use(sameOriginWrites(allowedOrigins, tokens.open), corsForAllowedOrigins(allowedOrigins));
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
  app.get('/readyz', (req, res, next) => {
    // Build errors name files and quote article text: only for whoever may read the agent API.
    if (!tokens.open && req.get('authorization') !== undefined) {
      const blocked = tooManyFailures(failures, req.ip ?? 'unknown', res);
      if (blocked) return next(blocked);
    }
    const verdict = tokens.open ? 'ok' : tokens.check(req);
    if (verdict === 'invalid') failures.record(req.ip ?? 'unknown');
    if (verdict !== 'ok') return void res.status(live.ready ? 200 : 503).json({ status: live.ready ? 'ready' : 'loading' });
    const failure = live.lastError;
    const lastBuildError = failure
      ? { at: failure.at, message: failure.message, errors: failure.diagnostics.filter((d) => d.severity === 'error').slice(0, 20).map(formatDiagnostic) }
      : null;
    if (!live.ready) return void res.status(503).json({ status: 'loading', lastBuildError });
    const { builtAt, contentHash, articles } = live.current.info;
    res.json({ status: 'ready', builtAt, contentHash, articles, contentChecked: live.contentChecked, lastBuildError, events: events.recorder.status() });
  });
  app.use(consoleRoutes());
  const openApi = openApiDocument();
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  app.use('/public/api', perClientRateLimit(config.publicRateLimit, byAddress, deps.rateLimitStores?.('public')), knowledgeRoutes(live, 'public', events, searches), eventRoutes(live, 'public', events.recorder, events.labels), notFound);

  const jsonBody = express.json({ limit: JSON_BODY_LIMIT });
  const agent = Router();
  const clientOf = agentClient(!tokens.open);
  if (!tokens.open) agent.use(requireAgentToken(tokens, failures));
  agent.use(perClientRateLimit(config.agentRateLimit, clientOf, deps.rateLimitStores?.('agent')));
  // The report holds internal article titles and agents' queries: the agent API's guards.
  const store = deps.events?.store;
  if (store) app.use('/insights', ...(tokens.open ? [] : [requireAgentToken(tokens, failures)]), perClientRateLimit(config.agentRateLimit, clientOf, deps.rateLimitStores?.('insights')), insightsRoutes(live, store), notFound);
  // Only requests with a body pay for the JSON parser.
  agent.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? next() : jsonBody(req, res, next)));
  agent.use(knowledgeRoutes(live, 'agent', events, searches), eventRoutes(live, 'agent', events.recorder, events.labels));
  const ranking = new LiveCallRanking({ live, reranker: deps.reranker, logger, recorder: events.recorder, searches });
  agent.use(assistRoutes({ live, calls: deps.calls, ranking, reranker: deps.reranker, clientOf, events, searches }));
  app.use('/api', agent, notFound);

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
