/**
 * The popup's connector: loads this tab's summary, settings and the resource pack through the typed
 * protocol and implements the popup's actions. The tab is the active one, or `?tabId=` (tests, and
 * opening popup.html in a tab).
 */
import type { PopupActions, PopupData } from '../../../components/popup/Popup.tsx';
import { isHostPaused } from '../../dom/contentApp.ts';
import { resolveUiLanguage } from '../../i18n/index.ts';
import type { Settings, SettingsPatch } from '../../settings.ts';
import { DEFAULT_SETTINGS, withHostPaused } from '../../settings.ts';
import type { UiEnv } from '../env.ts';
import { createStore, type Store } from '../store.ts';

export interface PopupConnector {
  store: Store<PopupData>;
  actions: PopupActions;
  /** Reloads everything; also runs every few seconds while the popup is open. */
  refresh(): Promise<void>;
  stop(): void;
}

const REFRESH_MS = 2000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `?tabId=123` from the page URL, if present and valid. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  const value = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

export function createPopupConnector(env: UiEnv, options: { tabId?: number | null } = {}): PopupConnector {
  let settings: Settings = DEFAULT_SETTINGS;
  const store = createStore<PopupData>({
    lang: resolveUiLanguage('auto', env.navigatorLanguage()),
    status: 'loading',
    error: null,
    tabId: null,
    summary: null,
    paused: false,
    displayMode: DEFAULT_SETTINGS.displayMode,
    pack: null,
    focus: {},
  });

  function fromSettings(next: Settings): Partial<PopupData> {
    settings = next;
    const host = store.get().summary?.host;
    return {
      lang: resolveUiLanguage(next.uiLanguage, env.navigatorLanguage()),
      displayMode: next.displayMode,
      paused: host ? isHostPaused(host, next.pausedHosts) : false,
    };
  }

  async function refresh(): Promise<void> {
    try {
      const tabId = options.tabId ?? (await env.activeTabId());
      const [nextSettings, resources, summary] = await Promise.all([
        env.send('getSettings', {}),
        store.get().pack ? Promise.resolve(null) : env.send('getResources', {}),
        tabId === null ? Promise.resolve(null) : env.send('getTabSummary', { tabId }),
      ]);
      store.update((current) => ({ ...current, tabId, summary, pack: resources?.pack ?? current.pack }));
      store.update((current) => ({ ...current, ...fromSettings(nextSettings), status: 'ready', error: null }));
    } catch (error) {
      store.update((current) => ({ ...current, status: 'error', error: message(error) }));
    }
  }

  async function save(patch: SettingsPatch): Promise<void> {
    try {
      const next = await env.send('updateSettings', { patch });
      store.update((current) => ({ ...current, ...fromSettings(next), error: null }));
    } catch (error) {
      store.update((current) => ({ ...current, error: message(error) }));
    }
  }

  const actions: PopupActions = {
    showPost(key) {
      const tabId = store.get().tabId;
      if (tabId === null) return;
      void env
        .focusPostInTab(tabId, key)
        .catch(() => ({ found: false }))
        .then(async ({ found }) => {
          // In the real popup the tab is already active; opened as a page (tests), bring it forward.
          if (found) await env.activateTab(tabId).catch(() => undefined);
          store.update((current) => ({ ...current, focus: { ...current.focus, [key]: found ? 'shown' : 'gone' } }));
        });
    },
    setPaused(paused) {
      const host = store.get().summary?.host;
      if (!host) return;
      void save({ pausedHosts: withHostPaused(settings.pausedHosts, host, paused) });
    },
    setDisplayMode(mode) {
      void save({ displayMode: mode });
    },
    openLessons() {
      void env.openPage('/lessons.html');
    },
    openSettings() {
      void env.openOptions();
    },
  };

  const timer = setInterval(() => void refresh(), REFRESH_MS);
  const unwatch = env.onStorageChanged(() => void refresh());
  void refresh();

  return {
    store,
    actions,
    refresh,
    stop() {
      clearInterval(timer);
      unwatch();
    },
  };
}
