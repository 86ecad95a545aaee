/**
 * Shared end-to-end harness: the built extension (.output/chrome-mv3) loaded in Debian's Chromium
 * through playwright-core, with saved fixtures served at the sites' real URLs by request routing,
 * so the manifest's real match patterns are exercised. Nothing reaches the network.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { SITE_IDS } from '../../utils/sites/types.ts';

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
  /** The temporary profile directory (it names the browser process in `ps`). */
  profile: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra Chromium flags (e.g. a policy test's). */
  args?: string[];
  /** Another copy of the built extension (issue #5: a copy elsewhere gets its own id, so a policy for it affects no other run). */
  extensionPath?: string;
}

/** Launches Chromium with the built extension in a fresh profile; every request not routed is refused. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const build = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`no extension build at ${build}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'basirat-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      ...(options.args ?? []),
    ],
  });
  // Never hit live sites: anything without a fixture route is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const findWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const worker = await findWorker();
  const extensionId = new URL(worker.url()).host;
  const serviceWorker = async (): Promise<Worker> => {
    // Evaluating in a stopped worker waits forever: start it first (idle timeout or a test stopped it).
    await startServiceWorker(context, extensionId);
    return findWorker();
  };
  return {
    context,
    extensionId,
    profile,
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

/** The sites with a static content script (every site but the opt-in generic adapter). */
export const STATIC_SITES = SITE_IDS.filter((site) => site !== 'generic');

/** Every saved fixture of the given sites (default: every fixture folder) as [site, name]. */
export function siteFixtures(sites?: readonly string[]): Array<[string, string]> {
  const folder = resolve(ROOT, 'tests/fixtures/sites');
  return (sites ?? readdirSync(folder)).flatMap((site) =>
    readdirSync(resolve(folder, site))
      .filter((file) => file.endsWith('.html'))
      .map((file): [string, string] => [site, file.replace(/\.html$/, '')]),
  );
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

/**
 * Waits until at least `count` posts carry a state and none is pending, and returns every post's state.
 * The count matters: the content script marks posts batch by batch, and on a loaded machine the first
 * batch can settle before the rest are marked at all.
 */
export async function settledStates(page: Page, count = 1, timeout = 30_000): Promise<string[]> {
  await page.waitForFunction(
    (expected) => {
      const states = [...document.querySelectorAll('[data-basirat]')].map((el) => el.getAttribute('data-basirat'));
      return states.length >= expected && !states.includes('pending');
    },
    count,
    { timeout },
  );
  return page.$$eval('[data-basirat]', (els) => els.map((el) => el.getAttribute('data-basirat') ?? ''));
}

/** Resolves `promise`, or rejects with `message` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the extension's service worker if it is stopped, and waits until it runs (CDP ServiceWorker). */
async function startServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const scopeURL = `chrome-extension://${extensionId}/`;
  try {
    const running = new Promise<void>((resolveRunning) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.scriptURL.startsWith(scopeURL) && version.runningStatus === 'running'))
          resolveRunning();
      });
    });
    // enable reports every current version at once, so a running worker resolves straight away.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.startWorker', { scopeURL });
    await within(running, 10_000, 'the service worker did not start within 10 s');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Stops every service worker of the profile, the extension's included, as Chrome does to an idle
 * one, and waits until the extension's worker reports "stopped". The next message starts it again
 * with a fresh global scope (the classifier must be rebuilt).
 */
export async function stopServiceWorkers(session: ExtensionSession, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const prefix = `chrome-extension://${session.extensionId}/`;
  try {
    const stopped = new Promise<void>((resolveStopped) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((version) => version.scriptURL.startsWith(prefix));
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolveStopped();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await within(stopped, 10_000, 'the service worker did not stop within 10 s');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Writes `settings` to storage.local through the service worker (what the options page will do). */
export async function setSettings(session: ExtensionSession, settings: Record<string, unknown>): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** Uncaught errors and console errors of a page, the content script's isolated world included. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
