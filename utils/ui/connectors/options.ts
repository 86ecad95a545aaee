/**
 * The options page's connector: settings, the resource pack and the model version come from the
 * background and the package; every change goes back through `updateSettings`.
 */
import type { Notice, OptionsActions, OptionsData } from '../../../components/options/types.ts';
import { resolveUiLanguage, type MessageKey } from '../../i18n/index.ts';
import { cleanPackUrl, DEFAULT_SETTINGS, migrateSettings, type Settings, type SettingsPatch } from '../../settings.ts';
import { GENERIC_ORIGINS } from '../../sites/generic.ts';
import type { UiEnv } from '../env.ts';
import { createStore, type Store } from '../store.ts';

export interface OptionsConnector {
  store: Store<OptionsData>;
  actions: OptionsActions;
  refresh(): Promise<void>;
  stop(): void;
}

const SETTINGS_FIELDS = [
  'version',
  'displayMode',
  'sensitivity',
  'sites',
  'uiLanguage',
  'pausedHosts',
  'resourcePackUrl',
];
export const MODEL_CARD_PATH = '/model-card.txt';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads an exported settings file. Anything that is not a JSON object with at least one settings
 * field is refused; the rest goes through migrateSettings, so unknown or bad values become defaults.
 */
export function parseSettingsFile(text: string): { settings: Settings } | { error: MessageKey } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'options.importNotJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'options.importNotSettings' };
  if (!SETTINGS_FIELDS.some((field) => field in value)) return { error: 'options.importNotSettings' };
  return { settings: migrateSettings(value) };
}

export function createOptionsConnector(env: UiEnv): OptionsConnector {
  const store = createStore<OptionsData>({
    lang: resolveUiLanguage('auto', env.navigatorLanguage()),
    status: 'loading',
    error: null,
    settings: DEFAULT_SETTINGS,
    resources: null,
    modelVersion: null,
    modelCardUrl: env.extensionUrl(MODEL_CARD_PATH),
    checking: false,
    notice: null,
    genericGranted: false,
  });

  const setNotice = (notice: Notice | null): void => store.update((current) => ({ ...current, notice }));

  function withSettings(settings: Settings): Partial<OptionsData> {
    return { settings, lang: resolveUiLanguage(settings.uiLanguage, env.navigatorLanguage()) };
  }

  async function refresh(): Promise<void> {
    try {
      const [settings, resources, modelVersion, genericGranted] = await Promise.all([
        env.send('getSettings', {}),
        env.send('getResources', {}),
        env.modelVersion(),
        hasGenericPermission(),
      ]);
      store.update((current) => ({
        ...current,
        ...withSettings(settings),
        resources,
        modelVersion,
        genericGranted,
        status: 'ready',
        error: null,
      }));
    } catch (error) {
      store.update((current) => ({ ...current, status: 'error', error: message(error) }));
    }
  }

  async function hasGenericPermission(): Promise<boolean> {
    try {
      return (await env.permissions?.contains(GENERIC_ORIGINS)) ?? false;
    } catch {
      return false;
    }
  }

  /** Resolves to whether the patch was saved (a refusal is shown as a notice either way). */
  async function save(patch: SettingsPatch, saved: MessageKey = 'options.saved'): Promise<boolean> {
    try {
      const settings = await env.send('updateSettings', { patch });
      store.update((current) => ({ ...current, ...withSettings(settings) }));
      setNotice({ tone: 'ok', key: saved });
      if (patch.resourcePackUrl !== undefined) {
        const resources = await env.send('getResources', {});
        store.update((current) => ({ ...current, resources }));
      }
      return true;
    } catch (error) {
      setNotice({ tone: 'error', key: 'options.saveFailed', params: { reason: message(error) } });
      return false;
    }
  }

  /**
   * Issue #3: "Other article pages". Turning it on asks the browser for the https host permission
   * first (synchronously, inside the user's click), and saves only when it is granted; the background
   * then registers the content script. Turning it off saves, then gives the permission back.
   */
  function setGeneric(enabled: boolean): void {
    if (enabled) {
      const asked = env.permissions?.request(GENERIC_ORIGINS) ?? Promise.resolve(false);
      void asked
        .catch(() => false)
        .then(async (granted) => {
          store.update((current) => ({ ...current, genericGranted: granted }));
          if (!granted) return setNotice({ tone: 'error', key: 'options.genericDenied' });
          await save({ sites: { generic: true } });
        });
      return;
    }
    void save({ sites: { generic: false } }).then(async (saved) => {
      if (!saved || !env.permissions) return;
      const removed = await env.permissions.remove(GENERIC_ORIGINS).catch(() => false);
      if (removed) store.update((current) => ({ ...current, genericGranted: false }));
    });
  }

  const actions: OptionsActions = {
    setSite: (site, enabled) => (site === 'generic' ? setGeneric(enabled) : void save({ sites: { [site]: enabled } })),
    setDisplayMode: (displayMode) => void save({ displayMode }),
    setSensitivity: (sensitivity) => void save({ sensitivity }),
    setLanguage: (uiLanguage) => void save({ uiLanguage }),
    savePackUrl(url) {
      const clean = cleanPackUrl(url);
      if (url.trim() !== '' && clean === '') return false;
      void save({ resourcePackUrl: clean });
      return true;
    },
    checkPackUpdate() {
      store.update((current) => ({ ...current, checking: true, notice: null }));
      void (async () => {
        try {
          await env.send('checkResourceUpdate', {});
          const resources = await env.send('getResources', {});
          store.update((current) => ({ ...current, resources, checking: false }));
        } catch (error) {
          store.update((current) => ({ ...current, checking: false }));
          setNotice({ tone: 'error', key: 'common.failed', params: { reason: message(error) } });
        }
      })();
    },
    clearData() {
      void (async () => {
        try {
          await env.send('clearLocalData', {});
          await refresh();
          setNotice({ tone: 'ok', key: 'options.cleared' });
        } catch (error) {
          setNotice({ tone: 'error', key: 'common.failed', params: { reason: message(error) } });
        }
      })();
    },
    exportSettings() {
      env.saveFile('basirat-settings.json', `${JSON.stringify(store.get().settings, null, 2)}\n`);
    },
    importSettings(fileText) {
      const parsed = parseSettingsFile(fileText);
      if ('error' in parsed) {
        setNotice({ tone: 'error', key: 'options.importFailed', reasonKey: parsed.error });
        return;
      }
      const { version: _version, ...patch } = parsed.settings;
      void save(patch, 'options.imported');
    },
    openLessons: () => void env.openPage('/lessons.html'),
  };

  const unwatch = env.onStorageChanged(() => {
    void env.send('getSettings', {}).then(
      (settings) => store.update((current) => ({ ...current, ...withSettings(settings) })),
      () => undefined,
    );
  });
  void refresh();

  return { store, actions, refresh, stop: unwatch };
}
