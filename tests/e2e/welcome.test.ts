/**
 * The first-run page in the built extension (issue #3): it opens by itself on install, passes axe,
 * and choosing "blur" there changes the stored setting through the background.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './extensionMessages.ts';
import { launchExtension, ROOT, type ExtensionSession } from './harness.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

async function welcomePage(): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/welcome.html`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const page = session.context.pages().find((candidate) => candidate.url() === url);
    if (page) return page;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the welcome page did not open on install');
}

describe('first-run page', () => {
  it('opens on install, and choosing "blur" saves the display mode', async () => {
    const page = await welcomePage();
    await page.waitForLoadState('domcontentloaded');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Welcome to Basirat');
    await expect
      .poll(() => page.locator('input[name="display"][value="label"]').isChecked(), { timeout: 10_000 })
      .toBe(true);
    const axe = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    expect(await seriousViolations(page, axe)).toEqual([]);

    await page.locator('label[for="display-blur"]').click();
    await expect
      .poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toContain('Blurred, with a note');
    const worker = await session.serviceWorker();
    const stored = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toMatchObject({ displayMode: 'blur' });
  });

  it('is in Urdu, right to left, once Urdu is chosen', async () => {
    const page = await welcomePage();
    await page.locator('label[for="language-ur"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 10_000 }).toBe('rtl');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('بصیرت میں خوش آمدید');
  });
});
