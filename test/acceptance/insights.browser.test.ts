import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoTraffic } from '../../src/demo/demoTraffic.js';
import { openEventStore } from '../../src/events/openEventStore.js';
import { createLogger } from '../../src/server/process/logger.js';
import { startServer, type RunningServer } from '../../src/server/process/startServer.js';
import { ARTIFACTS, browserServerConfig, launchChromium, skipWithoutChromium, watchPage } from '../support/browser.js';
import { sampleKb } from '../support/sampleKb.js';
import { startTestServer } from '../support/testServer.js';

describe('/insights in the browser', function () {
  let browser: Browser;
  let server: RunningServer;

  before(async function () {
    skipWithoutChromium(this, 'the insights page');
    const config = browserServerConfig('kb-insights-');
    const store = await openEventStore({ stateDir: dirname(config.stateFile) });
    for (const e of demoTraffic(sampleKb().kb, { days: 60, until: Date.now() })) store.record(e);
    await store.close();
    server = await startServer(config, createLogger('silent'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every section and draws the SVG charts, under the CSP, with no script', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    await watchPage(page, problems);
    const res = await page.goto(new URL('/insights', server.url).href);
    expect(res?.status()).to.equal(200);
    for (const id of ['volume', 'top-questions', 'gaps', 'articles', 'stale', 'teams']) expect(await page.locator(`section#${id} h2`).isVisible(), id).to.equal(true);
    expect(await page.locator('svg.chart').count()).to.equal(3);
    const bars = await page.locator('svg.chart rect').count();
    expect(bars).to.be.greaterThan(20);
    const box = await page.locator('#volume svg.chart').boundingBox();
    expect(box!.width).to.be.greaterThan(300);
    // The inline stylesheet applied (allowed by its hash): headings have the report's border.
    expect(await page.locator('h2').first().evaluate((h) => getComputedStyle(h).borderBottomStyle)).to.equal('solid');
    expect(await page.locator('.note').textContent()).to.match(/synthetic sample data/);
    expect(await page.locator('script').count()).to.equal(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'insights.png'), fullPage: true });
    expect(problems).to.deep.equal([]);
  });
});

describe('/insights over HTTP', () => {
  it('needs an agent token when tokens are set, and answers 400 for a bad period', async () => {
    const server = await startTestServer({ agentTokens: ['s3cret'] });
    try {
      expect((await server.get('/insights')).status).to.equal(401);
      expect((await server.get('/insights', { authorization: 'Bearer nope' })).status).to.equal(403);
      const ok = await server.get('/insights', { authorization: 'Bearer s3cret' });
      expect(ok.status).to.equal(200);
      expect(ok.headers.get('content-security-policy')).to.match(/style-src 'sha256-[^']+'/).and.not.match(/unsafe-inline/);
      const bad = await server.get('/insights?since=yesterday', { authorization: 'Bearer s3cret' });
      expect(bad.status).to.equal(400);
      expect(bad.body.error.code).to.equal('report.bad-date');
    } finally {
      await server.close();
    }
  });
});
