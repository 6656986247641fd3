import { readFileSync } from 'node:fs';
import { startServerProcess } from './startServerProcess.js';

/**
 * Memory of `kb serve` under 1,000 abandoned live calls of long turns: RSS at rest, after
 * the calls are loaded (and never ended), and after they went idle and expired. Run it
 * alone (`node dist/bench/callMemory.js`); it takes about three minutes.
 * Calls come from 50 agent tokens, 20 each (the default per-client cap); each call is
 * sent 100 turns of 2,000 characters in batches of 10 until the server refuses more.
 */
const CLIENTS = 50;
const CALLS_PER_CLIENT = 20;
const TURNS = 100;
const BATCH = 10;
/** Longer than loading takes, so no call expires before it is measured (checked below). */
const IDLE_MINUTES = 1.5;
const tokens = Array.from({ length: CLIENTS }, (_, i) => `bench-token-${i}`);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main(): Promise<void> {
  const server = await startServerProcess({ KB_AGENT_TOKENS: tokens.join(','), KB_CALL_IDLE_MINUTES: String(IDLE_MINUTES), KB_LOG_LEVEL: 'warn' });
  const post = (path: string, token: string, body: unknown) =>
    fetch(new URL(path, server.url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  try {
    await settle(server.url);
    const atRest = rssMb(server.pid);
    const statuses = new Map<number, number>();
    let accepted = 0;
    const firstCalls: Array<[string, string]> = [];
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    // One worker per client, so 50 requests are in flight at a time.
    await Promise.all(
      tokens.map(async (token, c) => {
        for (let k = 0; k < CALLS_PER_CLIENT; k++) {
          const call = await post('/api/assist/calls', token, {});
          count(call.status);
          if (call.status !== 201) continue;
          const { lines } = (await call.json()) as { lines: string };
          if (k === 0) firstCalls.push([lines, token]);
          for (let t = 0; t < TURNS; t += BATCH) {
            const batch = Array.from({ length: BATCH }, (_, j) => ({ speaker: 'customer', text: turnText(c, k, t + j) }));
            const r = await post(lines, token, { lines: batch });
            count(r.status);
            await r.arrayBuffer();
            if (r.status !== 202) break;
            accepted += batch.length;
          }
        }
      }),
    );
    await settle(server.url);
    const loaded = rssMb(server.pid);
    // A call that had expired already would answer 404: the figure above would then be too low.
    let expiredEarly = 0;
    for (const [lines, token] of firstCalls) if ((await post(lines, token, { speaker: 'customer', text: 'ok' })).status === 404) expiredEarly++;
    await new Promise((r) => setTimeout(r, IDLE_MINUTES * 60_000 + 1000));
    // Starting a call sweeps the idle ones; then some ordinary traffic lets the collector run.
    count((await post('/api/assist/calls', tokens[0]!, {})).status);
    await settle(server.url);
    const expired = rssMb(server.pid);
    console.log(JSON.stringify({ calls: CLIENTS * CALLS_PER_CLIENT, turnsAccepted: accepted, expiredEarly, statuses: Object.fromEntries(statuses), rssMb: { atRest: round(atRest), loaded: round(loaded), afterExpiry: round(expired) } }, null, 2));
  } finally {
    await server.stop();
  }
}

/** 2,000 characters of a long customer turn, different per call and turn. */
function turnText(client: number, call: number, turn: number): string {
  const s = `客户${client}-${call}-${turn}说：我的买家上周汇了一万美金，到账只有9975，中间行扣了费用，请帮我查一下 MT103。`;
  return s.repeat(Math.ceil(2000 / s.length)).slice(0, 2000);
}

/** Some ordinary requests, so the server's garbage collector has had its chances. */
async function settle(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) await (await fetch(new URL('/healthz', url))).arrayBuffer();
  await new Promise((r) => setTimeout(r, 2000));
}

const round = (n: number) => Math.round(n);

await main();
