import { relative } from 'node:path';
import { stateFileOf } from '../../store/stateFile.js';
import { llmConfigFrom, LLM_ENV } from '../../assist/llm/llmConfig.js';
import type { Command } from 'commander';
import { KbError } from '../../errors.js';
import { DEFAULT_CALL_LIMITS } from '../../assist/callSessions.js';
import { agentTokensFrom, allowedOriginsFrom, callLimitsFrom, ENV, eventsConfigFrom, labelledTokensFrom, logLevelFrom, rateLimitFrom } from '../../server/process/config.js';
import { tokenLabels } from '../../server/http/eventClient.js';
import { trustProxyFrom } from '../../server/http/trustProxy.js';
import { DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { indexPaths } from '../openIndex.js';
import { parsePort } from '../parseNumber.js';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the suggestion API, the public help-center API and the agent console')
    .option('--port <n>', 'port to listen on (0: any free port)', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--content <dir>', 'folder of Markdown articles; without it, the folder the index was built from', DEFAULT_CONTENT)
    .option('--index <file>', 'built index to serve (built first when missing or stale; from 2,000 content files a stale one serves until its rebuild is swapped in)', DEFAULT_INDEX)
    .option('--watch', 'rebuild when content changes; a broken edit keeps the last good index serving')
    .option('--published', 'serve --index FILE as published by an operator (replicas): never build it, reload it when it is replaced')
    .addHelpText('after', `
Environment:
  ${ENV.tokens}=t1,t2        bearer tokens for the agent API (/api). Without them the agent
                             API is open, so the server only listens on loopback. Write
                             label:token (team-a:t1) to have events store the label.
  ${ENV.agentRateLimit}=1200         agent API requests per minute per token (per IP without tokens)
  ${ENV.publicRateLimit}=120   public API (/public/api) requests per minute per IP
  ${ENV.allowedOrigins}=https://console.example.com,...
                             origins of consoles allowed to call the API from another
                             origin (CORS, cross-origin writes); none by default
  ${ENV.callsPerClient}=${DEFAULT_CALL_LIMITS.callsPerClient}      live calls at once per token (per IP without tokens)
  ${ENV.streamsPerClient}=${DEFAULT_CALL_LIMITS.streamsPerClient}  live-call event streams at once per token (per IP)
  ${ENV.callIdleMinutes}=${DEFAULT_CALL_LIMITS.idleMinutes}    a live call with no new line for this long is ended
  ${ENV.callMaxChars}=${DEFAULT_CALL_LIMITS.maxChars}    characters one live call may receive in all
  ${ENV.logLevel}=info          JSON log level (trace, debug, info, warn, error, silent)
  ${ENV.databaseUrl}=postgres://...  record events, and keep live calls and the rerank cache, in
                             PostgreSQL shared by replicas (default: .kb/state.sqlite, memory)
  ${ENV.retentionDays}=180  days events are kept
  ${ENV.events}=off               do not record searches, opens and feedback
  ${ENV.trustProxy}=10.0.0.5,...  load balancers whose X-Forwarded-For names the client
                             (addresses, subnets, loopback, or a number of hops)
  ${LLM_ENV.model}=...            turn on the LLM rerank of agent assist (see README, "LLM rerank")
  KB_HUGE_PAGES_FROM=67108864  from this many bytes of index (Linux), bin/kb starts the server
                             again with glibc's huge pages and one malloc arena: a faster start
                             (-1: never; a GLIBC_TUNABLES already set is kept as it is)

Examples:
  $ kb serve --watch
  $ kb serve --index /shared/kb/kb.sqlite --published    # a replica; publish with kb build --out /shared/kb/kb.sqlite
  $ KB_AGENT_TOKENS=s3cret kb serve --host 0.0.0.0 --port 8080
  $ curl -s 'http://127.0.0.1:3000/api/suggest?q=中转行扣费' | jq '.hits[0].id'`)
    .action(async (opts: { port: string; host: string; content: string; index: string; watch?: boolean; published?: boolean }, command: Command) => {
      const { io } = ctx;
      if (opts.watch && opts.published) {
        throw new KbError('serve.conflicting-options', 'serve: --watch builds from content, --published serves a file built elsewhere: pass one of them', 'replicas use --published; an editor\'s machine uses --watch');
      }
      const { indexFile, contentDir } = indexPaths(io, opts, command);
      const config = {
        host: opts.host,
        port: parsePort(opts.port),
        contentDir,
        indexFile,
        watch: Boolean(opts.watch),
        published: Boolean(opts.published),
        agentTokens: agentTokensFrom(io.env),
        tokenLabels: tokenLabels(labelledTokensFrom(io.env)),
        events: eventsConfigFrom(io.env),
        agentRateLimit: rateLimitFrom(io.env, ENV.agentRateLimit, 1200),
        publicRateLimit: rateLimitFrom(io.env, ENV.publicRateLimit, 120),
        allowedOrigins: allowedOriginsFrom(io.env),
        calls: callLimitsFrom(io.env),
        llm: llmConfigFrom(io.env),
        trustProxy: trustProxyFrom(io.env[ENV.trustProxy], ENV.trustProxy),
        stateFile: stateFileOf(indexFile),
      };
      // The HTTP stack and the logger load only for this command: other commands start faster.
      const [{ createLogger }, { startServer }] = await Promise.all([import('../../server/process/logger.js'), import('../../server/process/startServer.js')]);
      const logger = createLogger(logLevelFrom(io.env));
      const running = await startServer(config, logger);
      const { articles, durationMs } = running.live.current.info;
      if (running.built.rebuilt) io.stdout.write(`kb: index built from ${relative(io.cwd, contentDir) || '.'} (${articles} articles, ${(durationMs / 1000).toFixed(2)} s)\n`);
      if (running.built.buildError) {
        io.stderr.write(`kb: content has errors (see the log and /readyz); serving the last good build from ${running.built.info.builtAt}\n`);
      }
      const access = config.agentTokens.length
        ? `agent API protected by ${config.agentTokens.length} token(s)`
        : `agent API open (no ${ENV.tokens}), loopback only`;
      const llm = config.llm ? `LLM rerank: ${config.llm.model}${config.llm.baseURL ? ` at ${new URL(config.llm.baseURL).host}` : ''}, deadline ${config.llm.deadlineMs} ms` : 'LLM rerank off';
      io.stdout.write(`kb: serving ${articles} articles at ${running.url} (${access}; ${llm}${config.watch ? '; watching content' : ''}${config.published ? '; following the published index' : ''})\n`);
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down: finishing requests in flight');
        void running.close().then(() => {
          logger.info('stopped');
          logger.flush();
        });
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
