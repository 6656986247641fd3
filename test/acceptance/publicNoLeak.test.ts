import { expect } from 'chai';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import type { CompiledArticle } from '../../src/types.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Proof that the public help-center API never returns an internal article or any text
 * of an internal section: every article, every public route, every locale. Internal text
 * is also used as the query, the likeliest way to make it surface.
 */
describe('public API: no internal article or section, anywhere', () => {
  let server: TestServer;
  let articles: CompiledArticle[];
  let secrets: SecretText;
  before(async () => {
    server = await startTestServer();
    articles = readKnowledgeBase(server.indexFile).articles;
    secrets = secretText(articles);
  });
  after(() => server.close());

  it('the sample has internal articles and internal sections to protect', () => {
    expect(articles.some((a) => a.visibility === 'internal')).to.equal(true);
    expect(articles.filter((a) => a.visibility === 'public' && a.sections.some((s) => s.kind === 'internal')).length).to.be.at.least(40);
  });

  it('GET /public/api/articles/:id: 404 for internal articles, no internal section for public ones', async () => {
    expect(secrets.windows).to.be.above(100);
    for (const a of articles) {
      const r = await server.get(`/public/api/articles/${a.id}?locale=${a.locale}`);
      if (a.visibility === 'internal') {
        expect(r.status, a.id).to.equal(404);
        continue;
      }
      expect(r.status, a.id).to.equal(200);
      const shown = [r.body.title, r.body.answer, ...r.body.sections.map((x: { html: string }) => x.html), r.body.reply?.text ?? ''].join('\n');
      expect(r.body.agent, a.id).to.equal(undefined);
      expect(r.body.sections.map((s: { kind: string }) => s.kind), a.id).not.to.include('internal');
      expect(secrets.leakedIn(shown), `${a.file} leaks internal text`).to.equal(undefined);
      const internalIds = articles.filter((x) => x.visibility === 'internal').map((x) => x.id);
      expect(r.body.related.map((x: { id: string }) => x.id).filter((id: string) => internalIds.includes(id)), a.id).to.deep.equal([]);
    }
  });

  it('GET /public/api/suggest: internal text as the query finds no internal article and shows no internal text', async () => {
    const internalIds = new Set(articles.filter((a) => a.visibility === 'internal').map((a) => a.id));
    // Each internal line is a query, shown in one locale or the other in turn (both
    // locales are one document in the index; the locale only picks the text shown).
    const lines = [
      ...new Set(articles.flatMap((a) => (a.visibility === 'internal' ? a.sections : a.sections.filter((x) => x.kind === 'internal')).flatMap((x) => x.text.split('\n')))),
    ];
    expect(lines.length).to.be.above(100);
    const checked = new Set<string>();
    for (const [i, line] of lines.entries()) {
      const locale = i % 2 ? 'en' : 'zh-CN';
      const r = await server.get(`/public/api/suggest?q=${encodeURIComponent(line.slice(0, 300))}&locale=${locale}&limit=20`);
      expect(r.status).to.equal(200);
      for (const hit of r.body.hits as Array<{ id: string; snippet: string; answer: string }>) {
        expect(internalIds.has(hit.id), `internal article ${hit.id} suggested`).to.equal(false);
        for (const text of [hit.snippet, hit.answer]) {
          if (checked.has(text)) continue;
          checked.add(text);
          const shown = text.replace(/<\/?mark>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
          expect(secrets.leakedIn(shown), `snippet of ${hit.id} leaks internal text`).to.equal(undefined);
        }
      }
    }
  });

  it('GET /public/api/categories counts public articles only', async () => {
    const r = await server.get('/public/api/categories');
    const total = r.body.categories.reduce((n: number, c: { articles: number }) => n + c.articles, 0);
    expect(total).to.equal(new Set(articles.filter((a) => a.visibility === 'public').map((a) => a.id)).size);
  });

  it('the agent API does return internal articles and notes (the test would catch nothing otherwise)', async () => {
    const internal = articles.find((a) => a.visibility === 'internal')!;
    expect((await server.get(`/api/articles/${internal.id}`)).status).to.equal(200);
    const r = await server.get('/api/articles/fees-intermediary-deduction');
    expect(r.body.agent.internal).to.be.a('string').and.not.empty;
    expect(secrets.leakedIn(r.body.agent.internal), 'the leak detector sees internal notes').to.be.a('string');
  });
});

interface SecretText {
  /** How many secret windows there are. */
  windows: number;
  /** The first secret window found in `shown`, if any. */
  leakedIn(shown: string): string | undefined;
}

/**
 * Stretches of internal text that appear nowhere in public text: windows of each internal
 * line (16 characters of Chinese, 30 of English), minus any window that also occurs in a
 * public section (shared template openings like "Hello {customer name}"). Any of them in a
 * public response is a leak. Looked up by sliding over the response, so a check costs its
 * length, not the number of windows.
 */
function secretText(articles: CompiledArticle[]): SecretText {
  const publicText = articles
    .filter((a) => a.visibility === 'public')
    .flatMap((a) => [a.title, a.answer, ...a.questions, ...a.tags, ...a.sections.filter((s) => s.kind !== 'internal').map((s) => s.text)])
    .join('\n');
  const byWidth = new Map<number, Set<string>>([
    [16, new Set()],
    [30, new Set()],
  ]);
  for (const a of articles) {
    const internal = a.visibility === 'internal' ? [a.title, a.answer, ...a.sections.map((s) => s.text)] : a.sections.filter((s) => s.kind === 'internal').map((s) => s.text);
    for (const line of internal.join('\n').split('\n')) {
      const width = /[\u3400-\u9fff]/.test(line) ? 16 : 30;
      for (let i = 0; i + width <= line.length; i += width / 2) {
        const w = line.slice(i, i + width);
        if (!publicText.includes(w)) byWidth.get(width)!.add(w);
      }
    }
  }
  return {
    windows: [...byWidth.values()].reduce((n, set) => n + set.size, 0),
    leakedIn(shown) {
      for (const [width, set] of byWidth) {
        for (let i = 0; i + width <= shown.length; i++) {
          const w = shown.slice(i, i + width);
          if (set.has(w)) return w;
        }
      }
      return undefined;
    },
  };
}
