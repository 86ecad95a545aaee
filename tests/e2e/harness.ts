/**
 * Shared end-to-end harness: the built extension (.output/chrome-mv3) loaded in Debian's Chromium
 * through playwright-core, with saved fixtures served at the sites' real URLs by request routing,
 * so the manifest's real match patterns are exercised. Nothing reaches the network.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv3');
export const CHROMIUM = process.env.BASIRAT_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra Chromium flags (e.g. a policy test's). */
  args?: string[];
}

/** Launches Chromium with the built extension in a fresh profile; every request not routed is refused. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`no extension build at ${CHROME_BUILD}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'basirat-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...(options.args ?? []),
    ],
  });
  // Never hit live sites: anything without a fixture route is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FixtureExpectation {
  url: string;
  posts: Array<{ contains: string; excludes?: string[]; kind: 'extremist' | 'benign' }>;
}

export function readFixture(site: string, name: string): { html: string; expected: FixtureExpectation } {
  const base = resolve(ROOT, 'tests/fixtures/sites', site, name);
  return {
    html: readFileSync(`${base}.html`, 'utf8'),
    expected: JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as FixtureExpectation,
  };
}

/** Serves `html` at exactly `url` (the later route wins over the catch-all abort). */
export async function serve(context: BrowserContext, url: string, html: string | (() => string)): Promise<void> {
  const target = new URL(url);
  await context.route(
    (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: typeof html === 'string' ? html : html(),
      }),
  );
}

/** Waits until no post on the page is pending, and returns every post's state. */
export async function settledStates(page: Page, timeout = 30_000): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const states = [...document.querySelectorAll('[data-basirat]')].map((el) => el.getAttribute('data-basirat'));
      return states.length > 0 && !states.includes('pending');
    },
    undefined,
    { timeout },
  );
  return page.$$eval('[data-basirat]', (els) => els.map((el) => el.getAttribute('data-basirat') ?? ''));
}
