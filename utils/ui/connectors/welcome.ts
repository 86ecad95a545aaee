/**
 * The first-run page's connector (issue #3). Choices go through the same `updateSettings` message as
 * the options page, so the background's guardian lock and managed policy decide: a refusal ("locked:")
 * or a policy value that wins is shown, never papered over.
 */
import type { WelcomeActions, WelcomeData, WelcomeNotice as Notice } from '../../../components/welcome/types.ts';
import { LOCKED_BY_POLICY, isLockedError } from '../../guardian/access.ts';
import { resolveUiLanguage } from '../../i18n/index.ts';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../settings.ts';
import type { UiEnv } from '../env.ts';
import { createStore, type Store } from '../store.ts';

export interface WelcomeConnector {
  store: Store<WelcomeData>;
  actions: WelcomeActions;
  refresh(): Promise<void>;
  stop(): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Which notice a refused save gets: the lock and the school's policy each have their own words. */
export function refusalNotice(reason: string): Notice {
  if (reason.startsWith(LOCKED_BY_POLICY)) return { tone: 'error', key: 'welcome.lockedPolicy' };
  if (isLockedError(reason)) return { tone: 'error', key: 'welcome.lockedPin' };
  return { tone: 'error', key: 'welcome.failed', params: { reason } };
}

export function createWelcomeConnector(env: UiEnv): WelcomeConnector {
  const store = createStore<WelcomeData>({
    lang: resolveUiLanguage('auto', env.navigatorLanguage()),
    status: 'loading',
    error: null,
    displayMode: DEFAULT_SETTINGS.displayMode,
    uiLanguage: DEFAULT_SETTINGS.uiLanguage,
    notice: null,
  });

  const fromSettings = (settings: Settings): Partial<WelcomeData> => ({
    displayMode: settings.displayMode,
    uiLanguage: settings.uiLanguage,
    lang: resolveUiLanguage(settings.uiLanguage, env.navigatorLanguage()),
  });

  async function refresh(): Promise<void> {
    try {
      const settings = await env.send('getSettings', {});
      store.update((current) => ({ ...current, ...fromSettings(settings), status: 'ready', error: null }));
    } catch (error) {
      store.update((current) => ({ ...current, status: 'error', error: message(error) }));
    }
  }

  /** Saves, then says what happened; `saved` builds the notice from the effective settings. */
  async function save(patch: SettingsPatch, saved: (settings: Settings) => Notice | null): Promise<void> {
    try {
      const settings = await env.send('updateSettings', { patch });
      store.update((current) => ({ ...current, ...fromSettings(settings), notice: saved(settings) }));
    } catch (error) {
      // The store keeps the value in force, so the radio the user pressed goes back to it.
      store.update((current) => ({ ...current, notice: refusalNotice(message(error)) }));
    }
  }

  const actions: WelcomeActions = {
    setDisplayMode(mode) {
      void save({ displayMode: mode }, (settings) =>
        // Managed policy drops the field rather than refusing it: the effective value tells.
        settings.displayMode === mode
          ? { tone: 'ok', key: 'welcome.saved', mode }
          : { tone: 'error', key: 'welcome.lockedPolicy' },
      );
    },
    setLanguage(uiLanguage) {
      void save({ uiLanguage }, () => null);
    },
    openOptions: () => void env.openOptions(),
    openLessons: () => void env.openPage('/lessons.html'),
  };

  const unwatch = env.onStorageChanged(() => {
    void env.send('getSettings', {}).then(
      (settings) => store.update((current) => ({ ...current, ...fromSettings(settings) })),
      () => undefined,
    );
  });
  void refresh();

  return { store, actions, refresh, stop: unwatch };
}
