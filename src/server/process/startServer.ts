import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { CallSessions } from '../../assist/callSessions.js';
import { memoryCallStore, type CallStore } from '../../assist/callStore.js';
import { openRerankCache } from '../../assist/llm/openRerankCache.js';
import type { PostgresRateLimits } from '../http/postgresRateLimits.js';
import { checkDatabaseUrl } from '../../shared/databaseUrl.js';
import type { EnsureResult } from '../../pipeline/ensureBuilt.js';
import { KbError } from '../../errors.js';
import { readAnalyzerFilesAhead } from '../../analysis/analyzerFiles.js';
import { EventRecorder } from '../../events/eventRecorder.js';
import { openBatchingStore } from '../../events/openEventStore.js';
import { DEFAULT_RETENTION_DAYS, startRetention } from '../../events/retention.js';
import { dirname } from 'node:path';
import { isLoopback, type ServerConfig } from './config.js';
import { LiveKnowledgeBase, openForServing, openForServingBySize } from '../reload/liveKnowledgeBase.js';
import { ContentRebuilder, reportFailure } from '../reload/contentRebuilder.js';
import { followPublishedIndex, openPublishedIndex } from '../reload/publishedIndex.js';
import { checkContentAfterReady } from '../reload/checkContentAfterReady.js';
import { openCheckedIndex, type CheckedIndex } from './openCheckedIndex.js';

export interface RunningServer {
  url: string;
  /** What startup found: whether it (re)built the index, and content errors it fell back past. */
  built: EnsureResult;
  live: LiveKnowledgeBase;
  /** The content check of a large index served before it (see openCheckedIndex); resolves once checked, and rebuilt and swapped in if it changed. */
  contentCheck?: Promise<void>;
  /** Records the events (its store flushes on demand; tests read it back). */
  recorder: EventRecorder;
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
  // The HTTP stack (express & co.) and the events store get ready while the index loads: a
  // large index is read by other threads, and this one compiles those modules and opens the
  // store meanwhile instead of waiting (see openForServingOverlapped).
  const http = import('../http/createApp.js');
  http.catch(() => undefined); // awaited below; a failed start must not leave it unhandled
  // The analyzer's files are read by libuv's threads while the HTTP stack's modules set up
  // (and the events store opens), and the index is opened once they are read: it makes the
  // analyzer (see readAnalyzerFilesAhead). By then this thread has rarely anything to wait for.
  const analyzerFiles = readAnalyzerFilesAhead();
  // A published index is never built here: it is loaded as it is, and followed below.
  // A large one is read in two threads, as openCheckedIndex reads one.
  const publishing = config.published ? analyzerFiles.then(() => openPublishedIndex(config.indexFile, openForServingBySize)) : undefined;
  const opening: Promise<CheckedIndex> = publishing
    ? publishing.then(({ kb }) => ({ built: { info: kb.info, rebuilt: false }, kb }))
    : analyzerFiles.then(() => openCheckedIndex(config, config.checkAfterReadyFrom));
  const recordingStarted = startRecording(config, logger);
  recordingStarted.catch(() => undefined); // likewise: its error is thrown below, after the index's
  const { built, kb, unchecked } = await opening.catch(async (err: unknown) => {
    await recordingStarted.then((r) => r.close()).catch(() => undefined);
    throw err;
  });
  const live = new LiveKnowledgeBase(kb);
  if (built.buildError) reportFailure(live, logger, built.buildError.message, built.buildError.diagnostics);

