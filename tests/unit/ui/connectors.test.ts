// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_SUMMARY } from '../../../components/popup/preview.ts';
import { PREVIEW_PACK } from '../../../components/shared/previewPack.ts';
import type { SendFn } from '../../../utils/dom/contentApp.ts';
import { emptyProgress, recordAnswers } from '../../../utils/lessons/progress.ts';
import type { MessageType, Request, Response } from '../../../utils/messaging.ts';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../utils/settings.ts';
import { createHelpConnector, topicFromHash } from '../../../utils/ui/connectors/help.ts';
import { createLessonsConnector } from '../../../utils/ui/connectors/lessons.ts';
import { createOptionsConnector, parseSettingsFile } from '../../../utils/ui/connectors/options.ts';
import { createPopupConnector, tabIdFromSearch } from '../../../utils/ui/connectors/popup.ts';
import type { UiEnv } from '../../../utils/ui/env.ts';
import { tick } from '../dom/helpers.ts';

/** A background stand-in answering the page messages from memory. */
function fakeEnv(overrides: Partial<UiEnv> = {}) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  let progress = emptyProgress();
  const calls: Array<{ type: MessageType; payload: unknown }> = [];
  const answer = async (type: MessageType, payload: unknown): Promise<unknown> => {
    calls.push({ type, payload });
    switch (type) {
      case 'getSettings':
        return settings;
      case 'updateSettings':
        return (settings = applySettingsPatch(settings, (payload as Request<'updateSettings'>).patch));
      case 'getTabSummary':
        return { ...PREVIEW_SUMMARY, tabId: (payload as Request<'getTabSummary'>).tabId };
      case 'getResources':
        return {
          pack: PREVIEW_PACK,
          source: 'bundled',
          installedAt: null,
          lastCheck: null,
          cacheProblem: null,
          updateUrl: settings.resourcePackUrl,
        };
      case 'checkResourceUpdate':
        return { at: 1, url: settings.resourcePackUrl, ok: false, reason: 'unsigned' };
      case 'clearLocalData':
        settings = structuredClone(DEFAULT_SETTINGS);
        return { cleared: true };
      case 'getLessonProgress':
        return progress;
      case 'saveLessonProgress': {
        const { lessonId, correct } = payload as Request<'saveLessonProgress'>;
        return (progress = recordAnswers(progress, lessonId, correct, 5));
      }
      default:
        throw new Error(`unexpected ${type}`);
    }
  };
  const env: UiEnv = {
    send: ((type: MessageType, payload: unknown) => answer(type, payload) as Promise<Response<MessageType>>) as SendFn,
    focusPostInTab: vi.fn(async () => ({ found: true })),
    activeTabId: vi.fn(async () => 11),
    activateTab: vi.fn(async () => undefined),
    openPage: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
    onStorageChanged: () => () => undefined,
    navigatorLanguage: () => 'ur-PK',
    modelVersion: async () => '0.1.0',
    extensionUrl: (path) => `chrome-extension://test${path}`,
    saveFile: vi.fn(),
    ...overrides,
  };
  return { env, calls, settings: () => settings };
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('popup connector', () => {
  it('loads the active tab, follows the browser language and shows a post on request', async () => {
    const { env } = fakeEnv();
    const connector = createPopupConnector(env);
    stops.push(connector.stop);
    await tick(10);
    const data = connector.store.get();
    expect(data).toMatchObject({ status: 'ready', tabId: 11, lang: 'ur', paused: false });
    expect(data.summary?.host).toBe('x.com');
    connector.actions.showPost('0123456789abcdef');
    await tick(10);
    expect(env.focusPostInTab).toHaveBeenCalledWith(11, '0123456789abcdef');
    expect(env.activateTab).toHaveBeenCalledWith(11);
    expect(connector.store.get().focus).toEqual({ '0123456789abcdef': 'shown' });
  });

  it('uses ?tabId= when given, and reports a post that is gone', async () => {
    const { env } = fakeEnv({ focusPostInTab: vi.fn(async () => Promise.reject(new Error('no receiver'))) });
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=x')).toBeNull();
    const connector = createPopupConnector(env, { tabId: 42 });
    stops.push(connector.stop);
    await tick(10);
    expect(connector.store.get().tabId).toBe(42);
    expect(env.activeTabId).not.toHaveBeenCalled();
    connector.actions.showPost('fedcba9876543210');
    await tick(10);
    expect(connector.store.get().focus).toEqual({ fedcba9876543210: 'gone' });
    expect(env.activateTab).not.toHaveBeenCalled();
  });

  it('pauses this site and switches the display mode through updateSettings', async () => {
    const fake = fakeEnv();
    const connector = createPopupConnector(fake.env);
    stops.push(connector.stop);
    await tick(10);
    connector.actions.setPaused(true);
    await tick(10);
    expect(fake.settings().pausedHosts).toEqual(['x.com']);
    expect(connector.store.get().paused).toBe(true);
    connector.actions.setDisplayMode('blur');
    await tick(10);
    expect(fake.settings().displayMode).toBe('blur');
    connector.actions.openLessons();
    expect(fake.env.openPage).toHaveBeenCalledWith('/lessons.html');
  });
});

