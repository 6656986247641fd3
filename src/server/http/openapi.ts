import { MAX_TURNS } from '../../assist/transcript.js';
import { MAX_TURN_CHARS } from '../../assist/transcriptText.js';
import { RESULT_LIMITS } from '../../query/resultLimits.js';
import { MAX_QUERY_CHARS } from '../../query/search.js';
import { LOCALES } from '../../types.js';
import { PACKAGE_VERSION } from '../../version.js';
import { eventPaths, eventStoreStatusSchema, searchIdProperty } from './openapiEvents.js';

const error = { $ref: '#/components/schemas/Error' };
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: STATUS_TEXT[s], content: { 'application/json': { schema: error } } }]));
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad input (parameter, JSON body, query too long)',
  401: 'No agent token',
  403: 'Agent token not accepted, or a write from another origin',
  404: 'Unknown article or route',
  413: 'Request body too large, or a live call over its text cap',
  415: 'A write whose body is not JSON (server without tokens)',
  429: 'Rate limit exceeded, too many wrong tokens, or a live-call cap reached',
  503: 'Knowledge base not loaded yet',
};
/**
 * Every string an article shows is either plain text or sanitised HTML, and a client must
 * know which: plain text is shown as text (escaped), never inserted as HTML, even though
 * it comes from the same editors; only the HTML fields have been through the sanitiser.
 */
const text = (description?: string) => ({ type: 'string', contentMediaType: 'text/plain', description: `Plain text${description ? `: ${description}` : ''}. Show it as text (escape it); it is not sanitised HTML.` });
const html = (description?: string) => ({ type: 'string', contentMediaType: 'text/html', description: `Sanitised HTML${description ? `: ${description}` : ''}. Safe to insert as HTML.` });
const textList = (description?: string) => ({ type: 'array', items: text(description) });

const json = (schema: object, description = 'OK') => ({ '200': { description, content: { 'application/json': { schema } } } });
const param = (name: string, description: string, schema: object, required = false) => ({ name, in: 'query', required, description, schema });
const localeParam = param('locale', 'Answer in this locale; by default the language of the query (suggest) or zh-CN.', { type: 'string', enum: LOCALES });

function knowledgePaths(prefix: string, scope: 'agent' | 'public') {
  const secured = scope === 'agent' ? { security: [{ agentToken: [] }, {}] } : {};
  const auth = scope === 'agent' ? [401, 403] : [];
  return {
    [`${prefix}/suggest`]: {
      get: {
        summary: `Ranked articles for a (partial) query, as you type (${scope})`,
        ...secured,
        parameters: [
          param('q', 'The query; the last word also matches as a prefix. Empty → no hits.', { type: 'string', maxLength: MAX_QUERY_CHARS }),
          localeParam,
          param('limit', 'Number of hits.', { type: 'integer', minimum: RESULT_LIMITS.min, maximum: RESULT_LIMITS.max, default: RESULT_LIMITS.search }),
          param('category', 'Only this category id.', { type: 'string' }),
        ],
        responses: { ...json({ $ref: '#/components/schemas/Suggestions' }), ...errors(400, ...auth, 429, 503) },
      },
    },
    [`${prefix}/articles/{id}`]: {
      get: {
        summary: `One article with its parts (${scope}${scope === 'public' ? ': public articles, no internal sections' : ''})`,
        ...secured,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } }, localeParam],
        responses: { ...json({ $ref: '#/components/schemas/Article' }), ...errors(400, ...auth, 404, 429, 503) },
      },
    },
    [`${prefix}/categories`]: {
      get: {
        summary: `Categories with article counts (${scope})`,
        ...secured,
        parameters: [localeParam],
        responses: { ...json({ $ref: '#/components/schemas/Categories' }), ...errors(400, ...auth, 429, 503) },
      },
    },
  };
}

const turnSchema = {
  type: 'object',
  required: ['speaker', 'text'],
  properties: { speaker: { enum: ['customer', 'agent'] }, text: { type: 'string', maxLength: MAX_TURN_CHARS }, at: { type: ['string', 'number'] } },
};
const jsonBody = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });
const agentOnly = { security: [{ agentToken: [] }, {}] };

