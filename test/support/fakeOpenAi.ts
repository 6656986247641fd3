import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { model?: string; messages?: Array<{ role: string; content: string }>; [k: string]: unknown };
  /** Settles when the client hangs up before the reply was sent (an aborted request). */
  abandoned: Promise<void>;
}

export interface Answer {
  status?: number;
  delayMs?: number;
  content?: string;
  refusal?: string;
  raw?: string;
}

/**
 * What the fake answers to one request. `content` becomes the assistant message. A promise
 * holds the reply until it settles: `never()` is a model that never answers, and a
 * promise the test resolves later is a model that answers exactly when the test says so.
 */
export type Script = (req: Received) => Answer | Promise<Answer>;

/** A reply that never comes: the request stays open until the client gives up. */
export const never = (): Promise<Answer> => new Promise(() => undefined);

export interface FakeOpenAi {
  /** Base URL for the OpenAI client (…/v1) or, for Azure, the endpoint. */
  url: string;
  received: Received[];
  script: Script;
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback speaking the OpenAI chat-completions protocol, scripted
 * per test: a good ranking, a slow reply, HTTP 500, malformed JSON, a refusal. It records
 * every request so tests can check what left the process.
 */
export async function startFakeOpenAi(script: Script): Promise<FakeOpenAi> {
  const fake = { received: [] as Received[], script } as FakeOpenAi;
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c));
    req.on('end', () => {
      const abandoned = new Promise<void>((resolve) => res.on('close', () => void (res.writableFinished || resolve())));
      const received: Received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : {}, abandoned };
      fake.received.push(received);
      void Promise.resolve(fake.script(received)).then((answer) => reply(received, res, answer));
    });
  });
  const reply = (received: Received, res: ServerResponse, answer: Answer) =>
    setTimeout(() => {
      if (res.destroyed) return;
      const status = answer.status ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      if (answer.raw !== undefined) return void res.end(answer.raw);
      if (status !== 200) return void res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
      res.end(
        JSON.stringify({
          id: 'chatcmpl-test',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: received.body.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer.content ?? null, refusal: answer.refusal ?? null } }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    }, answer.delayMs ?? 0);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** The candidate ids the reranker sent, in order (parsed from its prompt). */
export function candidateIds(req: Received): string[] {
  const prompt = req.body.messages?.find((m) => m.role === 'user')?.content ?? '';
  return [...prompt.matchAll(/- id: (\S+)/g)].map((m) => m[1]!);
}
