import type { StoredEvent } from './event.js';

export interface CollapserOptions {
  /** A query following the last one from the same client within this gap can extend it. @default 3000 */
  windowMs?: number;
  /** Clients with a search in progress at most; beyond it the oldest is settled. @default 10000 */
  maxPending?: number;
  /** How long an earlier search id of a chain still resolves to the settled one. @default 1800000 */
  aliasTtlMs?: number;
  /** Earlier ids remembered at most; beyond it the oldest are forgotten. @default 100000 */
  maxAliases?: number;
}

/** Keystrokes in one chain at most: a client that never pauses still settles a search now and then. */
const MAX_CHAIN = 64;

interface Chain {
  event: StoredEvent;
  normalized: string;
  lastAt: number;
  /** Every search id returned along the chain. */
  ids: string[];
  /** Shared with the aliases of its earlier ids: extending a chain moves them all at once. */
  settled: { id: string };
}

const normalize = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * As-you-type is one search, not one per keystroke: `鲸`, `鲸帆`, `鲸帆扣费` from the same
 * client, each within `windowMs` of the one before, are stored once, as the last query
 * (and its search id). Typing back (`鲸帆扣费` → `鲸帆`) folds the same way. A search
 * settles (is emitted) when the client pauses, types something unrelated, or acts on a
 * result (open, copy, feedback). Events that name an earlier id of a chain are given the
 * settled id, so a click on a result shown for `鲸帆` still counts for `鲸帆扣费`.
 */
export class SearchCollapser {
  private readonly pending = new Map<string, Chain>();
  private readonly chainOf = new Map<string, string>();
  private readonly aliases = new Map<string, { to: { id: string }; at: number }>();
  private readonly windowMs: number;
  private readonly maxPending: number;
  private readonly aliasTtlMs: number;
  private readonly maxAliases: number;

  constructor(private readonly emit: (event: StoredEvent) => void, opts: CollapserOptions = {}) {
    this.windowMs = opts.windowMs ?? 3000;
    this.maxPending = opts.maxPending ?? 10_000;
    this.aliasTtlMs = opts.aliasTtlMs ?? 1_800_000;
    this.maxAliases = opts.maxAliases ?? 100_000;
  }

  /** A search from `client` (an in-memory key, never stored). `event.at` is its time. */
  add(client: string, event: StoredEvent): void {
    const normalized = normalize(event.query ?? '');
    const chain = this.pending.get(client);
    if (chain && chain.ids.length < MAX_CHAIN && this.extends(chain, event, normalized)) {
      chain.event = event;
      chain.normalized = normalized;
      chain.lastAt = event.at;
      this.aliases.set(chain.settled.id, { to: chain.settled, at: event.at });
      if (this.aliases.size > this.maxAliases) this.aliases.delete(this.aliases.keys().next().value!);
      chain.settled.id = event.searchId!;
      chain.ids.push(event.searchId!);
      this.chainOf.set(event.searchId!, client);
      // Move to the end: the map stays ordered by last activity.
      this.pending.delete(client);
      this.pending.set(client, chain);
      return;
    }
    if (chain) this.settle(client, chain);
    this.pending.set(client, { event, normalized, lastAt: event.at, ids: [event.searchId!], settled: { id: event.searchId! } });
    this.chainOf.set(event.searchId!, client);
    if (this.pending.size > this.maxPending) {
      const [oldest, first] = this.pending.entries().next().value!;
      this.settle(oldest, first);
    }
  }

  private extends(chain: Chain, event: StoredEvent, normalized: string): boolean {
    const prev = chain.event;
    return (
      event.at - chain.lastAt <= this.windowMs &&
      prev.scope === event.scope &&
      prev.category === event.category &&
      prev.locale === event.locale &&
      (normalized.startsWith(chain.normalized) || chain.normalized.startsWith(normalized))
    );
  }

  /**
   * The search id an event should be stored with: the settled search of the chain `searchId`
   * belongs to. A chain still in progress settles now: the client acted on its results.
   */
  resolve(searchId: string): string {
    const client = this.chainOf.get(searchId);
    const chain = client === undefined ? undefined : this.pending.get(client);
    if (client !== undefined && chain) this.settle(client, chain);
    return this.aliases.get(searchId)?.to.id ?? searchId;
  }

  /** Settles the chains idle for longer than the window and forgets old aliases. */
  expire(now: number): void {
    for (const [client, chain] of this.pending) {
      if (now - chain.lastAt <= this.windowMs) break;
      this.settle(client, chain);
    }
    for (const [id, a] of this.aliases) {
      if (now - a.at <= this.aliasTtlMs) break;
      this.aliases.delete(id);
    }
  }

  /** Settles every chain (shutdown). */
  settleAll(): void {
    for (const [client, chain] of this.pending) this.settle(client, chain);
  }

  private settle(client: string, chain: Chain): void {
    this.pending.delete(client);
    for (const id of chain.ids) this.chainOf.delete(id);
    this.emit(chain.event);
  }
}
