/**
 * How the built extension behaves on a live, changing page in Chromium: infinite scroll, SPA
 * navigation, edited posts, a service worker killed mid-session, the three display modes, hostile
 * post text and a hostile page. One browser and one page for the whole file (two cores).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageCss } from '../../utils/dom/pageStyle.ts';
import { prehideCss } from '../../utils/dom/prehide.ts';
import { DEFAULT_SETTINGS, type DisplayMode } from '../../utils/settings.ts';
import { addPosts, feedPageHtml, readStates, waitSettled, type PostState } from './feedPage.ts';
import {
  collectErrors,
  launchExtension,
  serve,
  setSettings,
  stopServiceWorkers,
  type ExtensionSession,
} from './harness.ts';
import { BENIGN, extremistCandidates } from './texts.ts';

const FEED_URL = 'https://x.com/home';

let session: ExtensionSession;
let page: Page;
let errors: string[] = [];
const dialogs: string[] = [];
/** Filled by the probe in beforeAll: texts the shipped model flags, and everyday texts it clears. */
let flaggedTexts: string[] = [];
let clearTexts: string[] = [];
let candidateCount = 0;
/** Unique texts: the score cache must not answer them, so the model itself has to run. */
let uniqueCounter = 0;

function flagged(): string {
  const text = flaggedTexts[0];
  if (text === undefined) {
    throw new Error(
      `the shipped model flags none of the ${candidateCount} extremist candidates (tests/e2e/texts.ts): ` +
        'a model problem, not an extension one; see sites.test.ts for the per-text misses',
    );
  }
  return text;
}

function everyday(index: number): string {
  return clearTexts[index % Math.max(1, clearTexts.length)] ?? BENIGN[index % BENIGN.length]!;
}

function uniqueEveryday(count: number): string[] {
  return Array.from({ length: count }, () => {
    uniqueCounter += 1;
    return `Match update ${uniqueCounter}: Pakistan need ${uniqueCounter + 40} runs from ${uniqueCounter + 30} balls`;
  });
}

function expectVerdicts(states: PostState[], texts: string[]): void {
  states.forEach((post, index) => {
    const text = texts[index]!;
    expect(post.error, `post ${index} reached the background`).toBeNull();
    if (text === flaggedTexts[0]) {
      expect(post.state, `post ${index}: ${text}`).toBe('flagged');
      expect(post.techniques ?? '').toMatch(/^[a-z_]*( [a-z_]+)*$/);
      expect(post.labels).toBe(1);
      expect(post.labelsHaveShadow).toBe(true);
    } else if (clearTexts.includes(text)) {
      expect(post.state, `post ${index}: ${text}`).toBe('clear');
      expect(post.labels).toBe(0);
    }
  });
}

function waitForState(id: number, state: string): Promise<unknown> {
  return page.waitForFunction(
    ([wanted, value]) => document.querySelector(`[data-post-id="${wanted}"]`)?.getAttribute('data-basirat') === value,
    [id, state] as const,
    { timeout: 30_000, polling: 50 },
  );
}

async function setMode(mode: DisplayMode): Promise<void> {
  await setSettings(session, { ...DEFAULT_SETTINGS, displayMode: mode });
  // The content script restyles the page when storage changes; wait for exactly that stylesheet.
  await page.waitForFunction((css) => document.getElementById('basirat-style')?.textContent === css, pageCss(mode), {
    timeout: 10_000,
  });
}

/** Computed `filter` of each post's text (blur lives there) and of its label host. */
function filters(ids: number[]): Promise<Array<{ text: string; label: string | null }>> {
  return page.evaluate(
    (wanted) =>
      wanted.map((id) => {
        const post = document.querySelector(`[data-post-id="${id}"]`)!;
        const label = post.querySelector('basirat-label');
        return {
          text: getComputedStyle(post.querySelector('[data-testid="tweetText"]')!).filter,
          label: label ? getComputedStyle(label).filter : null,
        };
      }),
    ids,
  );
}

beforeAll(async () => {
  session = await launchExtension();
  await serve(session.context, FEED_URL, feedPageHtml());
  page = await session.context.newPage();
  errors = collectErrors(page);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(FEED_URL);
  // Probe the shipped model once; the cache makes these texts cheap for the rest of the file.
  const candidates = extremistCandidates();
  candidateCount = candidates.length;
  const ids = await addPosts(page, [...candidates, ...BENIGN]);
  const states = await waitSettled(page, ids, 60_000);
  flaggedTexts = candidates.filter((_, index) => states[index]?.state === 'flagged');
  clearTexts = BENIGN.filter((_, index) => states[candidates.length + index]?.state === 'clear');
  await page.evaluate(() => window.feed.clear());
});

