import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerConfig } from '../../src/server/process/config.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { ARTIFACTS, browserServerConfig, launchChromium, skipWithoutChromium, watchPage } from '../support/browser.js';

/** The agent console in a real browser, against the real server and the sample content. */
describe('agent console (browser)', function () {
  this.timeout(120_000);

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  /** Console errors, uncaught exceptions and CSP violations, from every page. */
  const problems: string[] = [];

  let config: (overrides?: Partial<ServerConfig>) => ServerConfig;

  async function apiJson<T>(path: string): Promise<T> {
    const res = await fetch(new URL(path, server!.url));
    expect(res.status, path).to.equal(200);
    return (await res.json()) as T;
  }

  /** A fresh browser context and page; `allowed` are console errors that page is expected to log. */
  async function newPage(allowed: RegExp[] = []): Promise<{ context: BrowserContext; page: Page }> {
    const ctx = await browser!.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    ctx.setDefaultTimeout(5_000);
    const p = await ctx.newPage();
    await watchPage(p, problems, allowed);
    return { context: ctx, page: p };
  }

  /** Types like a person, then waits until the list shows the hits for exactly that text. */
  async function search(text: string, delay: number): Promise<string[]> {
    await page.locator('#search').pressSequentially(text, { delay });
    await page.waitForFunction((q) => {
      const list = document.querySelector<HTMLElement>('#suggestions');
      return list?.dataset.query === q && !list.hasAttribute('aria-busy');
    }, text);
    return page.locator('#suggestions li[data-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
  }

  before(async function () {
    skipWithoutChromium(this, 'the console');
    const base = browserServerConfig('kb-console-');
    config = (overrides = {}) => ({ ...base, ...overrides });
    [server, browser] = await Promise.all([startServer(config(), createLogger('silent')), launchChromium()]);
    ({ context, page } = await newPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with the search box focused, in Chinese, with the live-call area in place', async () => {
    await page.goto(server!.url);
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('zh-CN');
    expect(await page.locator('#live-call').count()).to.equal(1);
    expect(await page.locator('#lang-toggle').getAttribute('aria-label')).to.equal('Switch to English');
  });

  it('suggests as a colloquial Chinese question is typed, never going back to an older query, and opens the first hit with Enter', async () => {
    // Record every query the list is rendered for.
    await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('#suggestions')!;
      const seen: string[] = [];
      (window as unknown as { rendered: string[] }).rendered = seen;
      new MutationObserver(() => seen.push(list.dataset.query ?? '')).observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
    const query = '钱怎么少了25刀';
    const ids = await search(query, 150); // slower than the debounce: intermediate queries are searched too
    expect(ids[0]).to.equal('fees-intermediary-deduction');

    const rendered = await page.evaluate(() => (window as unknown as { rendered: string[] }).rendered);
    expect(rendered.length).to.be.at.least(1);
    for (let i = 1; i < rendered.length; i++) expect(rendered[i]!.length, rendered.join(' → ')).to.be.at.least(rendered[i - 1]!.length);
    for (const q of rendered) expect(query.startsWith(q), q).to.equal(true);

    const first = page.locator('#suggestions li[data-id]').first();
    expect(await first.locator('.s-title').textContent()).to.be.a('string').and.not.empty;
    expect(await first.locator('.s-answer').textContent()).to.match(/^少到账的部分/);
    expect(await first.locator('.s-snippet mark').count()).to.be.above(0);
    expect(await page.locator('#results-status').textContent()).to.match(/\d/);

    await page.keyboard.press('Enter');
    await page.locator('#article[data-id="fees-intermediary-deduction"][data-locale="zh-CN"]').waitFor();
  });

  it('shows the one-line answer first, then the reply, steps, promise, escalation and internal notes', async () => {
    const view = await apiJson<{ title: string; answer: string }>('/api/articles/fees-intermediary-deduction?locale=zh-CN');
    expect(await page.locator('#article-title').textContent()).to.equal(view.title);
    expect(await page.locator('#article-answer').textContent()).to.equal(view.answer);
    const order = await page.evaluate(() => {
      const article = document.querySelector('#article')!;
      const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
      return {
        firstBlock: article.children[1]?.id,
        answer: top('#article-answer'),
        reply: top('#reply-text'),
        promise: top('#article-promise'),
        internal: top('#article-internal'),
      };
    });
    expect(order.firstBlock, 'the first block after the title').to.equal('article-answer');
    expect(order.answer).to.be.below(order.reply);
    expect(order.reply).to.be.below(order.promise);
    expect(order.promise).to.be.below(order.internal);
    expect(await page.locator('#article-promise').textContent()).to.include('可承诺');
    expect(await page.locator('#article-escalation').textContent()).to.include('清算运营组');
    expect(await page.locator('#article-internal').textContent()).to.include('请勿向客户宣读');
    expect(await page.locator('#article .steps ol li').count()).to.be.at.least(3);
    expect(await page.locator('#article a[data-article-id="fees-charge-codes"]').count()).to.equal(1);
    expect(await page.locator('#suggestions li.is-open').getAttribute('data-id')).to.equal('fees-intermediary-deduction');
  });

  it('fills placeholders into the reply live, and copies the filled text', async () => {
    await page.locator('[data-placeholder="客户称呼"]').fill('王先生');
    await page.locator('[data-placeholder="差额"]').fill('25 美元');
    const text = (await page.locator('#reply-text').textContent()) ?? '';
    expect(text).to.include('王先生您好');
    expect(text).to.include('差额 25 美元 是');
    expect(text).not.to.include('{客户称呼}');
    expect(text).to.include('{币种}'); // still blank

    await page.locator('#copy-reply').click();
    await page.locator('#copy-status', { hasText: '已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).to.match(/^王先生您好/);
    expect(copied).to.include('差额 25 美元 是');
    expect(copied).not.to.include('<');
  });

  it('switches to English: labels, the open article and the suggestions, and remembers it', async () => {
    const en = await apiJson<{ title: string }>('/api/articles/fees-intermediary-deduction?locale=en');
    await page.locator('#lang-toggle').click();
    await page.locator('#article[data-locale="en"]').waitFor();
    await page.locator('#suggestions[data-locale="en"]:not([aria-busy])').waitFor();
    expect(await page.locator('#article-title').textContent()).to.equal(en.title);
    expect(await page.locator('#copy-reply').textContent()).to.equal('Copy reply');
    expect(await page.locator('#article-promise').textContent()).to.include('You may promise');
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('kb-console.locale')])).to.deep.equal(['en', 'en']);
    const hitLocales = await page.locator('#suggestions li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('lang')));
    expect(hitLocales.length).to.be.above(0);
    expect(new Set(hitLocales)).to.deep.equal(new Set(['en']));

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'console.png') });

    await page.reload();
    await page.locator('#article[data-id="fees-intermediary-deduction"][data-locale="en"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('en');
  });

  it('finds the right article for an English description; arrows move the selection, Escape clears', async () => {
    const ids = await search('my KYC review has been pending for three days', 20);
    expect(ids[0]).to.equal('kyc-review-time');
    const selected = () => page.locator('#suggestions li[aria-selected="true"]').getAttribute('data-id');
    await page.keyboard.press('ArrowDown');
    expect(await selected()).to.equal(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await selected()).to.equal(ids[1]);
    expect(await page.locator('#search').getAttribute('aria-activedescendant')).to.equal('suggestion-1');
    await page.keyboard.press('ArrowUp');
    expect(await selected()).to.equal(ids[0]);
    await page.keyboard.press('Enter');
    await page.locator('#article[data-id="kyc-review-time"]').waitFor();

    await page.keyboard.press('Escape');
    expect(await page.locator('#search').inputValue()).to.equal('');
    expect(await page.locator('#suggestions').isHidden()).to.equal(true);
  });

  it('says so when no article matches, and stacks on a 400px window', async () => {
    await search('qwxzvbn', 0);
    expect(await page.locator('#results-status.is-empty').textContent()).to.match(/No articles match/);
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 400, height: 800 });
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      searchBottom: document.querySelector('#search')!.getBoundingClientRect().bottom,
      articleTop: document.querySelector('#article')!.getBoundingClientRect().top,
    }));
    expect(layout.overflow, 'horizontal overflow in px').to.be.at.most(0);
    expect(layout.articleTop).to.be.above(layout.searchBottom);
    await page.screenshot({ path: join(ARTIFACTS, 'console-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows API errors inline', async () => {
    await page.route('**/api/suggest?*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'kb.loading', message: 'knowledge base not loaded yet' } }) }),
    );
    const before = problems.length;
    await search('fee', 0);
    expect(await page.locator('#results-status.is-error').textContent()).to.include('knowledge base not loaded yet');
    await page.unroute('**/api/suggest?*');
    // The browser logs the failed request itself; that one is expected here.
    const logged = problems.splice(before);
    expect(logged.every((p) => /Failed to load resource: .*503/.test(p)), logged.join('\n')).to.equal(true);
    await page.keyboard.press('Escape');
  });

  it('asks for an agent token on 401/403, keeps it for the session and sends it', async () => {
    const guarded = await startServer(config({ agentTokens: ['console-test-token'] }), createLogger('silent'));
    const tab = await newPage([/Failed to load resource: .*(401|403)/]);
    try {
      await tab.page.goto(guarded.url);
      await tab.page.locator('#token-form').waitFor({ state: 'visible' });
      await tab.page.locator('#token-input').fill('wrong-token');
      await tab.page.keyboard.press('Enter');
      await tab.page.locator('#token-message', { hasText: '不被接受' }).waitFor();
      await tab.page.locator('#token-input').fill('console-test-token');
      await tab.page.keyboard.press('Enter');
      await tab.page.locator('#token-form').waitFor({ state: 'hidden' });
      await tab.page.locator('#search').pressSequentially('KYC');
      await tab.page.locator('#suggestions li[data-id]').first().waitFor();
      expect(await tab.page.evaluate(() => sessionStorage.getItem('kb-console.token'))).to.equal('console-test-token');
      expect(await tab.page.locator('#token-form').isHidden()).to.equal(true);
    } finally {
      await tab.context.close();
      await guarded.close();
    }
  });

  it('reported no console errors, uncaught exceptions or CSP violations', async () => {
    await context.close();
    expect(problems).to.deep.equal([]);
  });
});
