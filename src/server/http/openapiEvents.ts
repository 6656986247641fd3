import { FEEDBACK_REASONS, MAX_COMMENT_CHARS } from '../../events/event.js';

/** `searchId` as every suggest and assist response carries it. */
export const searchIdProperty = {
  searchId: { type: 'string', description: 'Identifies this answer: send it with the open, copy and feedback events that follow from it' },
};

const common = {
  articleId: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  searchId: { type: 'string', maxLength: 64 },
  rank: { type: 'integer', minimum: 1, maximum: 100, description: '1-based position in the answer it came from' },
  locale: { enum: ['zh-CN', 'en'] },
};
const interaction = (type: string) => ({ type: 'object', additionalProperties: false, required: ['type', 'articleId'], properties: { type: { const: type }, ...common } });
const feedback = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'articleId', 'helpful'],
  properties: {
    type: { const: 'feedback' },
    ...common,
    helpful: { type: 'boolean' },
    reason: { enum: FEEDBACK_REASONS, description: 'Why it did not help (with helpful: false only)' },
    comment: { type: 'string', maxLength: MAX_COMMENT_CHARS, description: 'Personal data is masked before it is stored' },
  },
};

function eventPath(scope: 'agent' | 'public') {
  const agent = scope === 'agent';
  return {
    post: {
      summary: agent
        ? 'Record an open, a copy of the reply template, or feedback (X-Agent-Id: an optional label stored with it)'
        : 'Record an open or feedback on a public article (internal ids are refused like unknown ones)',
      ...(agent ? { security: [{ agentToken: [] }, {}], parameters: [{ name: 'X-Agent-Id', in: 'header', schema: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } }] } : {}),
      requestBody: { required: true, content: { 'application/json': { schema: { oneOf: agent ? [interaction('open'), interaction('copy'), feedback] : [interaction('open'), feedback] } } } },
      responses: { '202': { description: 'Queued', content: { 'application/json': { schema: { type: 'object', properties: { ok: { const: true } } } } } } },
    },
  };
}

/** POST /api/events and /public/api/events. */
export const eventPaths = { '/api/events': eventPath('agent'), '/public/api/events': eventPath('public') };

/** `/readyz` → `events`: the store's state; `off` when recording is off. */
export const eventStoreStatusSchema = {
  type: 'object',
  properties: {
    backend: { enum: ['sqlite', 'postgres'] },
    state: { enum: ['ok', 'failing', 'closed', 'off'], description: 'failing: the last write failed; events wait in the queue and are retried' },
    queued: { type: 'integer' },
    written: { type: 'integer' },
    dropped: { type: 'integer', description: 'Events dropped because the queue was full (store slow or down)' },
    lastError: { type: 'string' },
  },
};
