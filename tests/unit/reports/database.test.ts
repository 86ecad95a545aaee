import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addAggregates, dayOf } from '../../../utils/background/aggregates.ts';
import { createScoreCache } from '../../../utils/background/scoreCache.ts';
import { openDb, SCORE_TTL_MS, type BasiratDb } from '../../../utils/db.ts';
import { createMemoryArea } from '../../../utils/guardian/kv.ts';
import { BACKOFF_KEY, createGuardian, PIN_KEY } from '../../../utils/guardian/service.ts';
import type { PostVerdict } from '../../../utils/messaging.ts';
import { createReportsService } from '../../../utils/reports/service.ts';
import { createLockAwareClear } from '../../../utils/retention/lockAwareClear.ts';
import { RETENTION_ALARM, scheduleRetention } from '../../../utils/retention/schedule.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 28, 12).getTime();
let dbs: BasiratDb[] = [];
let counter = 0;

function freshDb(): BasiratDb {
  counter += 1;
  const db = openDb(`basirat-test-${counter}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

const FLAGGED: PostVerdict = {
  flagged: true,
  severity: 'high',
  confidence: 0.9,
  harms: ['extremist_propaganda'],
  techniques: ['us_vs_them_flag_waving'],
  evidence: [],
  lang: 'en',
};
const CLEAR: PostVerdict = { ...FLAGGED, flagged: false, harms: [], techniques: [] };

describe('retention: cached scores expire after 30 days', () => {
  it('deletes entries older than SCORE_TTL_MS and keeps newer ones', async () => {
    const db = freshDb();
    await db.scores.bulkPut([
      { key: 'old', verdict: CLEAR, createdAt: NOW - SCORE_TTL_MS - 1 },
      { key: 'edge', verdict: CLEAR, createdAt: NOW - SCORE_TTL_MS },
      { key: 'new', verdict: CLEAR, createdAt: NOW - DAY_MS },
    ]);
    const cache = createScoreCache(() => db);
    expect(await cache.expire(NOW)).toBe(1);
    expect((await db.scores.toArray()).map((entry) => entry.key).sort()).toEqual(['edge', 'new']);
    // Exactly 30 days old stays; one millisecond more and it goes.
    expect(await cache.expire(NOW + 1)).toBe(1);
    expect(await cache.expire(NOW + 28 * DAY_MS)).toBe(0);
    expect(await cache.expire(NOW - DAY_MS + SCORE_TTL_MS)).toBe(0);
    expect(await cache.expire(NOW - DAY_MS + SCORE_TTL_MS + 1)).toBe(1);
    expect(await db.scores.count()).toBe(0);
  });

  it('runs on start and on every retention alarm', async () => {
    const db = freshDb();
    let clock = NOW;
    const cache = createScoreCache(() => db);
    await db.scores.put({ key: 'a', verdict: CLEAR, createdAt: NOW - 31 * DAY_MS });
    let onAlarm: (alarm: { name: string }) => void = () => undefined;
    const created: Array<{ name: string; period: number }> = [];
    const removed = await scheduleRetention({
      expire: () => cache.expire(clock),
      alarms: {
        create: (name, info) => void created.push({ name, period: info.periodInMinutes }),
        onAlarm: { addListener: (listener) => (onAlarm = listener) },
      },
    });
    expect(removed).toBe(1);
    expect(created).toEqual([{ name: RETENTION_ALARM, period: 720 }]);

    await db.scores.put({ key: 'b', verdict: CLEAR, createdAt: NOW });
    clock = NOW + 31 * DAY_MS;
    onAlarm({ name: 'something-else' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.scores.count()).toBe(1);
    onAlarm({ name: RETENTION_ALARM });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.scores.count()).toBe(0);
  });

  it('logs instead of failing when expiring fails', async () => {
    const logs: string[] = [];
    const removed = await scheduleRetention({
      expire: () => Promise.reject(new Error('disk full')),
      log: (message) => logs.push(message),
    });
    expect(removed).toBe(0);
    expect(logs[0]).toMatch(/disk full/);
  });
});

describe('reports from the database', () => {
  it('summarises aggregate counts per day, technique and site', async () => {
    const db = freshDb();
    await addAggregates(db, 'x', [FLAGGED, CLEAR, CLEAR], NOW);
    await addAggregates(db, 'x', [FLAGGED], NOW);
    await addAggregates(db, 'reddit', [CLEAR], NOW - 2 * DAY_MS);
    await addAggregates(db, 'reddit', [FLAGGED], NOW - 10 * DAY_MS);
    const reports = createReportsService(
      () => db,
      () => NOW,
    );
    const summary = await reports.summary({});
    expect(summary.to).toBe(dayOf(NOW));
    expect(summary.totals).toEqual({ scored: 5, flagged: 2 });
    expect(summary.techniques.us_vs_them_flag_waving).toBe(2);
    expect(summary.harms.extremist_propaganda).toBe(2);
    expect(summary.sites).toEqual([
      { site: 'x', scored: 4, flagged: 2 },
      { site: 'reddit', scored: 1, flagged: 0 },
    ]);
    const month = await reports.summary({ days: 30 });
    expect(month.days).toHaveLength(30);
    expect(month.totals).toEqual({ scored: 6, flagged: 3 });
  });

  it('exports the feedback the user gave, oldest first', async () => {
    const db = freshDb();
    await db.feedback.add({
      createdAt: NOW,
      site: 'x',
      verdict: 'harmful',
      techniques: [],
      text: 'second',
      modelVersion: 'm',
    });
    await db.feedback.add({
      createdAt: NOW - DAY_MS,
      site: 'x',
      verdict: 'not_propaganda',
      techniques: [],
      text: 'first',
      modelVersion: 'm',
    });
    const { jsonl, count } = await createReportsService(() => db).feedbackJsonl();
    expect(count).toBe(2);
    expect(
      jsonl
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).text),
    ).toEqual(['first', 'second']);
  });
});

describe('clear all data', () => {
  /** What issue #4's clearLocalData does (utils/background/uiServices.ts + uiHandlers.ts). */
  async function clearEverything(
    db: BasiratDb,
    local: ReturnType<typeof createMemoryArea>,
    session: ReturnType<typeof createMemoryArea>,
  ) {
    await db.delete({ disableAutoOpen: false });
    await local.clear();
    await session.clear();
  }

  async function fill(db: BasiratDb) {
    await db.scores.put({ key: 'k', verdict: CLEAR, createdAt: NOW });
    await addAggregates(db, 'x', [FLAGGED], NOW);
    await db.feedback.add({
      createdAt: NOW,
      site: 'x',
      verdict: 'harmful',
      techniques: [],
      text: 't',
      modelVersion: 'm',
    });
  }

  async function rowCounts(db: BasiratDb): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of db.tables) counts[table.name] = await table.count();
    return counts;
  }

  it('empties every Dexie table, storage.local and storage.session when the lock is open', async () => {
    const db = freshDb();
    await fill(db);
    const local = createMemoryArea({ settings: { displayMode: 'blur' }, 'lessons.progress': { a: 1 } });
    const session = createMemoryArea({ 'tabs.7': { flagged: 1 } });
    const guardian = createGuardian({ local, session, iterations: 1000 });
    await guardian.setPin('2468');
    await guardian.unlock('2468');
    const clear = createLockAwareClear({ local, lockOpen: () => guardian.isOpen(), settingsKeys: ['settings'] });
    const { kept } = await clear.run(() => clearEverything(db, local, session));
    expect(kept).toEqual([]);
    expect(Object.values(await rowCounts(db)).every((count) => count === 0)).toBe(true);
    expect(Object.keys(await rowCounts(db))).toEqual(expect.arrayContaining(['scores', 'aggregates', 'feedback']));
    expect(local.dump()).toEqual({});
    expect(session.dump()).toEqual({});
    expect((await guardian.status()).pinSet).toBe(false);
  });

  it('while locked, still deletes the data but keeps the PIN, its back-off and the settings', async () => {
    const db = freshDb();
    await fill(db);
    const local = createMemoryArea({ settings: { displayMode: 'blur' }, 'lessons.progress': { a: 1 } });
    const session = createMemoryArea({ 'tabs.7': { flagged: 1 } });
    const guardian = createGuardian({ local, session, iterations: 1000 });
    await guardian.setPin('2468');
    await guardian.unlock('0000');
    const clear = createLockAwareClear({ local, lockOpen: () => guardian.isOpen(), settingsKeys: ['settings'] });
    const { kept } = await clear.run(() => clearEverything(db, local, session));
    expect(kept.sort()).toEqual([BACKOFF_KEY, PIN_KEY, 'settings'].sort());
    expect(Object.values(await rowCounts(db)).every((count) => count === 0)).toBe(true);
    expect(Object.keys(local.dump()).sort()).toEqual([BACKOFF_KEY, PIN_KEY, 'settings'].sort());
    expect(local.dump().settings).toEqual({ displayMode: 'blur' });
    expect(await guardian.status()).toMatchObject({ pinSet: true, open: false, failures: 1 });
    expect((await guardian.unlock('2468')).ok).toBe(true);
  });

  it('puts the lock back even when clearing fails half-way', async () => {
    const local = createMemoryArea();
    const session = createMemoryArea();
    const guardian = createGuardian({ local, session, iterations: 1000 });
    await guardian.setPin('2468');
    const clear = createLockAwareClear({ local, lockOpen: () => guardian.isOpen(), settingsKeys: [] });
    await expect(
      clear.run(async () => {
        await local.clear();
        throw new Error('IndexedDB blocked');
      }),
    ).rejects.toThrow('blocked');
    expect((await guardian.status()).pinSet).toBe(true);
  });
});
