/** What /readyz says to a client that may read the agent API. */
export interface Readiness {
  status: string;
  contentHash?: string;
  articles?: number;
  /** False while a large index served first has its content checked (see checkContentAfterReady). */
  contentChecked?: boolean;
  lastBuildError: { message: string } | null;
}

/**
 * Reads `base`/readyz until `done` holds, and returns that answer: waits for the event
 * (an index loaded, an error reported), not for a guessed time. `ceilingMs` only turns
 * a hang into a failure that shows the last answer.
 */
export async function readyzUntil(base: string, done: (r: Readiness) => boolean, headers: Record<string, string> = {}, ceilingMs = 60_000): Promise<Readiness> {
  const deadline = Date.now() + ceilingMs;
  let last: Readiness | undefined;
  while (Date.now() < deadline) {
    const res = await fetch(new URL('/readyz', base), { headers });
    last = (await res.json()) as Readiness;
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${base}/readyz never got there; last: ${JSON.stringify(last)}`);
}