afterEach(async () => {
  await page.evaluate(() => window.feed.clear());
  // A blocked favicon request is the harness refusing the network, not an extension error.
  expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
  errors.length = 0;
});

afterAll(async () => {
  await session?.close();
});

describe('the probe texts', () => {
  it('the model flags at least one extremist candidate and clears the everyday posts', () => {
    console.info(`the model flags ${flaggedTexts.length} of ${candidateCount} extremist candidates`);
    expect(flaggedTexts.length, `flagged ${flaggedTexts.length} of ${candidateCount} candidates`).toBeGreaterThan(0);
    expect(clearTexts).toEqual(BENIGN);
  });
});

describe('a changing page', () => {
  it('labels posts that infinite scroll appends in chunks', async () => {
    const texts: string[] = [];
    const ids: number[] = [];
    for (let chunk = 0; chunk < 4; chunk++) {
      const batch = [everyday(chunk), everyday(chunk + 1), flagged(), everyday(chunk + 2), ...uniqueEveryday(4)];
      texts.push(...batch);
      ids.push(...(await addPosts(page, batch)));
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(100);
    }
    expectVerdicts(await waitSettled(page, ids), texts);
  });

  it('labels the new posts after an SPA navigation (pushState) and re-reads reused ones', async () => {
    const before = await addPosts(page, [everyday(0), everyday(1)]);
    await waitSettled(page, before);
    await page.evaluate(() => {
      history.pushState({}, '', '/pk_news/status/1790000000000000001');
      // React-style reuse: the first post element stays and gets the new page's text.
      document.querySelector('[data-post-id]:last-child')?.remove();
    });
    await page.evaluate(([id, text]) => window.feed.setText(id, text), [before[0]!, flagged()] as const);
    const texts = [everyday(2), flagged(), ...uniqueEveryday(2)];
    const after = await addPosts(page, texts);
    expect(page.url()).toBe('https://x.com/pk_news/status/1790000000000000001');
    expectVerdicts(await waitSettled(page, after), texts);
    await waitForState(before[0]!, 'flagged');
    expectVerdicts(await readStates(page, [before[0]!]), [flagged()]);
  });

  it('re-scores a post whose text changes (flagged → clear and clear → flagged)', async () => {
    const [wasFlagged, wasClear] = await addPosts(page, [flagged(), everyday(3)]);
    expectVerdicts(await waitSettled(page, [wasFlagged!, wasClear!]), [flagged(), everyday(3)]);
    await page.evaluate(
      ([a, b, clearText, flaggedText]) => {
        window.feed.setText(a, clearText);
        window.feed.setText(b, flaggedText);
      },
      [wasFlagged!, wasClear!, everyday(4), flagged()] as const,
    );
    await waitForState(wasFlagged!, 'clear');
    await waitForState(wasClear!, 'flagged');
    const states = await readStates(page, [wasFlagged!, wasClear!]);
    expectVerdicts(states, [everyday(4), flagged()]);
    expect(states[0]!.techniques).toBeNull();
  });

  it('keeps labelling after the service worker is killed, idle or mid-request', async () => {
    const worker = await session.serviceWorker();
    await worker.evaluate(() => Object.assign(globalThis, { basiratTestMarker: true }));
    await stopServiceWorkers(session, page);
    const texts = [flagged(), ...uniqueEveryday(3)];
    const ids = await addPosts(page, texts);
    expectVerdicts(await waitSettled(page, ids), texts);
    // A fresh global scope proves the worker really was restarted, not merely paused.
    const restarted = await session.serviceWorker();
    expect(await restarted.evaluate(() => 'basiratTestMarker' in globalThis)).toBe(false);

    // Killed while the classify requests are in flight: the content script retries, nothing stays pending.
    const moreTexts = [...uniqueEveryday(6), flagged()];
    const more = await addPosts(page, moreTexts);
    await stopServiceWorkers(session, page);
    expectVerdicts(await waitSettled(page, more), moreTexts);
    // Leave it stopped, as Chrome does when it is idle: the settings writes below must wake it.
    await stopServiceWorkers(session, page);
  });
});

