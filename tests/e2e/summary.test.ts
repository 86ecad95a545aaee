/**
 * The weekly summary page and the exports in the built extension (issue #5): counts from real
 * labelled posts, the same page in English and Urdu, downloads that hold counts only (and the
 * user's own feedback as JSONL), retention on start, and "clear all data" with and without the lock.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GuardianStatus } from '../../utils/guardian/types.ts';
import type { WeeklySummary } from '../../utils/reports/summary.ts';
import type { Settings } from '../../utils/settings.ts';
import { openExtensionPage, seriousViolations, sendFromPage, type AnyReply } from './extensionMessages.ts';
import { addPosts, feedPageHtml, waitSettled } from './feedPage.ts';
import { launchExtension, ROOT, serve, stopServiceWorkers, type ExtensionSession } from './harness.ts';
import { BENIGN, extremistCandidates } from './texts.ts';

const FEED_URL = 'https://x.com/home';
const FEEDBACK_TEXT = 'Cricket banter that Basirat misread, shared by the user on purpose';
const DAY_MS = 24 * 60 * 60 * 1000;
const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let session: ExtensionSession;
let summaryPage: Page;
let posted: string[] = [];
let flaggedCount = 0;

function value<T>(reply: AnyReply): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.value as T;
}

/**
 * Row counts of every object store of the extension's IndexedDB, read from an extension page; empty
 * when the database does not exist (it is deleted by "clear all data" until the background reopens it).
 */
function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () =>
    !(await indexedDB.databases()).some((db) => db.name === 'basirat')
      ? {}
      : new Promise<Record<string, number>>((resolve, reject) => {
          const open = indexedDB.open('basirat');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const counts: Record<string, number> = {};
            if (names.length === 0) return resolve(counts);
            const tx = db.transaction(names, 'readonly');
            for (const name of names) {
              const request = tx.objectStore(name).count();
              request.onsuccess = () => (counts[name] = request.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(counts);
            };
          };
        }),
  );
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  session = await launchExtension();
  await serve(session.context, FEED_URL, feedPageHtml());
  const feed = await session.context.newPage();
  await feed.goto(FEED_URL);
  posted = [...extremistCandidates(), ...BENIGN];
  const ids = await addPosts(feed, posted);
  const states = await waitSettled(feed, ids, 60_000);
  flaggedCount = states.filter((state) => state.state === 'flagged').length;
  await feed.close();
  summaryPage = await openExtensionPage(session, 'summary.html');
  expect(
    value(
      await sendFromPage(summaryPage, 'feedback', {
        site: 'x',
        text: FEEDBACK_TEXT,
        verdict: 'not_propaganda',
        techniques: ['loaded_language_name_calling'],
      }),
    ),
  ).toEqual({ saved: true });
});

afterAll(async () => {
  await session?.close();
});