describe('options connector', () => {
  it('asks for the https permission before turning article pages on, and gives it back when off', async () => {
    let granted = false;
    const answer = { value: false };
    const permissions = {
      request: vi.fn(async () => (granted = answer.value)),
      contains: vi.fn(async () => granted),
      remove: vi.fn(async () => !(granted = false)),
    };
    const fake = fakeEnv({ permissions });
    const connector = createOptionsConnector(fake.env);
    stops.push(connector.stop);
    await tick(10);
    expect(connector.store.get().genericGranted).toBe(false);

    // Refused in the browser's prompt: nothing saved, and the page says why.
    connector.actions.setSite('generic', true);
    // Called synchronously, inside the user's click: browsers only prompt during a gesture.
    expect(permissions.request).toHaveBeenCalledWith(['https://*/*']);
    await tick(10);
    expect(fake.settings().sites.generic).toBe(false);
    expect(connector.store.get().notice).toMatchObject({ tone: 'error', key: 'options.genericDenied' });

    answer.value = true;
    connector.actions.setSite('generic', true);
    await tick(10);
    expect(fake.settings().sites.generic).toBe(true);
    expect(connector.store.get().genericGranted).toBe(true);

    connector.actions.setSite('generic', false);
    await tick(10);
    expect(fake.settings().sites.generic).toBe(false);
    expect(permissions.remove).toHaveBeenCalledWith(['https://*/*']);
    expect(connector.store.get().genericGranted).toBe(false);

    // The other sites need no permission.
    connector.actions.setSite('reddit', false);
    await tick(10);
    expect(fake.settings().sites.reddit).toBe(false);
    expect(permissions.request).toHaveBeenCalledTimes(2);
  });

  it('refuses an http update address and saves an https one', async () => {
    const fake = fakeEnv();
    const connector = createOptionsConnector(fake.env);
    stops.push(connector.stop);
    await tick(10);
    expect(connector.actions.savePackUrl('http://p.example/p.json')).toBe(false);
    expect(connector.actions.savePackUrl('https://p.example/p.json')).toBe(true);
    await tick(10);
    expect(fake.settings().resourcePackUrl).toBe('https://p.example/p.json');
    expect(connector.store.get().resources?.updateUrl).toBe('https://p.example/p.json');
    connector.actions.checkPackUpdate();
    await tick(10);
    expect(connector.store.get().checking).toBe(false);
  });

  it('exports settings as a JSON file and imports them through migrateSettings', async () => {
    const fake = fakeEnv();
    const connector = createOptionsConnector(fake.env);
    stops.push(connector.stop);
    await tick(10);
    connector.actions.exportSettings();
    const [filename, json] = (fake.env.saveFile as ReturnType<typeof vi.fn>).mock.calls[0] as [string, string];
    expect(filename).toBe('basirat-settings.json');
    expect(JSON.parse(json)).toEqual(DEFAULT_SETTINGS);
    connector.actions.importSettings(
      JSON.stringify({ version: 1, displayMode: 'hide', sensitivity: 'bogus', uiLanguage: 'en' }),
    );
    await tick(10);
    expect(fake.settings()).toMatchObject({ displayMode: 'hide', sensitivity: 'balanced', uiLanguage: 'en' });
    expect(connector.store.get()).toMatchObject({ lang: 'en', notice: { key: 'options.imported' } });
    connector.actions.importSettings('not json');
    expect(connector.store.get().notice).toMatchObject({ tone: 'error', reasonKey: 'options.importNotJson' });
  });

  it('parses settings files strictly enough to refuse other JSON', () => {
    expect(parseSettingsFile('[1,2]')).toEqual({ error: 'options.importNotSettings' });
    expect(parseSettingsFile('{"name":"something else"}')).toEqual({ error: 'options.importNotSettings' });
    expect(parseSettingsFile('{"displayMode":"blur"}')).toMatchObject({ settings: { displayMode: 'blur' } });
  });

  it('clears local data and reloads the defaults', async () => {
    const fake = fakeEnv();
    const connector = createOptionsConnector(fake.env);
    stops.push(connector.stop);
    await tick(10);
    connector.actions.setDisplayMode('blur');
    await tick(10);
    connector.actions.clearData();
    await tick(20);
    expect(fake.calls.map((call) => call.type)).toContain('clearLocalData');
    expect(connector.store.get().settings.displayMode).toBe('label');
    expect(connector.store.get().notice?.key).toBe('options.cleared');
  });
});

describe('lessons and help connectors', () => {
  it('saves quiz results and shows the returned progress', async () => {
    const { env } = fakeEnv();
    const connector = createLessonsConnector(env);
    stops.push(connector.stop);
    await tick(10);
    connector.actions.saveAnswers('offensive_abusive', [true, true, true]);
    await tick(10);
    expect(connector.store.get().progress.lessons.offensive_abusive?.completedAt).toBe(5);
  });

  it('follows the URL fragment', async () => {
    expect(topicFromHash('#hate_dehumanization')).toBe('hate_dehumanization');
    expect(topicFromHash('')).toBeNull();
    expect(topicFromHash('#%E0%A4%A')).toBeNull();
    const { env } = fakeEnv();
    const connector = createHelpConnector(env, '#slogans_cliches_repetition');
    stops.push(connector.stop);
    await tick(10);
    expect(connector.store.get()).toMatchObject({ status: 'ready', topic: 'slogans_cliches_repetition', lang: 'ur' });
    connector.setHash('#offensive_abusive');
    expect(connector.store.get().topic).toBe('offensive_abusive');
  });
});
