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
  before(async () => {
    server = await startTestServer();
    articles = readKnowledgeBase(server.indexFile).articles;
  });
  after(() => server.close());

  /**
   * Stretches of internal text that appear nowhere in public text: windows of each
   * internal line (16 characters of Chinese, 30 of English), minus any window that also
   * occurs in a public section (shared template openings like "Hello {customer name}").
   * Any of them in a public response is a leak.
   */
  function secretWindows(): string[] {
    const publicText = articles
      .filter((a) => a.visibility === 'public')
      .flatMap((a) => [a.title, a.answer, ...a.questions, ...a.tags, ...a.sections.filter((s) => s.kind !== 'internal').map((s) => s.text)])
      .join('\n');
    const windows = new Set<string>();
    for (const a of articles) {
      const internal = a.visibility === 'internal' ? [a.title, a.answer, ...a.sections.map((s) => s.text)] : a.sections.filter((s) => s.kind === 'internal').map((s) => s.text);
      for (const line of internal.join('\n').split('\n')) {
        const width = /[\u3400-\u9fff]/.test(line) ? 16 : 30;
        for (let i = 0; i + width <= line.length; i += width / 2) {
          const w = line.slice(i, i + width);
          if (!publicText.includes(w)) windows.add(w);
        }
      }
    }
    return [...windows];
  }

  const leaked = (shown: string, windows: string[]) => windows.find((w) => shown.includes(w));

  it('the sample has internal articles and internal sections to protect', () => {
    expect(articles.some((a) => a.visibility === 'internal')).to.equal(true);
    expect(articles.filter((a) => a.visibility === 'public' && a.sections.some((s) => s.kind === 'internal')).length).to.be.at.least(40);
  });

  it('GET /public/api/articles/:id: 404 for internal articles, no internal section for public ones', async () => {
    const windows = secretWindows();
    expect(windows.length).to.be.above(100);
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
      expect(leaked(shown, windows), `${a.file} leaks internal text`).to.equal(undefined);
      const internalIds = articles.filter((x) => x.visibility === 'internal').map((x) => x.id);
      expect(r.body.related.map((x: { id: string }) => x.id).filter((id: string) => internalIds.includes(id)), a.id).to.deep.equal([]);
    }
  });

  it('GET /public/api/suggest: internal text as the query finds no internal article and shows no internal text', async () => {
    const internalIds = new Set(articles.filter((a) => a.visibility === 'internal').map((a) => a.id));
    const windows = secretWindows();
    // Each internal line is a query; every secret window is looked for in every answer.
    const lines = new Set(
      articles.flatMap((a) => (a.visibility === 'internal' ? a.sections : a.sections.filter((x) => x.kind === 'internal')).flatMap((x) => x.text.split('\n'))),
    );
    expect(lines.size).to.be.above(100);
    for (const line of lines) {
      for (const locale of ['zh-CN', 'en']) {
        const r = await server.get(`/public/api/suggest?q=${encodeURIComponent(line.slice(0, 300))}&locale=${locale}&limit=20`);
        expect(r.status).to.equal(200);
        for (const hit of r.body.hits as Array<{ id: string; snippet: string; answer: string }>) {
          expect(internalIds.has(hit.id), `internal article ${hit.id} suggested`).to.equal(false);
          const shown = `${hit.snippet} ${hit.answer}`.replace(/<\/?mark>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
          expect(leaked(shown, windows), `snippet of ${hit.id} leaks internal text`).to.equal(undefined);
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
  });
});
