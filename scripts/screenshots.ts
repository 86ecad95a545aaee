/**
 * README screenshots of the popup and options in English and Urdu (issue #4), taken from the built
 * extension (.output/chrome-mv3) in Debian's Chromium on the bundled demo feed. Run `npx wxt build`
 * first; needs an Urdu Nastaliq font (Debian: fonts-noto-core). Writes docs/screenshots/*.png.
 *
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { addPosts, feedPageHtml, waitSettled } from '../tests/e2e/feedPage.ts';
import { launchExtension, ROOT, serve, setSettings, type ExtensionSession } from '../tests/e2e/harness.ts';
import { BENIGN, extremistCandidates } from '../tests/e2e/texts.ts';
import { DEFAULT_SETTINGS } from '../utils/settings.ts';

const FEED_URL = 'https://x.com/home';
const OUT = resolve(ROOT, 'docs/screenshots');

async function tabIdOfFeed(session: ExtensionSession): Promise<number> {
  const worker = await session.serviceWorker();
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = await worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      const entry = Object.entries(all).find(
        ([key, value]) => key.startsWith('tab:') && (value as { host?: string }).host === 'x.com',
      );
      return entry ? Number(entry[0].slice(4)) : -1;
    });
    if (id >= 0) return id;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('no tab state for the demo feed');
}

async function shoot(session: ExtensionSession, path: string, file: string, size: { width: number; height: number }) {
  const page: Page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.waitForSelector('main h1');
  await page.waitForFunction(
    () => !document.body.textContent?.includes('Loading') && !document.body.textContent?.includes('لوڈ ہو رہا ہے'),
  );
  // Fonts (Nastaliq) load lazily; screenshots must not catch the fallback face.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(OUT, file) });
  await page.close();
  console.log(`wrote docs/screenshots/${file}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launchExtension();
  try {
    await serve(session.context, FEED_URL, feedPageHtml());
    const feed = await session.context.newPage();
    await feed.goto(FEED_URL);
    // The demo feed: everyday posts and every candidate the shipped model flags.
    const candidates = extremistCandidates();
    const ids = await addPosts(feed, [...BENIGN.slice(0, 4), ...candidates, ...BENIGN.slice(4)]);
    await waitSettled(feed, ids, 90_000);
    const tabId = await tabIdOfFeed(session);

    for (const lang of ['en', 'ur'] as const) {
      await setSettings(session, { ...DEFAULT_SETTINGS, uiLanguage: lang });
      await shoot(session, `popup.html?tabId=${tabId}`, `popup-${lang}.png`, { width: 400, height: 600 });
      await shoot(session, 'options.html', `options-${lang}.png`, { width: 900, height: 1200 });
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
