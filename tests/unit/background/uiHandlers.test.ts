import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, type Handlers, type SenderInfo } from '../../../utils/background/router.ts';
import { createTabStore } from '../../../utils/background/tabState.ts';
import { createUiHandlers, type StorageArea } from '../../../utils/background/uiHandlers.ts';
import { PROGRESS_KEY } from '../../../utils/lessons/progress.ts';
import { envelope, EXTENSION_PAGE_ONLY, type MessageType, type Reply } from '../../../utils/messaging.ts';
import type { ResourceStore } from '../../../utils/resources/store.ts';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../utils/settings.ts';
import { bundledJson } from '../resources/helpers.ts';
import { parsePack } from '../../../utils/resources/schema.ts';

function memoryArea(): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, value);
    },
    clear: async () => data.clear(),
  };
}

function setup() {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const local = memoryArea();
  const session = memoryArea();
  const resources: ResourceStore = {
    state: vi.fn(async () => ({
      pack: parsePack(bundledJson()),
      source: 'bundled' as const,
      installedAt: null,
      lastCheck: null,
      cacheProblem: null,
    })),
    checkForUpdate: vi.fn(async (url: string) => ({ at: 1, url, ok: false, reason: 'no_url' as const })),
    reset: vi.fn(),
  };
  const deleteDatabase = vi.fn(async () => undefined);
  const tabs = createTabStore(undefined);
  const handlers = createUiHandlers({
    tabs,
    resources,
    readSettings: async () => settings,
    updateSettings: async (patch) => (settings = applySettingsPatch(settings, patch)),
    local,
    session,
    deleteDatabase,
    now: () => 42,
  });
  return {
    handlers,
    local,
    session,
    resources,
    deleteDatabase,
    tabs,
    get settings() {
      return settings;
    },
  };
}

describe('extension page handlers', () => {
  it('clears IndexedDB, storage.local, storage.session, tab state and the pack cache', async () => {
    const env = setup();
    env.local.data.set('settings', { displayMode: 'blur' });
    env.session.data.set('tab:1', {});
    await env.tabs.record({
      tabId: 1,
      url: 'https://x.com/',
      site: 'x',
      keys: ['a'.repeat(16)],
      texts: ['t'],
      verdicts: [],
    });
    expect(await env.handlers.clearLocalData({}, {})).toEqual({ cleared: true });
    expect(env.deleteDatabase).toHaveBeenCalledOnce();
    expect(env.local.data.size).toBe(0);
    expect(env.session.data.size).toBe(0);
    expect(env.resources.reset).toHaveBeenCalled();
  });

  it('checks for a pack update at the address in settings', async () => {
    const env = setup();
    await env.handlers.updateSettings({ patch: { resourcePackUrl: 'https://packs.example.org/p.json' } }, {});
    await env.handlers.checkResourceUpdate({}, {});
    expect(env.resources.checkForUpdate).toHaveBeenCalledWith('https://packs.example.org/p.json');
    expect((await env.handlers.getResources({}, {})).updateUrl).toBe('https://packs.example.org/p.json');
  });

  it('keeps lesson progress in storage.local, completed the first time all answers are right', async () => {
    const env = setup();
    await env.handlers.saveLessonProgress({ lessonId: 'hate_dehumanization', correct: [true, false, true] }, {});
    let progress = await env.handlers.getLessonProgress({}, {});
    expect(progress.lessons.hate_dehumanization).toEqual({ correct: [true, false, true], completedAt: null });
    await env.handlers.saveLessonProgress({ lessonId: 'hate_dehumanization', correct: [true, true, true] }, {});
    progress = await env.handlers.getLessonProgress({}, {});
    expect(progress.lessons.hate_dehumanization!.completedAt).toBe(42);
    expect(env.local.data.get(PROGRESS_KEY)).toEqual(progress);
  });
});

describe('the router and extension-page-only messages', () => {
  const ORIGIN = 'chrome-extension://abc/';
  function listener() {
    const calls: MessageType[] = [];
    const handlers = new Proxy({} as Handlers, {
      get: (_target, type: string) => async () => {
        calls.push(type as MessageType);
        return {};
      },
    });
    return { calls, listen: createMessageListener(handlers, 'abc', ORIGIN, async () => null) };
  }
  const contentScript: SenderInfo = { id: 'abc', url: 'https://x.com/home', tab: { id: 3 } };
  const popup: SenderInfo = { id: 'abc', url: `${ORIGIN}popup.html` };

  it('lists every issue #4 page message', () => {
    for (const type of [
      'getTabSummary',
      'updateSettings',
      'clearLocalData',
      'getResources',
      'checkResourceUpdate',
      'getLessonProgress',
      'saveLessonProgress',
    ] as const)
      expect(EXTENSION_PAGE_ONLY.has(type), type).toBe(true);
  });

  it('refuses them from content scripts (whose sender URL is the web page) and answers extension pages', async () => {
    const { calls, listen } = listener();
    const fromPage = (await listen(envelope('clearLocalData', {}), contentScript)) as Reply<'clearLocalData'>;
    expect(fromPage).toMatchObject({ ok: false });
    const spoofed = (await listen(envelope('getTabSummary', { tabId: 3 }), {
      ...contentScript,
      url: 'https://evil.example/chrome-extension://abc/',
    })) as Reply<'getTabSummary'>;
    expect(spoofed.ok).toBe(false);
    expect(calls).toEqual([]);
    const fromPopup = (await listen(envelope('getTabSummary', { tabId: 3 }), popup)) as Reply<'getTabSummary'>;
    expect(fromPopup.ok).toBe(true);
    expect(calls).toEqual(['getTabSummary']);
  });

  it('refuses them when the extension origin is not configured', async () => {
    const handlers = new Proxy({} as Handlers, { get: () => async () => ({}) });
    const listen = createMessageListener(handlers, 'abc');
    expect(await listen(envelope('getResources', {}), popup)).toMatchObject({ ok: false });
  });
});
