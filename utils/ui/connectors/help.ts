/** The help page's connector: language from settings, the pack from the background, topic from the URL. */
import type { HelpData } from '../../../components/help/Help.tsx';
import { resolveUiLanguage } from '../../i18n/index.ts';
import type { UiEnv } from '../env.ts';
import { createStore, type Store } from '../store.ts';

export interface HelpConnector {
  store: Store<HelpData>;
  /** Call with location.hash when it changes. */
  setHash(hash: string): void;
  stop(): void;
}

export function topicFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export function createHelpConnector(env: UiEnv, hash: string): HelpConnector {
  const store = createStore<HelpData>({
    lang: resolveUiLanguage('auto', env.navigatorLanguage()),
    status: 'loading',
    error: null,
    pack: null,
    topic: topicFromHash(hash),
  });

  async function refresh(): Promise<void> {
    try {
      const [settings, resources] = await Promise.all([env.send('getSettings', {}), env.send('getResources', {})]);
      const lang = resolveUiLanguage(settings.uiLanguage, env.navigatorLanguage());
      store.update((current) => ({ ...current, lang, pack: resources.pack, status: 'ready', error: null }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.update((current) => ({ ...current, status: 'error', error: reason }));
    }
  }

  const unwatch = env.onStorageChanged(() => void refresh());
  void refresh();
  return {
    store,
    setHash: (next) => store.update((current) => ({ ...current, topic: topicFromHash(next) })),
    stop: unwatch,
  };
}