  const recording = await recordingStarted;
  const sessions = await openCallStore(config, logger).catch(closing(recording));
  const cache = config.llm
    ? await openRerankCache({
        stateFile: config.stateFile,
        databaseUrl: config.events?.databaseUrl,
        ttlSeconds: config.llm.cacheTtlSeconds,
        onError: (message, err) => logger.warn({ err: err.message }, message),
      }).catch(closing(recording, sessions))
    : undefined;
  // The OpenAI client and pg load only when configured: a start without them is shorter.
  const reranker = config.llm ? new (await import('../../assist/llm/reranker.js')).LlmReranker(config.llm, cache, logger) : undefined;
  const limits = await openRateLimits(config, logger);
  const { createApp } = await http;
  const app = createApp({ live, config, logger, calls: sessions, reranker, events: recording.recorder, tokenLabels: config.tokenLabels, rateLimitStores: limits && ((name) => limits.store(name)) });
  // Not app.listen(): in Express 5 its callback also fires on a listen error.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(app);
    s.once('listening', () => resolve(s));
    s.listen(config.port, config.host);
    s.once('error', (err: NodeJS.ErrnoException) => {
      void sessions.close();
      void cache?.close();
      void limits?.close();
      void recording.close();
      reject(new KbError('server.listen-failed', `serve: cannot listen on ${config.host}:${config.port}: ${err.code ?? err.message}`, err.code === 'EADDRINUSE' ? 'another process uses this port: pass --port' : undefined));
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  const rebuilds = { contentDir: config.contentDir, indexFile: config.indexFile, live, logger, load: openForServing };
  const rebuilder = config.watch ? new ContentRebuilder(rebuilds) : undefined;
  // The file watcher (chokidar) loads only for --watch.
  const watcher = rebuilder
    ? (await import('../reload/watchContent.js')).watchContent(config.contentDir, {
        onChange: () => void rebuilder.request(),
        onError: (err) => logger.warn({ err: err.message }, 'content watcher error; the content folder is still polled'),
      })
    : undefined;
  // Serving a built index without its content folder: say so in /readyz until the folder appears.
  if (rebuilder && !existsSync(config.contentDir)) void rebuilder.request();
  const following = publishing ? followPublishedIndex({ file: config.indexFile, loaded: (await publishing).identity, live, logger, load: openForServing }) : undefined;
  // A large index served before its content was checked: checked now, and rebuilt if it changed.
  let stopping = false;
  let oneOff: ContentRebuilder | undefined;
  const rebuildOnce = async (): Promise<void> => {
    if (rebuilder) return rebuilder.request();
    if (stopping) return;
    oneOff = new ContentRebuilder(rebuilds);
    await oneOff.request();
    await oneOff.stop();
  };
  const checking = unchecked ? checkContentAfterReady({ ...rebuilds, rebuild: rebuildOnce }) : undefined;
  return {
    url: `http://${host}:${port}/`,
    built,
    live,
    contentCheck: checking,
    recorder: recording.recorder,
    server,
    async close() {
      watcher?.close();
      following?.close();
      stopping = true;
      await rebuilder?.stop();
      await oneOff?.stop();
      await checking;
      // Ending the calls closes their event streams, which would otherwise hold the server open.
      await sessions.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      await closed;
      clearTimeout(force);
      await cache?.close();
      await limits?.close();
      await recording.close();
    },
  };
}

/** A start that failed half-way: closes what was opened (its pools and timers would keep the process alive), then fails. */
function closing(...opened: Array<{ close(): Promise<void> }>): (err: unknown) => Promise<never> {
  return async (err) => {
    for (const o of opened) await o.close().catch(() => undefined);
    throw err;
  };
}

/**
 * Live calls: in PostgreSQL when KB_DATABASE_URL is set, so every replica serves every
 * call; else in this process.
 */
async function openCallStore(config: ServerConfig, logger: Logger): Promise<CallStore> {
  const url = config.events?.databaseUrl;
  if (!url) return memoryCallStore(new CallSessions(config.calls));
  const { PostgresCallStore } = await import('../../assist/postgresCallStore.js');
  return PostgresCallStore.open(url, config.calls ?? {}, (message, err) => logger.warn({ err: err.message }, message));
}

/**
 * Rate-limit counters in PostgreSQL when KB_DATABASE_URL is set, so the limits hold across
 * the replicas; else none (each limiter counts in memory). Nothing connects here: the
 * first request does, and an unreachable database only moves counting to memory.
 */
async function openRateLimits(config: ServerConfig, logger: Logger): Promise<PostgresRateLimits | undefined> {
  const url = config.events?.databaseUrl;
  if (!url) return undefined;
  const { PostgresRateLimits } = await import('../http/postgresRateLimits.js');
  return new PostgresRateLimits(checkDatabaseUrl(url), logger);
}

/**
 * The events store (SQLite in the state file, or PostgreSQL) with its retention, unless
 * recording is off. A store that cannot be opened, or has a newer schema, stops the start.
 */
async function startRecording(config: ServerConfig, logger: Logger): Promise<{ recorder: EventRecorder; close(): Promise<void> }> {
  const events = config.events ?? { enabled: true, retentionDays: DEFAULT_RETENTION_DAYS };
  if (!events.enabled) return { recorder: new EventRecorder(undefined), close: async () => undefined };
  const store = await openBatchingStore({ stateDir: dirname(config.stateFile), databaseUrl: events.databaseUrl });
  const retention = startRetention(store, events.retentionDays, undefined, (deleted, err) => {
    if (err) logger.warn({ err: err.message }, 'events retention failed; retried tomorrow');
    else if (deleted) logger.info({ deleted, days: events.retentionDays }, 'old events deleted');
  });
  const recorder = new EventRecorder(store, undefined, { windowMs: events.collapseWindowMs });
  return {
    recorder,
    async close() {
      retention.stop();
      await retention.done;
      await recorder.close().catch((err: Error) => logger.error({ err: err.message, ...store.status() }, 'events not flushed at shutdown'));
    },
  };
}
