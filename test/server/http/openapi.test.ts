import { expect } from 'chai';
import { openApiDocument } from '../../../src/server/http/openapi.js';

type Schema = { type?: unknown; contentMediaType?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema };

/** Every string property of `schema`, with its path. */
function strings(schema: Schema, path: string, out: Array<[string, Schema]> = []): Array<[string, Schema]> {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('string')) out.push([path, schema]);
  for (const [k, v] of Object.entries(schema.properties ?? {})) strings(v, `${path}.${k}`, out);
  if (schema.items) strings(schema.items, `${path}[]`, out);
  if (schema.additionalProperties) strings(schema.additionalProperties, `${path}.*`, out);
  return out;
}

describe('OpenAPI: plain text vs sanitised HTML', () => {
  const schemas = (openApiDocument() as { components: { schemas: Record<string, Schema> } }).components.schemas;
  /** Ids, codes, dates and enums are not shown as prose. */
  const notProse = /\.(id|locale|locales\[\]|kind|visibility|reviewed|reviewDue|category)$/;

  it('says for every shown string of an article and a hit whether it is text/plain or text/html', () => {
    const shown = [...strings(schemas.Article!, 'Article'), ...strings(schemas.Hit!, 'Hit')].filter(([p]) => !notProse.test(p));
    expect(shown.length).to.be.above(15);
    const undocumented = shown.filter(([, s]) => s.contentMediaType !== 'text/plain' && s.contentMediaType !== 'text/html').map(([p]) => p);
    expect(undocumented).to.deep.equal([]);
  });

  it('marks the fields editors write as plain text, and only sanitiser output as HTML', () => {
    const media = Object.fromEntries([...strings(schemas.Article!, 'Article'), ...strings(schemas.Hit!, 'Hit')].map(([p, s]) => [p, s.contentMediaType]));
    for (const p of ['Article.title', 'Article.tags[]', 'Article.questions[]', 'Article.sections[].heading', 'Article.reply.placeholders[]', 'Article.agent.owner', 'Article.agent.promise', 'Hit.title']) {
      expect(media[p], p).to.equal('text/plain');
    }
    for (const p of ['Article.sections[].html', 'Article.reply.html', 'Article.steps.html', 'Article.agent.internal', 'Hit.snippet']) {
      expect(media[p], p).to.equal('text/html');
    }
  });
});
