import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StoredEvent } from '../../src/events/event.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { browserServerConfig, launchChromium, skipWithoutChromium, watchPage } from '../support/browser.js';

const PHONE = '13812345678';

/**
 * Issue 9 end to end: what an agent does in the console (open, copy, helpful, not helpful
 * with a reason and a comment) reaches the real server's POST /api/events and is stored in
 * its SQLite state file, masked, tied to the search it came from. Nothing is intercepted.
 */
describe('agent console: events stored end to end (browser, real server and state file)', function () {
  this.timeout(120_000);

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  before(async function () {
    skipWithoutChromium(this, 'the console\'s events');
    // A long folding window: on a busy machine one fill() must stay one search.
    const config = browserServerConfig('kb-feedback-', { events: { enabled: true, retentionDays: 180, collapseWindowMs: 60_000 } });
    [server, browser] = await Promise.all([startServer(config, createLogger('silent')), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await watchPage(page, problems);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The stored events once `done` holds, polling the store (flushed each time); the ceiling is the test's timeout. */
  async function storedWhen(done: (events: StoredEvent[]) => boolean): Promise<StoredEvent[]> {
    const store = server!.recorder.store!;
    for (;;) {
      await store.flush();
      const events = await store.list({});
      if (done(events)) return events;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const ofType = (events: StoredEvent[], type: StoredEvent['type']) => events.filter((e) => e.type === type);

  it('stores open, copy, helpful and not helpful (reason, masked comment) with the searchId and rank of their search', async () => {
    await page.goto(new URL('/?agent=team-a-07', server!.url).href);
    const answered = page.waitForResponse((r) => r.url().includes('/api/suggest?'));
    await page.locator('#search').fill('钱怎么少了25刀');
    const suggest = (await (await answered).json()) as { searchId: string; hits: Array<{ id: string }> };
    await page.waitForFunction(() => {
      const list = document.querySelector<HTMLElement>('#suggestions');
      return list?.dataset.query === '钱怎么少了25刀' && !list.hasAttribute('aria-busy');
    });
    const ids = suggest.hits.map((h) => h.id);
    expect(ids.length).to.be.above(1);

    await page.locator('#suggestions li[data-id]').nth(1).click();
    await page.locator(`#article[data-id="${ids[1]}"] #reply-text`).waitFor();
    await page.locator('#copy-reply').click();
    await page.locator('#copy-status', { hasText: '已复制' }).waitFor();
    await page.locator('#feedback-yes').click();
    await page.locator('#feedback-no').click();
    await page.locator('#feedback-why [data-reason="incomplete"]').click();
    await page.locator('#feedback-comment').fill(`客户说打${PHONE}没人接，没写退款要几天`);
    await page.locator('#feedback-send').click();
    await page.locator('#feedback-thanks', { hasText: '谢谢' }).waitFor();

    const events = await storedWhen((all) => ofType(all, 'feedback').length === 2 && ofType(all, 'search').length === 1);
    const [search] = ofType(events, 'search');
    expect(search).to.include({ searchId: suggest.searchId, scope: 'agent', query: '钱怎么少了25刀', agent: 'team-a-07' });
    expect(search!.resultIds).to.deep.equal(ids);

    const acted = events.filter((e) => e.type !== 'search').map(({ id: _id, at: _at, ...rest }) => rest);
    const from = { scope: 'agent', articleId: ids[1], searchId: suggest.searchId, locale: 'zh-CN', agent: 'team-a-07' };
    expect(acted).to.deep.equal([
      { type: 'open', ...from, rank: 2 },
      { type: 'copy', ...from, rank: 2 },
      { type: 'feedback', ...from, helpful: true },
      { type: 'feedback', ...from, helpful: false, reason: 'incomplete', comment: '客户说打[PHONE]没人接，没写退款要几天' },
    ]);
    expect(JSON.stringify(events)).not.to.include(PHONE);
  });

  it('reported no console errors, uncaught exceptions or CSP violations', async () => {
    await context.close();
    expect(problems).to.deep.equal([]);
  });
});
