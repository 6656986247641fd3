import type { Locale, Scope } from '../types.js';
import type { EventFilter, EventType, FeedbackReason, StoredEvent } from './event.js';

/** The columns of `kb_events`, in the order rows are written. */
export const COLUMNS = [
  'id', 'at_ms', 'type', 'scope', 'search_id', 'query', 'locale', 'category', 'result_ids', 'top_score',
  'confident', 'latency_ms', 'article_id', 'result_rank', 'helpful', 'reason', 'comment', 'agent', 'sample',
] as const;

type Cell = string | number | null;

const flag = (b: boolean | undefined): number | null => (b === undefined ? null : b ? 1 : 0);

/** An event as the values of one row (booleans as 0/1, ids as JSON), in COLUMNS order. */
export function toRow(e: StoredEvent): Cell[] {
  return [
    e.id, e.at, e.type, e.scope, e.searchId ?? null, e.query ?? null, e.locale ?? null, e.category ?? null,
    e.resultIds ? JSON.stringify(e.resultIds) : null, e.topScore ?? null, flag(e.confident), e.latencyMs ?? null,
    e.articleId ?? null, e.rank ?? null, flag(e.helpful), e.reason ?? null, e.comment ?? null, e.agent ?? null, e.sample ? 1 : 0,
  ];
}

/** A row read back from either store (PostgreSQL returns BIGINT as text) as an event, absent fields left out. */
export function fromRow(r: Record<string, unknown>): StoredEvent {
  const e: StoredEvent = { id: String(r.id), at: Number(r.at_ms), type: r.type as EventType, scope: r.scope as Scope };
  const text = (k: string) => (r[k] === null || r[k] === undefined ? undefined : String(r[k]));
  const num = (k: string) => (r[k] === null || r[k] === undefined ? undefined : Number(r[k]));
  const set = <K extends keyof StoredEvent>(key: K, value: StoredEvent[K] | undefined) => {
    if (value !== undefined) e[key] = value;
  };
  set('searchId', text('search_id'));
  set('query', text('query'));
  set('locale', text('locale') as Locale | undefined);
  set('category', text('category'));
  const ids = text('result_ids');
  set('resultIds', ids === undefined ? undefined : (JSON.parse(ids) as string[]));
  set('topScore', num('top_score'));
  set('confident', num('confident') === undefined ? undefined : num('confident') === 1);
  set('latencyMs', num('latency_ms'));
  set('articleId', text('article_id'));
  set('rank', num('result_rank'));
  set('helpful', num('helpful') === undefined ? undefined : num('helpful') === 1);
  set('reason', text('reason') as FeedbackReason | undefined);
  set('comment', text('comment'));
  set('agent', text('agent'));
  if (num('sample') === 1) e.sample = true;
  return e;
}

/** WHERE clause and values for a filter; `p(i)` writes the i-th placeholder of the dialect. */
export function whereClause(filter: EventFilter, p: (i: number) => string): { sql: string; values: Cell[] } {
  const parts: string[] = [];
  const values: Cell[] = [];
  const add = (sql: (ph: string) => string, v: Cell) => {
    values.push(v);
    parts.push(sql(p(values.length)));
  };
  if (filter.since !== undefined) add((ph) => `at_ms >= ${ph}`, filter.since);
  if (filter.until !== undefined) add((ph) => `at_ms < ${ph}`, filter.until);
  if (filter.scope) add((ph) => `scope = ${ph}`, filter.scope);
  if (filter.types) {
    if (!filter.types.length) parts.push('1 = 0');
    else {
      const phs = filter.types.map((t) => {
        values.push(t);
        return p(values.length);
      });
      parts.push(`type IN (${phs.join(', ')})`);
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', values };
}
