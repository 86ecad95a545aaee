/**
 * The guardian lock in the built extension (issue #5): once a PIN is set, settings changes are
 * refused by the background until it is unlocked, whether they come from the options page, the
 * popup or a hand-written message; content scripts and web pages are refused outright; wrong PINs
 * back off, and the back-off survives a service-worker restart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCKED_BY_PIN } from '../../utils/guardian/access.ts';
import type { GuardianStatus, UnlockResult } from '../../utils/guardian/types.ts';
import type { Settings } from '../../utils/settings.ts';
import {
  contentScriptSend,
  evaluateInContentScript,
  openExtensionPage,
  seriousViolations,
  sendFromPage,
  type AnyReply,
} from './extensionMessages.ts';
import { feedPageHtml } from './feedPage.ts';
import { launchExtension, ROOT, serve, stopServiceWorkers, type ExtensionSession } from './harness.ts';

const FEED_URL = 'https://x.com/home';
const PIN = 'chai-4821';

let session: ExtensionSession;
let options: Page;
let popup: Page;

function value<T>(reply: AnyReply): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.value as T;
}

async function settings(page: Page = options): Promise<Settings> {
  return value<Settings>(await sendFromPage(page, 'getSettings', {}));
}

beforeAll(async () => {
  session = await launchExtension();
  await serve(session.context, FEED_URL, feedPageHtml());
  options = await openExtensionPage(session, 'options.html');
  popup = await openExtensionPage(session, 'popup.html');
});

afterAll(async () => {
  await session?.close();
});

describe('guardian lock', () => {
  it('without a PIN, extension pages change settings', async () => {
    const status = value<GuardianStatus>(await sendFromPage(options, 'guardianStatus', {}));
    expect(status).toMatchObject({ pinSet: false, open: true });
    expect(await sendFromPage(options, 'updateSettings', { patch: { displayMode: 'blur' } })).toMatchObject({
      ok: true,
    });
    expect((await settings()).displayMode).toBe('blur');
  });

  it('sets a PIN from the options page, which then asks for it and greys out every setting', async () => {
    await options.reload();
    await options.locator('#basirat-pin-set-new').fill(PIN);
    await options.locator('#basirat-pin-set-again').fill(PIN);
    await options.locator('[data-guardian="set-pin"] button[type="submit"]').click();
    await options.locator('[data-guardian="banner"] [data-guardian="unlock"]').waitFor();
    const status = value<GuardianStatus>(await sendFromPage(options, 'guardianStatus', {}));
    expect(status).toMatchObject({ pinSet: true, open: false });
    expect(await options.locator('input[name="display"]:enabled').count()).toBe(0);
    expect(await options.locator('input[name="site-x"]').isDisabled()).toBe(true);
    const axe = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    expect(await seriousViolations(options, axe)).toEqual([]);
  });

  it('with a PIN set, settings, pausing, display mode and the PIN itself are refused from options and popup', async () => {
    // The PIN is stored only as a hash.
    const stored = await (await session.serviceWorker()).evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain(PIN);

    for (const page of [options, popup]) {
      for (const patch of [{ displayMode: 'label' }, { pausedHosts: ['x.com'] }, { sites: { x: false } }]) {
        expect(await sendFromPage(page, 'updateSettings', { patch })).toEqual({ ok: false, error: LOCKED_BY_PIN });
      }
      expect(await sendFromPage(page, 'guardianRemovePin', {})).toEqual({ ok: false, error: LOCKED_BY_PIN });
      expect(await sendFromPage(page, 'guardianSetPin', { pin: '0000' })).toEqual({ ok: false, error: LOCKED_BY_PIN });
    }
    expect(await settings()).toMatchObject({ displayMode: 'blur', pausedHosts: [] });
    expect((await settings()).sites.x).toBe(true);
  });

  it('refuses messages from a content script (a page cannot even reach the extension)', async () => {
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    // The page's own world has no way to message the extension (no externally_connectable).
    expect(
      await page.evaluate(
        () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
      ),
    ).toBe('undefined');
    // The content script's world can: its messages carry the web page's URL and are refused.
    for (const [type, payload] of [
      ['updateSettings', { patch: { displayMode: 'label' } }],
      ['guardianUnlock', { pin: PIN }],
      ['guardianRemovePin', {}],
      ['clearLocalData', {}],
    ] as const) {
      const reply = (await evaluateInContentScript(session, page, contentScriptSend(type, payload))) as AnyReply;
      expect(reply, type).toEqual({ ok: false, error: `${type} is only answered for extension pages` });
    }
    // What content scripts need still works.
    const read = (await evaluateInContentScript(session, page, contentScriptSend('getSettings', {}))) as AnyReply;
    expect(read).toMatchObject({ ok: true, value: { displayMode: 'blur' } });
    await page.close();
  });

  it('unlocks from the options page prompt, and its controls work again', async () => {
    await options.locator('#basirat-banner-unlock-pin').fill(PIN);
    await options.locator('[data-guardian="banner"] button[type="submit"]').click();
    await options.locator('[data-guardian="unlocked"]').waitFor();
    await options.locator('input[name="display"][value="label"]').check();
    await expect.poll(async () => (await settings()).displayMode, { timeout: 10_000 }).toBe('label');
    await options.locator('[data-guardian="unlocked"] button').click();
    await options.locator('[data-guardian="banner"] [data-guardian="unlock"]').waitFor();
  });

  it('unlocks with the PIN for a limited session, then locks again on request', async () => {
    const result = value<UnlockResult>(await sendFromPage(popup, 'guardianUnlock', { pin: PIN }));
    expect(result.ok).toBe(true);
    // Ten minutes from the unlock (the status is read a moment later, after hashing).
    const left = result.status.unlockedUntil! - result.status.now;
    expect(left).toBeGreaterThan(9 * 60 * 1000);
    expect(left).toBeLessThanOrEqual(10 * 60 * 1000);
    expect(await sendFromPage(options, 'updateSettings', { patch: { displayMode: 'hide' } })).toMatchObject({
      ok: true,
    });
    expect((await settings()).displayMode).toBe('hide');
    // The session survives a service-worker restart (storage.session) …
    await stopServiceWorkers(session, options);
    expect(value<GuardianStatus>(await sendFromPage(options, 'guardianStatus', {})).open).toBe(true);
    // … and ends with "Lock now".
    expect(value<GuardianStatus>(await sendFromPage(options, 'guardianLock', {})).open).toBe(false);
    expect(await sendFromPage(options, 'updateSettings', { patch: { displayMode: 'label' } })).toEqual({
      ok: false,
      error: LOCKED_BY_PIN,
    });
  });

  it('backs off after wrong PINs, and a restart of the background does not reset it', async () => {
    for (let i = 0; i < 3; i++) {
      const result = value<UnlockResult>(await sendFromPage(options, 'guardianUnlock', { pin: 'wrong-pin' }));
      expect(result).toMatchObject({ ok: false, reason: 'wrong' });
    }
    const waiting = value<GuardianStatus>(await sendFromPage(options, 'guardianStatus', {}));
    expect(waiting.failures).toBe(3);
    expect(waiting.retryAt! - waiting.now).toBeGreaterThan(25_000);
    await stopServiceWorkers(session, options);
    await options.reload();
    const after = value<UnlockResult>(await sendFromPage(options, 'guardianUnlock', { pin: PIN }));
    expect(after).toMatchObject({ ok: false, reason: 'wait', status: { failures: 3 } });
    expect(after.status.retryAt).toBe(waiting.retryAt);
  });
});
