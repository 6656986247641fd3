import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  /** `target` with its host and port replaced by the proxy's. */
  url: string;
  /** A network outage: every connection is cut and new ones are refused (again: nothing more). */
  cut(): Promise<void>;
  /**
   * A slow network: connections made from now on are accepted but not forwarded until
   * `release()`; `waiting` resolves with the first such connection's socket (the proxy's
   * side) once it waits: a connect in flight.
   */
  hold(): { waiting: Promise<Socket>; release(): void };
}

/** A loopback TCP proxy to the host and port of the URL `target`, to cut a database off mid-test. */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const to = new URL(target);
  const sockets = new Set<Socket>();
  let held: { gate: Promise<void>; arrived: (client: Socket) => void } | undefined;
  const forward = (client: Socket) => {
    const upstream = connect(Number(to.port), to.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined).on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  };
  const server = createServer((client) => {
    if (!held) return forward(client);
    sockets.add(client);
    client.on('error', () => undefined).on('close', () => sockets.delete(client));
    held.arrived(client);
    void held.gate.then(() => forward(client));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    hold() {
      let release!: () => void;
      let arrived!: (client: Socket) => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const waiting = new Promise<Socket>((resolve) => (arrived = resolve));
      held = { gate, arrived };
      return {
        waiting,
        release: () => {
          held = undefined;
          release();
        },
      };
    },
    async cut() {
      const closed = new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
