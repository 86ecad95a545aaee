/**
 * `npm start` / `npm run demo`: the built extension (.output/chrome-mv3) in Debian's Chromium on the
 * bundled demo feeds (demo/*.html), each served at its site's real URL through request routing, so
 * the real manifest match patterns apply and nothing reaches the network.
 *
 *   npm start                                 headed: one tab per site, X in front; close the window to end
 *   npm run demo -- --screenshot out.png      headless: the X feed once labels are in, one "Why?" open
 *   npm run demo -- --screenshot fb.png --site facebook
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, serve, settledStates, type ExtensionSession } from '../tests/e2e/harness.ts';

interface DemoPage {
  site: string;
  title: string;
  file: string;
  url: string;
}

const DEMO_PAGES: readonly DemoPage[] = [
  { site: 'x', title: 'X', file: 'x.html', url: 'https://x.com/home' },
  { site: 'facebook', title: 'Facebook', file: 'facebook.html', url: 'https://www.facebook.com/' },
  { site: 'youtube', title: 'YouTube', file: 'youtube.html', url: 'https://www.youtube.com/watch?v=bS7rTdemo01' },
  { site: 'reddit', title: 'Reddit', file: 'reddit.html', url: 'https://www.reddit.com/r/pakistan/' },
];

const USAGE = `usage: npm start                                   (needs a display)
       npm run demo -- --screenshot out.png [--site x|facebook|youtube|reddit]`;

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function serveDemo(session: ExtensionSession): Promise<void> {
  for (const demo of DEMO_PAGES) {
    // Read on every request, so an edited demo page shows on reload without restarting.
    await serve(session.context, demo.url, () => readFileSync(resolve(ROOT, 'demo', demo.file), 'utf8'));
  }
}

/** One line per page: how many posts Basirat read and which it flagged. */
async function summarise(page: Page, demo: DemoPage): Promise<string> {
  const states = await settledStates(page, 60_000);
  const flagged = await page.$$eval('[data-basirat="flagged"]', (posts) =>
    posts.map((post) => post.getAttribute('data-basirat-techniques') || '(no technique)'),
  );
  const unavailable = await page.$$eval('[data-basirat-error]', (posts) => posts.length);
  let line = `${demo.title.padEnd(9)} ${states.length} posts, ${flagged.length} flagged`;
  if (flagged.length > 0) line += `: ${flagged.join('; ')}`;
  if (unavailable > 0) line += ` (${unavailable} could not reach the background)`;
  return line;
}

async function screenshot(file: string, siteId: string): Promise<void> {
  const demo = DEMO_PAGES.find((candidate) => candidate.site === siteId);
  if (!demo) throw new Error(`unknown --site ${siteId}; one of ${DEMO_PAGES.map((d) => d.site).join(', ')}`);
  const session = await launchExtension({ headless: true });
  try {
    await serveDemo(session);
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(demo.url);
    process.stdout.write(`${await summarise(page, demo)}\n`);
    // Open the first label's explanation so the picture shows what "Why?" says.
    const why = page.locator('[data-basirat="flagged"] basirat-label button.why-toggle').first();
    if ((await why.count()) > 0) {
      await why.click();
      await page.locator('[data-basirat="flagged"] basirat-label .why').first().waitFor({ state: 'visible' });
      // The click scrolled; sticky headers would be drawn mid-page in a full-page picture.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0); // no hover highlight left on the clicked post
    } else {
      process.stdout.write('note: the model flagged none of the demo posts, so the picture shows no label\n');
    }
    // Let fonts (Nastaliq, emoji) settle before the picture.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`saved ${file}\n`);
  } finally {
    await session.close();
  }
}

async function interactive(): Promise<void> {
  const session = await launchExtension({ headless: false });
  const closed = new Promise<void>((resolveClosed) => session.context.once('close', () => resolveClosed()));
  try {
    // Playwright closes the browser on Ctrl+C by itself; SIGTERM is ours to handle.
    process.once('SIGTERM', () => void session.context.close().catch(() => undefined));
    await serveDemo(session);
    const pages: Page[] = [];
    for (const demo of DEMO_PAGES) {
      const page =
        pages.length === 0
          ? (session.context.pages()[0] ?? (await session.context.newPage()))
          : await session.context.newPage();
      await page.goto(demo.url);
      pages.push(page);
    }
    for (const [index, page] of pages.entries()) process.stdout.write(`${await summarise(page, DEMO_PAGES[index]!)}\n`);
    await pages[0]!.bringToFront();
    process.stdout.write('Demo running: one tab per site. Close the browser window (or press Ctrl+C) to end.\n');
    await closed;
  } finally {
    // session.close() would wait on a browser that is already gone after Ctrl+C; remove the profile directly.
    await Promise.race([session.close(), closed]).catch(() => undefined);
    rmSync(session.profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      screenshot: { type: 'string' },
      site: { type: 'string', default: 'x' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.screenshot) {
    await screenshot(resolve(process.cwd(), values.screenshot), values.site ?? 'x');
    return;
  }
  if (!hasDisplay()) {
    process.stderr.write(
      'demo: no display (DISPLAY and WAYLAND_DISPLAY are unset), so Chromium cannot open a window.\n' +
        'On a server or in CI, take a screenshot instead:\n  npm run demo -- --screenshot out.png\n',
    );
    process.exitCode = 2;
    return;
  }
  await interactive();
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
