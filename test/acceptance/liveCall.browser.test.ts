import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { ARTIFACTS, browserServerConfig, launchChromium, skipWithoutChromium, watchPage } from '../support/browser.js';

/** What the agent pastes: both label styles, and an unlabelled line that belongs to the customer above it. */
const PASTED = [
  '坐席：您好，请讲，有什么可以帮您？',
  '客户：我美国的买家给我汇了10,000 USD',
  'agent: 好的，您那边实际到账多少？',
  'customer: 只到账了9,975美元',
  '少了25刀，是不是中间被扣了手续费？',
].join('\n');

/** The live-call panel of the agent console in a real browser: transcript in, suggestions out over SSE. */
describe('agent console: live call (browser)', function () {
  this.timeout(120_000);

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let callId = '';
  /** Console errors, uncaught exceptions and CSP violations. */
  const problems: string[] = [];

  /** Waits until the call's suggestions are those for `turns` lines, then returns their ids. */
  async function suggestionsFor(turns: number): Promise<string[]> {
    await page.waitForFunction((n) => {
      const list = document.querySelector<HTMLElement>('#call-suggestions');
      return list?.dataset.turns === String(n) && list.dataset.final === 'true' && !list.hasAttribute('aria-busy');
    }, turns);
    return page.locator('#call-suggestions li[data-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
  }

  function transcript(): Promise<Array<{ speaker: string; text: string }>> {
    return page.locator('#call-transcript li').evaluateAll((items) =>
      items.map((li) => ({ speaker: (li as HTMLElement).dataset.speaker ?? '', text: li.querySelector('.turn-text')?.textContent ?? '' })),
    );
  }

  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  before(async function () {
    skipWithoutChromium(this, 'the live-call panel');
    [server, browser] = await Promise.all([startServer(browserServerConfig('kb-live-call-'), createLogger('silent')), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
    await watchPage(page, problems);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts a call and adds a typed customer line with Enter', async () => {
    await page.goto(server!.url);
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    expect(await page.locator('#live-call-heading').textContent()).to.equal('通话助手');
    expect(await page.locator('#call-toggle').textContent()).to.equal('开始通话');
    expect(await page.locator('#call-line').isHidden(), 'no line input before a call').to.equal(true);

    await page.locator('#call-toggle').click();
    await page.locator('#call-status[data-status="statusLive"]').waitFor(); // the event stream is open
    callId = (await page.locator('#live-call').getAttribute('data-call-id')) ?? '';
    expect(callId).to.match(/^[0-9a-f-]{36}$/);
    expect(await page.locator('#call-toggle').textContent()).to.equal('结束通话');
    expect(await page.locator('#speaker').getAttribute('data-speaker')).to.equal('customer');
    expect(await focusedId()).to.equal('call-line');

    await page.locator('#call-line').pressSequentially('喂，你好，我想问一下');
    await page.keyboard.press('Enter');
    await suggestionsFor(1);
    expect(await transcript()).to.deep.equal([{ speaker: 'customer', text: '喂，你好，我想问一下' }]);
    expect(await page.locator('#call-line').inputValue()).to.equal('');
    expect(await focusedId()).to.equal('call-line');
    expect(await page.locator('#call-transcript .turn-who').first().textContent()).to.equal('客户');
  });

  it('takes a pasted transcript in one go and suggests the intermediary-bank article, with what it understood', async () => {
    await page.locator('#call-paste-box summary').click();
    await page.locator('#call-paste').fill(PASTED);
    await page.locator('#call-paste-submit').click();
    const ids = await suggestionsFor(6);
    expect(ids[0]).to.equal('fees-intermediary-deduction');

    expect(await transcript()).to.deep.equal([
      { speaker: 'customer', text: '喂，你好，我想问一下' },
      { speaker: 'agent', text: '您好，请讲，有什么可以帮您？' },
      { speaker: 'customer', text: '我美国的买家给我汇了10,000 USD' },
      { speaker: 'agent', text: '好的，您那边实际到账多少？' },
      { speaker: 'customer', text: '只到账了9,975美元' },
      { speaker: 'customer', text: '少了25刀，是不是中间被扣了手续费？' },
    ]);
    // Newest at the bottom, and scrolled to it.
    const scroll = await page.locator('#call-transcript').evaluate((ol) => ol.scrollHeight - ol.scrollTop - ol.clientHeight);
    expect(scroll).to.be.at.most(2);
    expect(await page.locator('#call-paste').inputValue()).to.equal('');
    expect(await focusedId()).to.equal('call-line');

    expect(((await page.locator('#call-query').textContent()) ?? '').trim()).to.not.equal('');
    const amounts = await page.locator('#call-entities [data-type="amount"]').allTextContents();
    expect(amounts.some((a) => /10,000\s*USD/.test(a)), amounts.join(' | ')).to.equal(true);

    const first = page.locator('#call-suggestions li[data-id]').first();
    expect(await first.locator('.s-title').textContent()).to.be.a('string').and.not.empty;
    expect(await first.locator('.s-answer').textContent()).to.match(/^少到账的部分/);
    expect(await page.locator('#call-suggestions .s-snippet mark').count()).to.be.above(0);
    expect(await page.locator('#call-rerank').textContent(), 'no rerank configured: no AI label').to.equal('');
  });

  it('follows the customer to a new topic: a frozen account', async () => {
    await page.locator('#call-line').pressSequentially('另外我的账户今天突然被冻结了，提不了现');
    await page.keyboard.press('Enter');
    const ids = await suggestionsFor(7);
    expect(ids[0]).to.equal('security-account-frozen');
    expect(ids).to.include('fees-intermediary-deduction'); // the earlier topic is still in view
    expect((await transcript()).at(-1)).to.deep.equal({ speaker: 'customer', text: '另外我的账户今天突然被冻结了，提不了现' });
    expect(await focusedId(), 'suggestions never take the focus').to.equal('call-line');
  });

  it('opens a suggestion in the article pane on click, leaving the focus in the line input', async () => {
    await page.locator('#call-suggestions li[data-id]').first().click();
    await page.locator('#article[data-id="security-account-frozen"][data-locale="zh-CN"]').waitFor();
    expect(await page.locator('#article-title').textContent()).to.be.a('string').and.not.empty;
    expect(await page.locator('#call-suggestions li.is-open').getAttribute('data-id')).to.equal('security-account-frozen');
    expect(await focusedId()).to.equal('call-line');
    expect(new URL(page.url()).hash).to.equal('#/article/security-account-frozen');
  });

  it('follows the language toggle and fits a 400px window', async () => {
    await page.locator('#lang-toggle').click();
    await page.locator('#article[data-locale="en"]').waitFor();
    expect(await page.locator('#live-call-heading').textContent()).to.equal('Live call');
    expect(await page.locator('#call-toggle').textContent()).to.equal('End call');
    expect(await page.locator('#call-transcript .turn-who').first().textContent()).to.equal('Customer');
    await page.locator('#lang-toggle').click();
    await page.locator('#article[data-locale="zh-CN"]').waitFor();
    expect(await page.locator('#call-toggle').textContent()).to.equal('结束通话');

    await page.setViewportSize({ width: 400, height: 800 });
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      lineWidth: document.querySelector('#call-line')!.getBoundingClientRect().width,
    }));
    expect(layout.overflow, 'horizontal overflow in px').to.be.at.most(0);
    expect(layout.lineWidth).to.be.above(150);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ends the call: the server forgets it, the transcript stays until the next call', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'live-call.png') });

    await page.locator('#call-toggle').click();
    await page.locator('#live-call[data-state="ended"]').waitFor();
    await page.locator('#call-toggle:not([aria-disabled])', { hasText: '开始通话' }).waitFor();
    expect(await page.locator('#call-line').isHidden()).to.equal(true);
    expect(await page.locator('#call-suggestions li').count()).to.equal(0);
    expect(await focusedId(), 'the focus stays on the toggle').to.equal('call-toggle');
    expect(await page.locator('#call-transcript li').count()).to.equal(7);

    const res = await fetch(new URL(`/api/assist/calls/${callId}/lines`, server!.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ speaker: 'customer', text: 'hello?' }),
    });
    expect(res.status, 'the call is gone on the server').to.equal(404);
  });

  it('reported no console errors, uncaught exceptions or CSP violations', async () => {
    await context.close();
    expect(problems).to.deep.equal([]);
  });
});
