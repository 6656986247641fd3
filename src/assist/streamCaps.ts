import type { CallSession } from './callSessions.js';
import { CallError } from './callError.js';

/**
 * The event streams each client holds open in this process, against a per-client cap.
 * Shared by the in-memory and the PostgreSQL call stores: streams are sockets, so they are
 * counted where they are held, whichever store keeps the calls.
 */
export class StreamCaps {
  private readonly byClient = new Map<string, number>();

  /** `where` ends the error message ("for this client on this server"). */
  constructor(
    private readonly perClient: number,
    private readonly where = '',
  ) {}

  /** Clients holding a stream right now. */
  clients(): IterableIterator<string> {
    return this.byClient.keys();
  }

  /**
   * Counts a stream on `session` for `client`, or throws a `limit` CallError past the cap.
   * The returned close undoes the count once, then runs `onClose`; closing again does nothing.
   */
  open(session: CallSession, client: string, onClose?: () => void): () => void {
    if ((this.byClient.get(client) ?? 0) >= this.perClient) {
      throw new CallError('limit', 'assist.too-many-streams', `more than ${this.perClient} event streams for this client${this.where}`, 'close streams of other tabs or finished calls');
    }
    bump(this.byClient, client, 1);
    session.streams++;
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      session.streams--;
      bump(this.byClient, client, -1);
      onClose?.();
    };
  }
}

/** Adds `by` to a count, deleting the key at zero so idle clients leave nothing behind. */
export function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}
