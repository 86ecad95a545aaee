import { describe, expect, it } from 'vitest';
import { createTabStore, type SessionArea } from '../../../utils/background/tabState.ts';
import { EXCERPT_CHARS, MAX_TAB_WARNINGS, type PostVerdict } from '../../../utils/messaging.ts';
import { CLEAR, verdict } from '../dom/helpers.ts';

function memorySession() {
  const data = new Map<string, unknown>();
  const area: SessionArea = {
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
  return { area, data };
}

function batch(tabId: number, entries: Array<[string, string, PostVerdict]>) {
  return {
    tabId,
    url: 'https://www.x.com/home?secret=1',
    site: 'x' as const,
    keys: entries.map(([key]) => key),
    texts: entries.map(([, text]) => text),
    verdicts: entries.map(([, , v]) => v),
  };
}

describe('per-tab warnings', () => {
  it('counts scored and flagged posts, groups them, and keeps only a short excerpt and the host', async () => {
    const store = createTabStore(memorySession().area);
    const long = `Join us now ${'x '.repeat(200)}`;
    await store.record(
      batch(3, [
        ['a'.repeat(16), 'a calm post', CLEAR],
        ['b'.repeat(16), long, verdict({ harms: ['extremist_propaganda'], techniques: ['us_vs_them_flag_waving'] })],
        ['c'.repeat(16), 'another', verdict()],
      ]),
    );
    const summary = await store.summary(3);
    expect(summary).toMatchObject({ tabId: 3, host: 'www.x.com', site: 'x', scored: 3, flagged: 2 });
    expect(summary.byHarm).toEqual({ extremist_propaganda: 1, violent_threat_incitement: 1 });
    expect(summary.byTechnique).toEqual({ us_vs_them_flag_waving: 2, loaded_language_name_calling: 1 });
    expect(summary.warnings.map((w) => w.key)).toEqual(['b'.repeat(16), 'c'.repeat(16)]);
    expect(summary.warnings[0]!.excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(summary.warnings[0]!.excerpt.endsWith('…')).toBe(true);
    expect(JSON.stringify(summary)).not.toContain('secret');
  });

  it('counts a post scored again once, and drops its warning when it is no longer flagged', async () => {
    const store = createTabStore(undefined);
    const key = 'd'.repeat(16);
    await store.record(batch(1, [[key, 'text', verdict()]]));
    await store.record(batch(1, [[key, 'text', verdict()]]));
    expect(await store.summary(1)).toMatchObject({ scored: 1, flagged: 1 });
    await store.record(batch(1, [[key, 'text', CLEAR]]));
    expect(await store.summary(1)).toMatchObject({ scored: 1, flagged: 0, warnings: [] });
  });

  it('keeps tabs apart and forgets a tab', async () => {
    const { area, data } = memorySession();
    const store = createTabStore(area);
    await store.record(batch(1, [['e'.repeat(16), 'one', verdict()]]));
    await store.record(batch(2, [['f'.repeat(16), 'two', CLEAR]]));
    expect((await store.summary(1)).flagged).toBe(1);
    expect((await store.summary(2)).flagged).toBe(0);
    await store.forget(1);
    expect(await store.summary(1)).toMatchObject({ scored: 0, host: null, warnings: [] });
    expect(data.has('tab:1')).toBe(false);
    expect(data.has('tab:2')).toBe(true);
  });

  it('survives a service worker restart through storage.session', async () => {
    const { area } = memorySession();
    await createTabStore(area).record(batch(9, [['a1'.repeat(8), 'text', verdict()]]));
    const restarted = createTabStore(area);
    expect(await restarted.summary(9)).toMatchObject({ scored: 1, flagged: 1 });
  });

  it('lists at most MAX_TAB_WARNINGS posts but counts them all', async () => {
    const store = createTabStore(undefined);
    const entries = Array.from({ length: MAX_TAB_WARNINGS + 5 }, (_, i): [string, string, PostVerdict] => [
      i.toString(16).padStart(16, '0'),
      `post ${i}`,
      verdict(),
    ]);
    await store.record(batch(4, entries));
    const summary = await store.summary(4);
    expect(summary.warnings).toHaveLength(MAX_TAB_WARNINGS);
    expect(summary.flagged).toBe(MAX_TAB_WARNINGS + 5);
    expect(summary.byHarm.violent_threat_incitement).toBe(MAX_TAB_WARNINGS + 5);
  });

  it('does not lose updates from concurrent batches', async () => {
    const store = createTabStore(memorySession().area);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.record(batch(5, [[`${i}`.padStart(16, 'a'), `p${i}`, verdict()]]))),
    );
    expect((await store.summary(5)).scored).toBe(10);
  });
});