describe('display modes', () => {
  afterAll(async () => {
    await setMode('label');
  });

  it('label mode: flagged posts get a label and stay readable', async () => {
    await setMode('label');
    const texts = [flagged(), everyday(0)];
    const ids = await addPosts(page, texts);
    expectVerdicts(await waitSettled(page, ids), texts);
    expect(await filters(ids)).toEqual([
      { text: 'none', label: 'none' },
      { text: 'none', label: null },
    ]);
    expect(await page.locator(`[data-post-id="${ids[0]}"] button.reveal`).count()).toBe(0);
    expect(await page.locator(`[data-post-id="${ids[0]}"] basirat-label .summary`).isVisible()).toBe(true);
  });

  it('blur mode: flagged content is blurred, the label is not, and "show" reveals it', async () => {
    const earlier = await addPosts(page, [flagged()]);
    await waitSettled(page, earlier);
    await setMode('blur');
    const texts = [flagged(), everyday(1)];
    const ids = await addPosts(page, texts);
    expectVerdicts(await waitSettled(page, ids), texts);
    const [flaggedFilter, clearFilter] = await filters(ids);
    expect(flaggedFilter!.text).toContain('blur');
    expect(flaggedFilter!.label).toBe('none');
    expect(clearFilter!.text).toBe('none');
    // A post labelled before the switch is covered too.
    await page.waitForFunction(
      (id) =>
        getComputedStyle(document.querySelector(`[data-post-id="${id}"] [data-testid="tweetText"]`)!).filter.includes(
          'blur',
        ),
      earlier[0]!,
      { timeout: 10_000 },
    );
    expect((await filters(earlier))[0]!.text).toContain('blur');

    const reveal = page.locator(`[data-post-id="${ids[0]}"] button.reveal`);
    await reveal.click();
    await page.waitForSelector(`[data-post-id="${ids[0]}"][data-basirat-revealed]`);
    expect((await filters([ids[0]!]))[0]!.text).toBe('none');
    await reveal.click();
    await page.waitForSelector(`[data-post-id="${ids[0]}"]:not([data-basirat-revealed])`);
    expect((await filters([ids[0]!]))[0]!.text).toContain('blur');
  });

  it('hide mode: pending posts are invisible, clear posts appear, flagged posts stay covered', async () => {
    await setMode('hide');
    const seenBefore = (await page.evaluate(() => window.feed.pendingVisibility())).length;
    const texts = [everyday(2), flagged(), ...uniqueEveryday(4)];
    const ids = await addPosts(page, texts);
    expectVerdicts(await waitSettled(page, ids), texts);
    const whilePending = (await page.evaluate(() => window.feed.pendingVisibility())).slice(seenBefore);
    expect(whilePending.length).toBeGreaterThanOrEqual(texts.length);
    expect(new Set(whilePending)).toEqual(new Set(['hidden']));
    const visibility = await page.evaluate(
      (wanted) =>
        wanted.map((id) => {
          const text = document.querySelector(`[data-post-id="${id}"] [data-testid="tweetText"] span`)!;
          return getComputedStyle(text).visibility;
        }),
      ids,
    );
    expect(visibility).toEqual(ids.map(() => 'visible'));
    const [clearFilter, flaggedFilter] = await filters(ids.slice(0, 2));
    expect(clearFilter!.text).toBe('none');
    expect(flaggedFilter!.text).toContain('blur');
    expect(await page.locator(`[data-post-id="${ids[1]}"] button.reveal`).isVisible()).toBe(true);
  });
});

