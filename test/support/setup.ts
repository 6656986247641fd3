import { removeTempDirs } from './paths.js';

/** How long the process may stay up after the last test before the handles holding it are reported. */
const GRACE_MS = Number(process.env.KB_TEST_EXIT_GRACE_MS ?? 20_000);

/** Root hooks for every test file (loaded by mocha --require, see .mocharc.json). */
export const mochaHooks = {
  afterAll(): void {
    removeTempDirs();
    exitIfHeld();
  },
};

/**
 * Without `--exit`, mocha waits for the event loop to empty, so a handle some code leaked (a
 * socket, a server, a timer) would hold a finished run until CI's time limit. After the
 * last test, a timer that does not itself hold the process waits GRACE_MS: if it fires,
 * something else did; it names the handles on stderr (the leak is a bug to fix: one was a
 * reconnecting LISTEN connection of the live-call store) and exits with mocha's own status,
 * which mocha sets in its 'exit' listener.
 */
function exitIfHeld(): void {
  setTimeout(() => {
    const stdio = new Set<object>([process.stdin, process.stdout, process.stderr]);
    const active = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles();
    const handles = active.filter((h) => !stdio.has(h)).map(describeHandle);
    process.stderr.write(`test run: ${handles.length} handle(s) kept the process up ${GRACE_MS} ms after the last test: ${handles.join(', ')}; exiting\n`);
    process.exit();
  }, GRACE_MS).unref();
}

function describeHandle(handle: object): string {
  const h = handle as { constructor: { name: string }; remoteAddress?: string; remotePort?: number; address?: () => unknown };
  if (h.remotePort !== undefined) return `${h.constructor.name} to ${h.remoteAddress}:${h.remotePort}`;
  const address = typeof h.address === 'function' ? h.address() : undefined;
  return address && typeof address === 'object' && 'port' in address ? `${h.constructor.name} on port ${String(address.port)}` : h.constructor.name;
}