describe('weekly summary page', () => {
  it('shows this week’s counts, per day, technique and site', async () => {
    await summaryPage.reload();
    const totals = summaryPage.locator('[data-summary="totals"]');
    await totals.waitFor();
    const summary = value<WeeklySummary>(await sendFromPage(summaryPage, 'getSummary', {}));
    expect(summary.totals).toEqual({ scored: posted.length, flagged: flaggedCount });
    expect(await totals.textContent()).toContain(`looked at ${posted.length} posts`);
    expect(await totals.textContent()).toContain(`to ${flaggedCount} of them`);
    expect(await summaryPage.locator('[data-summary="chart"] rect').count()).toBe(14);
    expect(await summaryPage.locator('[data-summary="days"] li').count()).toBe(7);
    expect(await summaryPage.locator('[data-summary="sites"] [data-site="x"]').textContent()).toContain(
      `looked at ${posted.length}`,
    );
    expect(await summaryPage.locator('[data-summary="techniques"] [data-count-id]').count()).toBeGreaterThan(0);
    expect(await summaryPage.getByText('For parents: starting a conversation').count()).toBe(1);
    expect(await summaryPage.getByText('For teachers: a lesson idea').count()).toBe(1);
    expect(await seriousViolations(summaryPage, AXE_SOURCE)).toEqual([]);
  });

  it('never shows post text, addresses or account names', async () => {
    const text = (await summaryPage.locator('body').textContent()) ?? '';
    for (const post of posted) expect(text).not.toContain(post.slice(0, 30));
    expect(text).not.toContain(FEEDBACK_TEXT);
    expect(text).not.toMatch(/x\.com|https?:|Test account|@test_/);
  });

  it('exports the summary as JSON and CSV: counts only', async () => {
    const json = await download(summaryPage, '[data-export="json"]');
    expect(json.name).toMatch(/^basirat-summary-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text) as WeeklySummary & { format: string };
    expect(file.format).toBe('basirat-summary');
    expect(file.totals).toEqual({ scored: posted.length, flagged: flaggedCount });
    const csv = await download(summaryPage, '[data-export="csv"]');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('from,to,dimension,key,metric,count');
    expect(lines).toContain(`${file.from},${file.to},total,all,scored,${posted.length}`);
    for (const exported of [json.text, csv.text]) {
      for (const post of posted) expect(exported).not.toContain(post.slice(0, 30));
      expect(exported).not.toContain(FEEDBACK_TEXT);
    }
  });

  it('exports the user’s own feedback as JSONL', async () => {
    const feedback = await download(summaryPage, '[data-export="feedback"]');
    expect(feedback.name).toBe('basirat-feedback.jsonl');
    const lines = feedback.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ site: 'x', verdict: 'not_propaganda', text: FEEDBACK_TEXT });
  });

  it('is the same page in Urdu, right to left', async () => {
    value<Settings>(await sendFromPage(summaryPage, 'updateSettings', { patch: { uiLanguage: 'ur' } }));
    await summaryPage.reload();
    await summaryPage.locator('[data-summary="totals"]').waitFor();
    expect(await summaryPage.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ur',
      'rtl',
    ]);
    expect(await summaryPage.locator('h1').textContent()).toBe('بصیرت کے ساتھ آپ کا ہفتہ');
    expect(await seriousViolations(summaryPage, AXE_SOURCE)).toEqual([]);
    value<Settings>(await sendFromPage(summaryPage, 'updateSettings', { patch: { uiLanguage: 'auto' } }));
  });
});

describe('retention and clearing', () => {
  it('deletes cached scores older than 30 days when the background starts', async () => {
    const before = await tableCounts(summaryPage);
    expect(before.scores).toBeGreaterThan(0);
    await summaryPage.evaluate(
      (old) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('basirat');
          open.onsuccess = () => {
            const tx = open.result.transaction('scores', 'readwrite');
            tx.objectStore('scores').put({ key: 'old-entry', verdict: null, createdAt: old });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      Date.now() - 31 * DAY_MS,
    );
    expect((await tableCounts(summaryPage)).scores).toBe(before.scores! + 1);
    await stopServiceWorkers(session, summaryPage);
    // Any message starts the worker again; its start-up runs the retention.
    value(await sendFromPage(summaryPage, 'guardianStatus', {}));
    await expect.poll(async () => (await tableCounts(summaryPage)).scores, { timeout: 10_000 }).toBe(before.scores);
  });

  it('while locked, clears the data but keeps the PIN and the settings', async () => {
    value<Settings>(await sendFromPage(summaryPage, 'updateSettings', { patch: { displayMode: 'blur' } }));
    value(await sendFromPage(summaryPage, 'guardianSetPin', { pin: '246810' }));
    expect(value(await sendFromPage(summaryPage, 'clearLocalData', {}))).toEqual({ cleared: true });
    expect(Object.values(await tableCounts(summaryPage)).every((count) => count === 0)).toBe(true);
    expect(value<GuardianStatus>(await sendFromPage(summaryPage, 'guardianStatus', {}))).toMatchObject({
      pinSet: true,
      open: false,
    });
    expect(value<Settings>(await sendFromPage(summaryPage, 'getSettings', {})).displayMode).toBe('blur');
    const summary = value<WeeklySummary>(await sendFromPage(summaryPage, 'getSummary', {}));
    expect(summary.totals).toEqual({ scored: 0, flagged: 0 });
  });

  it('unlocked, clears everything: IndexedDB, storage.local and storage.session', async () => {
    await sendFromPage(summaryPage, 'feedback', { site: 'x', text: 'again', verdict: 'harmful', techniques: [] });
    value(await sendFromPage(summaryPage, 'guardianUnlock', { pin: '246810' }));
    expect(value(await sendFromPage(summaryPage, 'clearLocalData', {}))).toEqual({ cleared: true });
    expect(Object.values(await tableCounts(summaryPage)).every((count) => count === 0)).toBe(true);
    const worker = await session.serviceWorker();
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    expect(value<GuardianStatus>(await sendFromPage(summaryPage, 'guardianStatus', {}))).toMatchObject({
      pinSet: false,
      open: true,
    });
    expect(value<Settings>(await sendFromPage(summaryPage, 'getSettings', {})).displayMode).toBe('label');
  });
});