describe('hide mode is flash-proof', () => {
  const FLASH_URL = 'https://x.com/i/flash-check';

  async function prehideIds(): Promise<string[]> {
    const worker = await session.serviceWorker();
    const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    return scripts.map((script) => script.id).filter((id) => id.startsWith('basirat-prehide-'));
  }

  async function waitForPrehide(registered: boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while ((await prehideIds()).includes('basirat-prehide-x') !== registered) {
      if (Date.now() > deadline) throw new Error(`hide-mode stylesheet registered should be ${registered}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('registers the document_start stylesheets in hide mode only', async () => {
    await setMode('label');
    await waitForPrehide(false);
    await setMode('hide');
    await waitForPrehide(true);
    expect((await prehideIds()).sort()).toEqual(
      ['facebook', 'instagram', 'reddit', 'telegram', 'tiktok', 'whatsapp', 'x', 'youtube'].map(
        (site) => `basirat-prehide-${site}`,
      ),
    );
  });

  it('never paints unscored text: posts in the page HTML, then a 400-post append', async () => {
    await setMode('hide');
    await waitForPrehide(true);
    const initial = [...uniqueEveryday(30), flagged(), everyday(0)];
    await serve(session.context, FLASH_URL, feedPageHtml('Home / X', { initialPosts: initial, flashMonitor: true }));
    const flashPage = await session.context.newPage();
    const flashErrors = collectErrors(flashPage);
    try {
      await flashPage.goto(FLASH_URL);
      await waitSettled(
        flashPage,
        initial.map((_, id) => id),
        60_000,
      );
      const appended = await addPosts(flashPage, uniqueEveryday(400));
      await waitSettled(flashPage, appended, 60_000);
      const report = await flashPage.evaluate(() => window.flashMonitor!.report());
      expect(report.checked).toBe(initial.length + appended.length);
      expect(report.flashes).toEqual([]);
      // Scored everyday posts are readable again; every text block was released.
      const shown = await flashPage.evaluate(() => ({
        hiddenClear: [
          ...document.querySelectorAll('article[data-basirat="clear"] [data-testid="tweetText"] span'),
        ].filter((span) => getComputedStyle(span).visibility !== 'visible').length,
        unread: document.querySelectorAll('[data-testid="tweetText"]:not([data-basirat-text])').length,
      }));
      expect(shown).toEqual({ hiddenClear: 0, unread: 0 });
      expect(flashErrors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
    } finally {
      await flashPage.close();
    }
  });

  it('ends by itself when nothing claims the text (the stylesheet alone, no extension involved)', async () => {
    const url = 'https://failsafe.example/';
    const css = prehideCss('[data-testid="tweetText"]', 1500);
    await serve(
      session.context,
      url,
      `<!doctype html><style>${css}</style><style>[data-testid="tweetText"] span { visibility: visible; }</style>` +
        '<div data-testid="tweetText"><span id="text">unclaimed</span></div>',
    );
    const plain = await session.context.newPage();
    try {
      await plain.goto(url);
      const visibility = (): Promise<string> =>
        plain.evaluate(() => getComputedStyle(document.getElementById('text')!).visibility);
      // Hidden despite the page's own rule on the span, then shown once the failsafe runs out.
      expect(await visibility()).toBe('hidden');
      await plain.waitForFunction(
        () => getComputedStyle(document.getElementById('text')!).visibility === 'visible',
        undefined,
        { timeout: 10_000, polling: 100 },
      );
    } finally {
      await plain.close();
    }
  });
});

describe('hostile content', () => {
  it('keeps a post whose text is markup as inert text', async () => {
    const payload = '<img src=x onerror="window.basiratXss = 1; alert(1)">';
    const texts = [payload, `${flagged()} ${payload}`];
    const ids = await addPosts(page, texts);
    await waitSettled(page, ids);
    const found = await page.evaluate((wanted) => {
      const labels = [...document.querySelectorAll('basirat-label')];
      return {
        images: document.querySelectorAll('img').length,
        imagesInLabels: labels.reduce((n, label) => n + (label.shadowRoot?.querySelectorAll('img').length ?? 0), 0),
        xss: 'basiratXss' in window,
        text: document.querySelector(`[data-post-id="${wanted}"] [data-testid="tweetText"]`)?.textContent,
      };
    }, ids[0]!);
    expect(found).toEqual({ images: 0, imagesInLabels: 0, xss: false, text: payload });
    expect(dialogs).toEqual([]);
  });

  it('survives a page that deletes and restyles its labels and stylesheet', async () => {
    const first = await addPosts(page, [flagged(), everyday(0)]);
    await waitSettled(page, first);
    await page.evaluate(() => {
      for (const label of document.querySelectorAll('basirat-label')) label.remove();
      document.getElementById('basirat-style')?.remove();
      for (const post of document.querySelectorAll('[data-basirat]')) post.removeAttribute('data-basirat');
      const style = document.createElement('style');
      style.textContent = 'basirat-label { display: none !important; visibility: hidden !important; }';
      document.head.append(style);
    });
    const texts = [flagged(), everyday(1), ...uniqueEveryday(2)];
    const ids = await addPosts(page, texts);
    expectVerdicts(await waitSettled(page, ids), texts);
    // What the page took away is put back, and its rules do not reach into our label.
    expectVerdicts(await waitSettled(page, first), [flagged(), everyday(0)]);
    await page.waitForSelector('#basirat-style', { state: 'attached' });
    const display = await page.evaluate((id) => {
      const label = document.querySelector(`[data-post-id="${id}"] basirat-label`);
      return label ? getComputedStyle(label).display : 'missing';
    }, ids[0]!);
    expect(display).toBe('block');
    await page.waitForFunction(
      (id) => document.querySelector(`[data-post-id="${id}"] basirat-label`) !== null,
      first[0]!,
      { timeout: 10_000 },
    );
  });
});