const assistPaths = {
  '/api/assist': {
    post: {
      summary: 'Ranked articles for a call transcript (agent assist), optionally reranked by an LLM within a deadline',
      ...agentOnly,
      requestBody: jsonBody({
        type: 'object',
        required: ['transcript'],
        properties: { transcript: { type: 'array', maxItems: MAX_TURNS, items: turnSchema }, locale: { enum: LOCALES }, limit: { type: 'integer', minimum: RESULT_LIMITS.min, maximum: RESULT_LIMITS.max, default: RESULT_LIMITS.assist } },
      }),
      responses: { ...json({ $ref: '#/components/schemas/Assist' }), ...errors(400, 401, 403, 413, 415, 429, 503) },
    },
  },
  '/api/assist/calls': {
    post: {
      summary: 'Start following a live call; lines go to …/lines, suggestions come from …/events',
      ...agentOnly,
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { locale: { enum: LOCALES } } } } } },
      responses: {
        '201': { description: 'Created', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, lines: { type: 'string' }, events: { type: 'string' } } } } } },
        ...errors(400, 401, 403, 415, 429),
      },
    },
  },
  '/api/assist/calls/{id}/lines': {
    post: {
      summary: 'Add one turn ({speaker, text}) or several ({lines: [...]}) to a live call',
      ...agentOnly,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: jsonBody({ oneOf: [turnSchema, { type: 'object', required: ['lines'], properties: { lines: { type: 'array', items: turnSchema } } }] }),
      responses: { '202': { description: 'Accepted', content: { 'application/json': { schema: { type: 'object', properties: { turns: { type: 'integer' } } } } } }, ...errors(400, 401, 403, 404, 413, 415, 429) },
    },
  },
  '/api/assist/calls/{id}/events': {
    get: {
      summary: 'Server-Sent Events: `ready`, then `suggestions` (an Assist object plus {turns, final}) after every line (lexical first, then reranked when an LLM is configured), `end` when the call ends',
      ...agentOnly,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors(400, 401, 403, 404, 429) },
    },
  },
  '/api/assist/calls/{id}': {
    delete: { summary: 'End a live call (its transcript is dropped)', ...agentOnly, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'Ended' }, ...errors(401, 403, 404) } },
  },
};

const CONFIDENT = 'The top hit probably answers the query. False with no hits, for chit-chat and for questions the content does not cover: show the hits as candidates only (no confident match: try other words, or escalate).';

const assistSchema = {
  type: 'object',
  properties: {
    ...searchIdProperty,
    query: { type: 'string', description: 'The strongest terms derived from the transcript' },
    locale: { type: 'string' },
    confident: { type: 'boolean', description: CONFIDENT },
    hits: { type: 'array', items: { $ref: '#/components/schemas/Hit' }, description: 'Hits may carry `reason` (why the LLM put them there)' },
    matchedTerms: { type: 'array', items: { type: 'string' } },
    entities: {
      type: 'array',
      items: { type: 'object', properties: { type: { enum: ['amount', 'mt103', 'uetr', 'swift_bic', 'date', 'duration'] }, text: { type: 'string' }, value: { type: ['string', 'number'] }, currency: { type: 'string' } } },
    },
    personalData: { type: 'array', items: { enum: ['EMAIL', 'ID_NUMBER', 'CARD_OR_ACCOUNT', 'PHONE'] }, description: 'Kinds of personal data found and masked' },
    rerank: { enum: ['ok', 'timeout', 'error', 'off'], description: 'ok: the LLM order; otherwise the lexical order, and why' },
    rerankDetail: { type: 'string' },
  },
};

