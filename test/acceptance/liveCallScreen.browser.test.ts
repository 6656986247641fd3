import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { ARTIFACTS, browserServerConfig, launchChromium, skipWithoutChromium, watchPage } from '../support/browser.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fakeOpenAi.js';
import { contentWithStaleArticle, STALE_ID, STALE_REVIEWED } from '../support/staleContent.js';

/** A call as an agent pastes it: a card number read out, amounts, and the problem last. */
const CALL = [
  '坐席：您好，请讲，有什么可以帮您？',
  '客户：我美国的买家给我汇了10,000 USD，我的卡号是6222021234567890123',
  'agent: 好的，您那边实际到账多少？',
  'customer: 只到账了9,975美元',
  '少了25刀，是不是中间被扣了手续费？',
].join('\n');

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The live call is the moment the console exists for: everything an agent needs on one screen. */
describe('agent console: the live-call screen (browser)', function () {
  this.timeout(120_000);

  let server: RunningServer | undefined;
  let slowLlm: RunningServer | undefined;
  let fake: FakeOpenAi | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];

  before(async function () {
    skipWithoutChromium(this, 'the live-call screen');
    fake = await startFakeOpenAi(() => ({ delayMs: 10_000, content: '{}' }));
    const contentDir = contentWithStaleArticle();
    const llm = { model: 'test-model', apiKey: 'sk-test', baseURL: `${fake.url}/v1`, deadlineMs: 200, candidates: 5, cacheTtlSeconds: 60 };
    [server, slowLlm, browser] = await Promise.all([
      startServer(browserServerConfig('kb-call-screen-', { contentDir }), createLogger('silent')),
      startServer(browserServerConfig('kb-call-llm-', { contentDir, llm }), createLogger('silent')),
      launchChromium(),
    ]);
  });

  after(async () => {
    await browser?.close();
    await Promise.all([server?.close(), slowLlm?.close()]);
    await fake?.close();
  });

  async function newPage(options: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext(options);
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    await watchPage(page, problems);
    return { context, page };
  }

  /** Catches the events the console POSTs; `events(n)` waits for n of them (the test's timeout is the ceiling). */
  async function catchEvents(page: Page): Promise<(n: number) => Promise<unknown[]>> {
    const bodies: unknown[] = [];
    let wake: () => void = () => undefined;
    await page.route('**/api/events', (route) => {
      bodies.push(JSON.parse(route.request().postData() ?? 'null'));
      wake();
      return route.fulfill({ status: 202, contentType: 'application/json', body: '{"ok":true}' });
    });
    return async (n) => {
      while (bodies.length < n) await new Promise<void>((resolve) => (wake = resolve));
      return bodies;
    };
  }

  /** Starts a call, pastes CALL, waits for its final suggestions and opens the first one. */
  async function callAndOpenFirst(page: Page, url: string): Promise<string> {
    await page.goto(url);
    await page.locator('#call-toggle').click();
    await page.locator('#call-status[data-status="statusLive"]').waitFor();
    await page.locator('#call-paste-box summary').click();
    await page.locator('#call-paste').fill(CALL);
    await page.locator('#call-paste-submit').click();
    await page.waitForFunction(() => {
      const list = document.querySelector<HTMLElement>('#call-suggestions');
      return list?.dataset.turns === '5' && list.dataset.final === 'true' && !list.hasAttribute('aria-busy');
    });
    const first = page.locator('#call-suggestions li[data-id]').first();
    const id = (await first.getAttribute('data-id')) ?? '';
    await first.click();
    await page.locator(`#article[data-id="${id}"]`).waitFor();
    return id;
  }

  const boxOf = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }),
    );

  function expectInside(what: string, boxes: Box[], viewport: { width: number; height: number }): void {
    expect(boxes.length, `${what}: on the page`).to.be.above(0);
    for (const [i, b] of boxes.entries()) {
      const where = `${what}[${i}] ${JSON.stringify(b)} in ${viewport.width}×${viewport.height}`;
      expect(b.bottom - b.top, `${where}: has a height`).to.be.above(0);
      expect(b.top, where).to.be.at.least(0);
      expect(b.left, where).to.be.at.least(0);
      expect(b.bottom, where).to.be.at.most(viewport.height);
      expect(b.right, where).to.be.at.most(viewport.width);
    }
  }

  for (const viewport of [
    { width: 1366, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`shows every suggestion, what it understood and the open article without scrolling at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page } = await newPage({ viewport });
      try {
        const id = await callAndOpenFirst(page, server!.url);
        expect(id).to.equal(STALE_ID);
        const suggestions = await boxOf(page, '#call-suggestions li[data-id]');
        expect(suggestions.length, 'a live call suggests 5 articles').to.equal(5);
        expectInside('suggestion', suggestions, viewport);
        expectInside('understood line', await boxOf(page, '.call-query-row'), viewport);
        expectInside('recognised amounts', await boxOf(page, '#call-entities'), viewport);
        for (const part of ['#article-title', '#article-strip', '#strip-promise', '#strip-escalation', '#strip-due', '#article-answer', '#copy-reply']) {
          expectInside(part, await boxOf(page, part), viewport);
        }
        const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollHeight - innerHeight, list: (() => {
          const list = document.querySelector('#call-suggestions')!;
          return list.scrollHeight - list.clientHeight;
        })() }));
        expect(scroll, 'nothing scrolls: neither the page nor the suggestion list').to.deep.equal({ page: 0, list: 0 });
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `live-call-${viewport.width}x${viewport.height}.png`) });
      } finally {
        await context.close();
      }
    });
  }

  it('shows the transcript with personal data masked, as the server masks it', async () => {
    const { context, page } = await newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await callAndOpenFirst(page, server!.url);
      const lines = await page.locator('#call-transcript .turn-text').allTextContents();
      expect(lines).to.have.length(5);
      expect(lines[1]).to.equal('我美国的买家给我汇了10,000 USD，我的卡号是[CARD_OR_ACCOUNT]');
      expect(lines.join('\n')).not.to.include('6222021234567890123');
      expect(await page.locator('#call-pii').textContent()).to.equal('卡号/账号已隐藏');
    } finally {
      await context.close();
    }
  });

  it('puts the promise, the escalation team and the overdue review date at the top, and freshness in the lists', async () => {
    const { context, page } = await newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await callAndOpenFirst(page, server!.url);
      const view = (await (await fetch(new URL(`/api/articles/${STALE_ID}?locale=zh-CN`, server!.url))).json()) as { agent: { promise: string; reviewDue: string; escalation: { team: string } } };
      expect(await page.locator('#strip-promise').textContent()).to.equal(`可承诺${view.agent.promise}`);
      expect(await page.locator('#strip-escalation').textContent()).to.equal(`升级给${view.agent.escalation.team}`);
      expect(await page.locator('#strip-due').textContent()).to.include(view.agent.reviewDue);
      const [strip] = await boxOf(page, '#article-strip');
      const [answer] = await boxOf(page, '#article-answer');
      expect(strip!.bottom, 'the strip is above the answer').to.be.at.most(answer!.top);

      const fresh = page.locator(`#call-suggestions li[data-id="${STALE_ID}"] .s-fresh`);
      await page.locator(`#call-suggestions li[data-id="${STALE_ID}"] .s-fresh[data-stale="true"]`).waitFor();
      expect(await fresh.textContent()).to.equal(`复核逾期（应于 ${view.agent.reviewDue}）`);
      await page.locator('#call-suggestions li:not([data-id="fees-intermediary-deduction"]) .s-fresh[data-stale="false"]').first().waitFor();
      expect(await page.locator('#call-suggestions .s-fresh[data-stale="false"]').first().textContent()).to.match(/^复核于 \d{4}-\d{2}-\d{2}$/);
      expect(STALE_REVIEWED < view.agent.reviewDue).to.equal(true);
    } finally {
      await context.close();
    }
  });

  it('sends an `open` event for a suggestion with its rank in the live call (console behaviour)', async () => {
    const { context, page } = await newPage({ viewport: { width: 1366, height: 800 } });
    const events = await catchEvents(page);
    try {
      const id = await callAndOpenFirst(page, server!.url);
      const third = page.locator('#call-suggestions li[data-id]').nth(2);
      const thirdId = await third.getAttribute('data-id');
      await third.click();
      await page.locator(`#article[data-id="${thirdId}"]`).waitFor();
      // Both opens come from the same line's suggestions: one searchId, the server's.
      const sent = (await events(2)) as Array<{ searchId?: string }>;
      const searchId = sent[0]?.searchId;
      expect(searchId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(sent).to.deep.equal([
        { type: 'open', articleId: id, rank: 1, locale: 'zh-CN', searchId },
        { type: 'open', articleId: thirdId, rank: 3, locale: 'zh-CN', searchId },
      ]);
    } finally {
      await context.close();
    }
  });

  it('says "no confident match" in the call when the suggestions are not confident, and opens with their searchId (console behaviour)', async () => {
    // The live call's stream as the relevance and events branches will send it: a real assist
    // result for this call, plus `confident: false` and a `searchId`.
    const assist = await fetch(new URL('/api/assist', server!.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ transcript: [{ speaker: 'customer', text: '钱怎么少了25刀' }], limit: 5 }),
    });
    const result = (await assist.json()) as { hits: Array<{ id: string }> };
    const event = { ...result, confident: false, searchId: 'call-search-1', turns: 1, final: true };
    const { context, page } = await newPage({ viewport: { width: 1366, height: 800 } });
    const events = await catchEvents(page);
    await page.route('**/api/assist/calls/*/events', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream', body: `event: ready\ndata: {}\n\nevent: suggestions\ndata: ${JSON.stringify(event)}\n\n` }),
    );
    try {
      await page.goto(server!.url);
      await page.locator('#call-toggle').click();
      await page.locator('#call-confidence').waitFor();
      expect(await page.locator('#call-confidence').textContent()).to.equal('没有把握的匹配：换个说法试试，或升级处理。下面仍列出候选文章。');
      const ids = await page.locator('#call-suggestions li[data-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
      expect(ids, 'the candidates are still listed').to.deep.equal(result.hits.map((h) => h.id));
      await page.locator('#call-suggestions li[data-id]').nth(1).click();
      await page.locator(`#article[data-id="${ids[1]}"]`).waitFor();
      expect(await events(1)).to.deep.equal([{ type: 'open', articleId: ids[1], searchId: 'call-search-1', rank: 2, locale: 'zh-CN' }]);
      await page.locator('#call-toggle').click();
      await page.locator('#live-call[data-state="ended"]').waitFor();
    } finally {
      await context.close();
    }
  });

  it('highlights the matched terms inside the open article', async () => {
    const { context, page } = await newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await callAndOpenFirst(page, server!.url);
      const marked = (await page.locator('#call-suggestions li[data-id]').first().locator('.s-snippet mark').allTextContents()).map((m) => m.toLowerCase());
      const highlighted = await page.locator('#article mark.hl').allTextContents();
      expect(highlighted.length).to.be.above(0);
      for (const h of highlighted) expect(marked, h).to.include(h.toLowerCase());
      expect(await page.locator('#article-answer mark.hl').count(), 'in the answer too').to.be.above(0);
    } finally {
      await context.close();
    }
  });

  it('says in agent language when the AI ranking did not answer in time', async () => {
    const { context, page } = await newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await callAndOpenFirst(page, slowLlm!.url);
      expect(await page.locator('#call-rerank').getAttribute('data-rerank')).to.equal('timeout');
      expect(await page.locator('#call-rerank').textContent()).to.equal('AI 排序暂不可用，显示关键词匹配结果');
      await page.locator('#lang-toggle').click();
      await page.locator('#call-rerank', { hasText: 'AI ranking unavailable, showing keyword matches' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('hides keyboard hints on a touch screen (390×844), so the paste label has its room', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(server!.url);
      expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches), 'a touch screen').to.equal(true);
      await page.locator('#call-toggle').tap();
      await page.locator('#call-status[data-status="statusLive"]').waitFor();
      for (const hint of ['.kbd-hint', '.call-line-hint', '.call-paste-hint']) expect(await page.locator(hint).isHidden(), hint).to.equal(true);
      const summary = await page.locator('#call-paste-box summary').evaluate((s) => ({ width: s.scrollWidth - s.clientWidth, text: s.textContent }));
      expect(summary).to.deep.equal({ width: 0, text: '粘贴整段对话' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'no horizontal overflow').to.be.at.most(0);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'live-call-390x844-touch.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('reported no console errors, uncaught exceptions or CSP violations', () => {
    expect(problems).to.deep.equal([]);
  });
});
