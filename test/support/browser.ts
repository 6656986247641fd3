import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ServerConfig } from '../../src/server/process/config.js';
import { CONTENT, ROOT, tempDir } from './paths.js';
import { sampleKb } from './sampleKb.js';

/** Debian's Chromium: playwright-core never downloads a browser; CI installs this one. */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
/** Without the background-networking flags Chromium keeps calling out, and this machine has no network. */
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Skips the suite with a one-line reason when Chromium is not installed. */
export function skipWithoutChromium(suite: Mocha.Context, what: string): void {
  if (!existsSync(CHROMIUM)) {
    console.log(`    skipped: ${CHROMIUM} is not installed (CI installs it), so ${what} cannot be tested in a browser`);
    suite.skip();
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/**
 * A server on a free loopback port over the sample content, with its own index file (a
 * copy of the run's one build of the sample content, which the server finds current).
 */
export function browserServerConfig(prefix: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const indexFile = join(tempDir(prefix), 'kb.sqlite');
  copyFileSync(sampleKb().file, indexFile);
  return {
    host: '127.0.0.1',
    port: 0,
    contentDir: CONTENT,
    indexFile,
    stateFile: join(dirname(indexFile), 'state.sqlite'),
    watch: false,
    agentTokens: [],
    agentRateLimit: 10_000,
    publicRateLimit: 10_000,
    ...overrides,
  };
}

/**
 * Collects console errors, uncaught exceptions and CSP violations of `page` into
 * `problems`; `allowed` are console errors the page is expected to log.
 */
export async function watchPage(page: Page, problems: string[], allowed: RegExp[] = []): Promise<void> {
  // Runs before the page's own script, outside its CSP; reports violations as console errors.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowed.some((re) => re.test(m.text()))) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
}