/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'kb-assist',
      version: PACKAGE_VERSION,
      description:
        'Knowledge base suggestions for support agents (/api, bearer token when the server has tokens configured) and a public help center (/public/api: public articles only, never internal sections). Errors are {error: {code, message, hint?}}. A server without tokens answers only loopback Host names (421 otherwise). Every string an article shows is either plain text (contentMediaType text/plain: title, tags, questions, answer, headings, placeholder names, owner, promise; show it escaped) or sanitised HTML (contentMediaType text/html: the section, reply, steps, escalation and internal HTML, and snippets).',
    },
    paths: {
      '/healthz': { get: { summary: 'The process is up', responses: json({ type: 'object', properties: { status: { const: 'ok' } } }) } },
      '/readyz': {
        get: {
          summary: 'The index is loaded: build time, content hash, last build error',
          responses: { ...json({ $ref: '#/components/schemas/Ready' }), '503': { description: 'Not loaded yet', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ready' } } } } },
        },
      },
      ...knowledgePaths('/api', 'agent'),
      ...knowledgePaths('/public/api', 'public'),
      ...assistPaths,
      ...eventPaths,
    },
    components: {
      securitySchemes: { agentToken: { type: 'http', scheme: 'bearer', description: 'One of the tokens in KB_AGENT_TOKENS' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' } } } },
        },
        Hit: {
          type: 'object',
          required: ['id', 'locale', 'title', 'category', 'answer', 'snippet', 'score', 'confidence'],
          properties: {
            id: { type: 'string' },
            locale: { type: 'string', enum: LOCALES },
            title: text('the article title'),
            category: { type: 'string' },
            answer: text('the one-line answer'),
            snippet: html('the passage that matched, escaped, with matched terms in <mark>'),
            score: { type: 'number', description: 'Ranking score; compare within one response only' },
            confidence: { type: 'number', minimum: 0, maximum: 1, description: 'How sure the ranking is that this article answers the query; comparable across queries' },
            matchedQuestion: text("the article's similar question (or title, tag) closest to the query"),
            reason: text('agent assist with an LLM rerank: why it is here, as the model wrote it'),
          },
        },
        Suggestions: {
          type: 'object',
          description: 'The Server-Timing header gives the search time (search;dur=ms).',
          required: ['searchId', 'query', 'locale', 'confident', 'hits'],
          properties: { ...searchIdProperty, query: { type: 'string' }, locale: { type: 'string' }, confident: { type: 'boolean', description: CONFIDENT }, hits: { type: 'array', items: { $ref: '#/components/schemas/Hit' } } },
        },
        Article: {
          type: 'object',
          description: 'Fields marked text/plain are plain text (show them escaped); fields marked text/html are sanitised HTML. `agent` is present on the agent API only.',
          properties: {
            id: { type: 'string' },
            locale: { type: 'string' },
            locales: { type: 'array', items: { type: 'string' } },
            title: text(),
            category: { type: 'object', properties: { id: { type: 'string' }, name: text('the category name') } },
            tags: textList('a tag'),
            questions: textList('a similar question'),
            answer: text('the one-line answer'),
            reply: {
              type: ['object', 'null'],
              properties: { text: text('the reply template, {placeholders} included'), html: html('the reply template'), placeholders: textList('a placeholder name') },
            },
            steps: { type: ['object', 'null'], properties: { items: textList('one step'), html: html('the steps') } },
            sections: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, heading: text('the section heading'), html: html('the section') } } },
            related: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: text() } } },
            agent: {
              type: 'object',
              properties: {
                visibility: { type: 'string' },
                escalation: { type: ['object', 'null'], properties: { team: text('the team to escalate to'), html: html('the escalation section') } },
                promise: text('what the agent may promise'),
                internal: { ...html('the internal notes'), type: ['string', 'null'] },
                owner: text('who keeps the article true'),
                reviewed: { type: 'string' },
                reviewDue: { type: 'string' },
                stale: { type: 'boolean' },
              },
            },
          },
        },
        Categories: {
          type: 'object',
          properties: {
            categories: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, name: text(), names: { type: 'object', additionalProperties: text() }, articles: { type: 'integer' } } },
            },
          },
        },
        Ready: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['ready', 'loading'] },
            builtAt: { type: 'string' },
            contentHash: { type: 'string' },
            articles: { type: 'integer' },
            contentChecked: {
              type: 'boolean',
              description: 'False while a large index (2,000 content files or more), served as soon as it loaded, has its content checked; content edited while no server ran is then rebuilt and swapped in',
            },
            lastBuildError: { type: ['object', 'null'], properties: { at: { type: 'string' }, message: { type: 'string' }, errors: { type: 'array', items: { type: 'string' } } } },
            events: eventStoreStatusSchema,
          },
        },
        Assist: assistSchema,
      },
    },
  };
}
