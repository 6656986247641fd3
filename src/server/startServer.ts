import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { CallSessions } from '../assist/callSessions.js';
import { LlmReranker } from '../assist/llm/reranker.js';
import { RerankCache } from '../assist/llm/rerankCache.js';
import { ensureBuilt, type EnsureResult } from '../build/ensureBuilt.js';
import { formatDiagnostic, KbError } from '../errors.js';
import { KnowledgeBase } from '../query/knowledgeBase.js';
import { openEventStore } from '../events/openEventStore.js';
import { dirname } from 'node:path';
import { isLoopback, type ServerConfig } from './config.js';
import { createApp } from './createApp.js';
import { LiveKnowledgeBase } from './liveKnowledgeBase.js';
import { buildInWorker } from './rebuild.js';
import { watchContent } from './watchContent.js';

export interface RunningServer {
  url: string;
  /** What startup found: whether it (re)built the index, and content errors it fell back past. */
  built: EnsureResult;
  live: LiveKnowledgeBase;
  server: Server;
  /** Stops watching, finishes requests in flight, then closes the server. */
  close(): Promise<void>;
}

/** How long in-flight requests get to finish on shutdown before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Builds the content if needed, loads the index and listens. Without agent tokens the
 * agent API is open, so the server refuses any address but loopback. With `watch`,
 * content changes rebuild in a worker thread and the index is swapped when the build
 * succeeds; a failed build keeps the last good index serving.
 */
export async function startServer(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  if (!config.agentTokens.length && !isLoopback(config.host)) {
    throw new KbError(
      'server.unprotected',
      `serve: refusing to listen on ${config.host} with no agent tokens: anyone who can reach it could read internal articles`,
      'set KB_AGENT_TOKENS=token1,token2 (comma-separated), or listen on 127.0.0.1',
    );
  }
  const built = ensureBuilt({ contentDir: config.contentDir, outFile: config.indexFile });
  const live = new LiveKnowledgeBase(KnowledgeBase.open(config.indexFile));
  if (built.buildError) reportFailure(live, logger, built.buildError.message, built.buildError.diagnostics);

  const sessions = new CallSessions();
  const cache = config.llm ? new RerankCache(config.stateFile, config.llm.cacheTtlSeconds) : undefined;
  const reranker = config.llm ? new LlmReranker(config.llm, cache, logger) : undefined;
  const events = await openEventStore({ stateDir: dirname(config.stateFile) });
  const app = createApp({ live, config, logger, sessions, reranker, events });
  // Not app.listen(): in Express 5 its callback also fires on a listen error.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(app);
    s.once('listening', () => resolve(s));
    s.listen(config.port, config.host);
    s.once('error', (err: NodeJS.ErrnoException) => {
      sessions.close();
      cache?.close();
      void events.close();
      reject(new KbError('server.listen-failed', `serve: cannot listen on ${config.host}:${config.port}: ${err.code ?? err.message}`, err.code === 'EADDRINUSE' ? 'another process uses this port: pass --port' : undefined));
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  const watcher = config.watch ? watchContent(config.contentDir, rebuilder(config, live, logger)) : undefined;
  return {
    url: `http://${host}:${port}/`,
    built,
    live,
    server,
    async close() {
      watcher?.close();
      // Ending the calls closes their event streams, which would otherwise hold the server open.
      sessions.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      await closed;
      clearTimeout(force);
      cache?.close();
      await events.close();
    },
  };
}

/** One rebuild at a time; changes during a build trigger one more build after it. */
function rebuilder(config: ServerConfig, live: LiveKnowledgeBase, logger: Logger): () => void {
  let running = false;
  let pending = false;
  const run = async (): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    const started = performance.now();
    const result = await buildInWorker({ contentDir: config.contentDir, outFile: config.indexFile });
    if (result.ok) {
      live.swap(KnowledgeBase.open(config.indexFile));
      logger.info({ articles: result.info.articles, ms: Math.round(performance.now() - started) }, 'content rebuilt; new index serving');
    } else {
      reportFailure(live, logger, result.message, result.diagnostics);
    }
    running = false;
    if (pending) {
      pending = false;
      void run();
    }
  };
  return () => void run();
}

function reportFailure(live: LiveKnowledgeBase, logger: Logger, message: string, diagnostics: import('../errors.js').Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  live.fail({ at: new Date().toISOString(), message, diagnostics });
  logger.error({ errors }, `content build failed, still serving the last good index: ${message}`);
}
