import * as z from '../shared/zod.js';
import { HttpError } from '../errors.js';
import { LOCALES, type Scope } from '../types.js';
import { FEEDBACK_REASONS, MAX_COMMENT_CHARS } from './event.js';

const articleId = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article id (lowercase words joined by "-")');
// Exactly the UUIDs the API hands out: a free-form id could carry a phone number into the store.
const searchId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a searchId returned by /suggest or /assist');
const rank = z.number().int().min(1).max(100);
const locale = z.enum(LOCALES);

const open = z.strictObject({ type: z.literal('open'), articleId, searchId: searchId.optional(), rank: rank.optional(), locale: locale.optional() });
const copy = z.strictObject({ type: z.literal('copy'), articleId, searchId: searchId.optional(), rank: rank.optional(), locale: locale.optional() });
const feedback = z
  .strictObject({
    type: z.literal('feedback'),
    articleId,
    helpful: z.boolean(),
    reason: z.enum(FEEDBACK_REASONS).optional(),
    comment: z.string().max(MAX_COMMENT_CHARS).optional(),
    searchId: searchId.optional(),
    rank: rank.optional(),
    locale: locale.optional(),
  })
  .refine((f) => !(f.helpful && f.reason), { message: 'a reason is for "not helpful" only', path: ['reason'] });

const agentEvent = z.discriminatedUnion('type', [open, copy, feedback]);
const publicEvent = z.discriminatedUnion('type', [open, feedback]);

export type EventInput = z.infer<typeof agentEvent>;

const SHAPES: Record<Scope, string> = {
  agent: '{"type":"open"|"copy","articleId":"...","searchId"?,"rank"?,"locale"?} or {"type":"feedback","articleId":"...","helpful":true|false,"reason"?,"comment"?,"searchId"?,"locale"?}',
  public: '{"type":"open","articleId":"...","searchId"?,"rank"?,"locale"?} or {"type":"feedback","articleId":"...","helpful":true|false,"reason"?,"comment"?,"searchId"?,"locale"?}',
};

/** A POST /events body, validated for its scope (the public API takes open and feedback only); 400 otherwise. */
export function parseEventInput(body: unknown, scope: Scope): EventInput {
  const result = (scope === 'public' ? publicEvent : agentEvent).safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'body';
  let message = issue.message;
  if (issue.code === 'invalid_union' && issue.path[0] === 'type') message = `must be one of: ${scope === 'public' ? 'open, feedback' : 'open, copy, feedback'}`;
  if (issue.path[0] === 'reason' && issue.code === 'invalid_value') message = `must be one of: ${FEEDBACK_REASONS.join(', ')}`;
  throw new HttpError(400, 'event.invalid', `event: ${where} ${message}`, `send ${SHAPES[scope]}`);
}
