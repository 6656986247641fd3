import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from '../../src/server/process/config.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { CONTENT, tempDir } from './paths.js';
import { sampleKb } from './sampleKb.js';

export interface TestServer extends RunningServer {
  /** Everything the server logged, as JSON lines. */
  logs(): string;
  contentDir: string;
  indexFile: string;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
}

/**
 * A real server on a free loopback port, over a private copy of `content` (the sample
 * knowledge base by default), with its logs captured.
 */
export async function startTestServer(overrides: Partial<ServerConfig> = {}, content = CONTENT): Promise<TestServer> {
  const dir = tempDir('kb-server-');
  const contentDir = join(dir, 'content');
  cpSync(content, contentDir, { recursive: true });
  let logged = '';
  const logger = createLogger('info', { write: (s: string) => void (logged += s) });
  const indexFile = join(dir, 'kb.sqlite');
  // Over the sample content, start from the run's one build of it (the content hash does
  // not depend on the folder, so the server finds it current): a build per server was
  // most of the acceptance tests' time on a busy machine.
  if (content === CONTENT) copyFileSync(sampleKb().file, indexFile);
  const running = await startServer(
    { host: '127.0.0.1', port: 0, contentDir, indexFile, stateFile: join(dir, 'state.sqlite'), watch: false, agentTokens: [], agentRateLimit: 100_000, publicRateLimit: 100_000, ...overrides },
    logger,
  );
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(new URL(path, running.url), {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (the console page): keep the text.
    }
    return { status: res.status, headers: res.headers, body: parsed as any };
  };
  return {
    ...running,
    contentDir,
    indexFile,
    logs: () => logged,
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, body, headers) => call('POST', path, body, headers),
  };
}
