import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '../events/event.js';
import type { KnowledgeBase } from '../query/knowledgeBase.js';
import { detectLocale } from '../query/locale.js';
import { search } from '../query/search.js';
import { LOCALES, type Scope } from '../types.js';
import { seededRandom } from '../shared/seededRandom.js';
import { AGENTS, GAP_TOPICS, MISSED_WORDINGS, MIX, RISING, UNHELPFUL } from './demoScript.js';

const DAY_MS = 86_400_000;

export interface DemoOptions {
  days: number;
  /** The end of the traffic (exclusive), ms. */
  until: number;
  seed?: number;
}

/**
 * Realistic synthetic traffic over the built articles: each search is one of an article's
 * similar questions (answered, opened at the rank the real engine gives it, often copied,
 * sometimes rated), a colloquial wording the article lacks (found lower down, what
 * `kb learn` learns from), a question the content does not answer, or a search nobody
 * followed up. Every event is marked `sample: true`.
 */
export function demoTraffic(kb: KnowledgeBase, opts: DemoOptions): StoredEvent[] {
  const rnd = seededRandom(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ids = kb.ids('agent');
  const events: StoredEvent[] = [];
  const start = opts.until - opts.days * DAY_MS;
  for (let day = 0; day < opts.days; day++) {
    const dayStart = start + day * DAY_MS;
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    const recent = opts.until - dayStart <= 30 * DAY_MS;
    const searches = Math.round((weekend ? 12 : 30) * (0.8 + 0.4 * rnd()) * (1 + (0.3 * day) / opts.days));
    for (let i = 0; i < searches; i++) {
      const at = dayStart + Math.floor(((i + rnd()) / searches) * DAY_MS);
      const scope: Scope = rnd() < MIX.publicScope ? 'public' : 'agent';
      const agent = scope === 'agent' ? pick(AGENTS) : undefined;
      const roll = rnd();
      if (roll < MIX.gap) {
        events.push(...searchOnly(kb, pick(pick(GAP_TOPICS)), scope, at, agent));
        continue;
      }
      if (roll < MIX.gap + MIX.missed && scope === 'agent') {
        const [query, id] = pick(MISSED_WORDINGS);
        events.push(...answered(kb, { query, id, scope, at, agent }, rnd));
        continue;
      }
      const pool = scope === 'public' ? kb.ids('public') : ids;
      const id = recent && rnd() < 0.15 ? pick(RISING) : pick(pool);
      const article = kb.article(id, pick(LOCALES), scope)!;
      const query = article.questions.length ? pick(article.questions) : article.title;
      if (roll < MIX.gap + MIX.missed + MIX.abandoned) {
        events.push(...searchOnly(kb, query, scope, at, agent));
        continue;
      }
      events.push(...answered(kb, { query, id, scope, at, agent }, rnd));
    }
  }
  return events;
}

function searchEvent(kb: KnowledgeBase, query: string, scope: Scope, at: number, agent: string | undefined): StoredEvent {
  const result = search(kb, query, { scope, limit: 10 });
  const top = result.hits[0];
  // Forward-compatible with results that carry `confident` (relevance work); else: anything found.
  const confident = (result as { confident?: boolean }).confident ?? Boolean(top);
  return { id: randomUUID(), at, type: 'search', scope, searchId: randomUUID(), query, locale: detectLocale(query), resultIds: result.hits.map((h) => h.id), topScore: top?.score, confident, latencyMs: 1, agent, sample: true };
}

function searchOnly(kb: KnowledgeBase, query: string, scope: Scope, at: number, agent: string | undefined): StoredEvent[] {
  return [searchEvent(kb, query, scope, at, agent)];
}

function answered(kb: KnowledgeBase, s: { query: string; id: string; scope: Scope; at: number; agent: string | undefined }, rnd: () => number): StoredEvent[] {
  const found = searchEvent(kb, s.query, s.scope, s.at, s.agent);
  const position = found.resultIds!.indexOf(s.id);
  const rank = position >= 0 ? position + 1 : undefined;
  const follow = (type: StoredEvent['type'], after: number, extra: Partial<StoredEvent> = {}): StoredEvent => ({
    id: randomUUID(), at: s.at + after, type, scope: s.scope, searchId: found.searchId, articleId: s.id, rank, locale: found.locale, agent: s.agent, sample: true, ...extra,
  });
  const out = [found, follow('open', 4_000)];
  const unhelpful = UNHELPFUL[s.id];
  const rateIt = rnd() < (unhelpful ? 0.6 : MIX.feedback);
  if (rateIt && unhelpful && rnd() < unhelpful.share) {
    const reason = unhelpful.reasons[Math.floor(rnd() * unhelpful.reasons.length)]!;
    const comment = rnd() < 0.5 ? unhelpful.comments[Math.floor(rnd() * unhelpful.comments.length)] : undefined;
    out.push(follow('feedback', 30_000, { helpful: false, reason, ...(comment ? { comment } : {}) }));
    return out;
  }
  if (s.scope === 'agent' && rnd() < MIX.copy) out.push(follow('copy', 20_000));
  if (rateIt) out.push(follow('feedback', 40_000, { helpful: true }));
  return out;
}
