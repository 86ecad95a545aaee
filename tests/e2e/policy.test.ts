/**
 * Managed policy in Chromium (issue #5). Chromium reads /etc/chromium/policies/managed/*.json at
 * start; this file writes the Linux example of docs/deploy.md there for a private copy of the built
 * extension, whose unpacked id comes from its folder's path, so no other browser run on this machine
 * is affected. Checks: the policy reaches storage.managed and every getSettings, display mode forced
 * to blur blurs flagged posts, a site disabled by policy is left untouched, settings are read-only
 * under lockRequired, the options page marks what the school set, and a changed policy (display mode,
 * lock, weekly summary off) applies without a restart.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageCss } from '../../utils/dom/pageStyle.ts';
import { LOCKED_BY_POLICY } from '../../utils/guardian/access.ts';
import type { GuardianStatus } from '../../utils/guardian/types.ts';
import type { PolicyView } from '../../utils/policy/types.ts';
import type { Settings } from '../../utils/settings.ts';
import { openExtensionPage, sendFromPage, type AnyReply } from './extensionMessages.ts';
import { addPosts, feedPageHtml, waitSettled } from './feedPage.ts';
import { CHROME_BUILD, launchExtension, readFixture, ROOT, serve, type ExtensionSession } from './harness.ts';
import { extremistCandidates } from './texts.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const EXAMPLE = resolve(ROOT, 'docs/examples/chromium-linux-basirat.json');
const EXAMPLE_ID = 'abcdefghijklmnopabcdefghijklmnop';
const FEED_URL = 'https://x.com/home';

let copyDir: string;
let extensionPath: string;
let policyFile: string;
let extensionId: string;
let session: ExtensionSession;
let page: Page;

/** Chrome's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function writePolicy(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
    '3rdparty': { extensions: Record<string, Record<string, unknown>> };
  };
  const policy = { ...example['3rdparty'].extensions[EXAMPLE_ID]!, ...overrides };
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  return policy;
}

function value<T>(reply: AnyReply): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.value as T;
}

beforeAll(async () => {
  copyDir = mkdtempSync(join(tmpdir(), 'basirat-policy-'));
  extensionPath = join(copyDir, 'chrome-mv3');
  cpSync(CHROME_BUILD, extensionPath, { recursive: true });
  extensionId = unpackedId(extensionPath);
  mkdirSync(POLICY_DIR, { recursive: true });
  policyFile = join(POLICY_DIR, `basirat-e2e-${extensionId}.json`);
  writePolicy();
  session = await launchExtension({ extensionPath });
  await serve(session.context, FEED_URL, feedPageHtml());
  page = await openExtensionPage(session, 'options.html');
});

afterAll(async () => {
  rmSync(policyFile, { force: true });
  await session?.close();
  rmSync(copyDir, { recursive: true, force: true });
});

describe('a managed policy', () => {
  it('addresses the id Chrome gave the unpacked copy', () => {
    expect(session.extensionId).toBe(extensionId);
  });

  it('reaches storage.managed and is merged into every getSettings', async () => {
    const managed = await (await session.serviceWorker()).evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ displayMode: 'blur', lockRequired: true, sites: { reddit: false } });
    const settings = value<Settings>(await sendFromPage(page, 'getSettings', {}));
    expect(settings.displayMode).toBe('blur');
    expect(settings.sites.reddit).toBe(false);
    expect(settings.sites.x).toBe(true);
    expect(settings.pausedHosts).toEqual(['school.example', 'lms.school.example']);
    expect(settings.resourcePackUrl).toBe('https://school.example/basirat/resources.json');
    const policy = value<PolicyView>(await sendFromPage(page, 'getPolicy', {}));
    expect(policy.rejected).toEqual([]);
    expect(policy.managed).toEqual(
      expect.arrayContaining(['displayMode', 'sensitivity', 'sites.reddit', 'pausedHosts:school.example']),
    );
  });

  it('makes settings read-only when lockRequired is on, PIN or not', async () => {
    const status = value<GuardianStatus>(await sendFromPage(page, 'guardianStatus', {}));
    expect(status).toMatchObject({ lockedByPolicy: true, open: false });
    expect(await sendFromPage(page, 'updateSettings', { patch: { sensitivity: 'relaxed' } })).toEqual({
      ok: false,
      error: LOCKED_BY_POLICY,
    });
    expect(await sendFromPage(page, 'guardianSetPin', { pin: '123456' })).toEqual({
      ok: false,
      error: LOCKED_BY_POLICY,
    });
  });

  it('shows the options the school set as set by the school, greyed out', async () => {
    await page.reload();
    await page.locator('[data-guardian="policy-lock"]').waitFor();
    expect(await page.locator('[data-policy-managed] [data-policy-badge]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('input[name="display"]:enabled').count()).toBe(0);
    expect(await page.locator('input[name="display"][value="blur"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="site-reddit"]').isDisabled()).toBe(true);
    expect(await page.locator('input[name="site-reddit"]').isChecked()).toBe(false);
    expect(await page.locator('label:has(input[name="site-reddit"]) [data-policy-badge]').count()).toBe(1);
  });

  it('blurs flagged posts when the policy forces blur, from the first page on', async () => {
    const feed = await session.context.newPage();
    await feed.goto(FEED_URL);
    await feed.waitForFunction(
      (css) => document.getElementById('basirat-style')?.textContent === css,
      pageCss('blur'),
      {
        timeout: 30_000,
      },
    );
    const candidates = extremistCandidates();
    const ids = await addPosts(feed, candidates);
    const states = await waitSettled(feed, ids, 60_000);
    const flagged = ids.filter((_, index) => states[index]?.state === 'flagged');
    expect(flagged.length).toBeGreaterThan(0);
    const filter = await feed.evaluate(
      (id) => getComputedStyle(document.querySelector(`[data-post-id="${id}"] [data-testid="tweetText"]`)!).filter,
      flagged[0]!,
    );
    expect(filter).toContain('blur');
    await feed.close();
  });

  it('leaves a site the policy switched off alone: no data-basirat attributes', async () => {
    const { html, expected } = readFixture('reddit', 'new');
    await serve(session.context, expected.url, html);
    const reddit = await session.context.newPage();
    await reddit.goto(expected.url);
    // The x.com test above shows the content script labels within seconds; give reddit more than that.
    await reddit.waitForTimeout(4000);
    expect(await reddit.locator('[data-basirat]').count()).toBe(0);
    expect(await reddit.locator('#basirat-style').count()).toBe(0);
    await reddit.close();
  });

  it('applies a changed policy without restarting the browser', async () => {
    const feed = await session.context.newPage();
    await feed.goto(FEED_URL);
    await feed.waitForFunction(
      (css) => document.getElementById('basirat-style')?.textContent === css,
      pageCss('blur'),
      {
        timeout: 30_000,
      },
    );
    writePolicy({ displayMode: 'hide', lockRequired: false, weeklySummary: false });
    // What an administrator does after editing the file: chrome://policy → "Reload policies".
    const policyPage = await session.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await feed.waitForFunction(
      (css) => document.getElementById('basirat-style')?.textContent === css,
      pageCss('hide'),
      {
        timeout: 30_000,
      },
    );
    const status = value<GuardianStatus>(await sendFromPage(page, 'guardianStatus', {}));
    expect(status.lockedByPolicy).toBe(false);
    // weeklySummary: false turns the summary page off for everyone; the user's own feedback stays theirs.
    const summary = await openExtensionPage(session, 'summary.html');
    await summary.locator('[data-summary="off"]').waitFor();
    expect(await summary.locator('[data-summary="totals"]').count()).toBe(0);
    expect(await sendFromPage(summary, 'getSummary', {})).toEqual({
      ok: false,
      error: 'the weekly summary is turned off by your school',
    });
    expect(await sendFromPage(summary, 'exportFeedback', {})).toMatchObject({ ok: true });
    await summary.close();
    await policyPage.close();
    await feed.close();
  });
});
