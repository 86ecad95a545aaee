/** The lessons page's connector: language from settings, progress from and to the background. */
import type { LessonsActions, LessonsData } from '../../../components/lessons/Lessons.tsx';
import { resolveUiLanguage } from '../../i18n/index.ts';
import { LESSONS } from '../../lessons/content.ts';
import { emptyProgress } from '../../lessons/progress.ts';
import type { UiEnv } from '../env.ts';
import { createStore, type Store } from '../store.ts';

export interface LessonsConnector {
  store: Store<LessonsData>;
  actions: LessonsActions;
  refresh(): Promise<void>;
  stop(): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLessonsConnector(env: UiEnv): LessonsConnector {
  const store = createStore<LessonsData>({
    lang: resolveUiLanguage('auto', env.navigatorLanguage()),
    status: 'loading',
    error: null,
    lessons: LESSONS,
    progress: emptyProgress(),
  });

  async function refresh(): Promise<void> {
    try {
      const [settings, progress] = await Promise.all([env.send('getSettings', {}), env.send('getLessonProgress', {})]);
      const lang = resolveUiLanguage(settings.uiLanguage, env.navigatorLanguage());
      store.update((current) => ({ ...current, lang, progress, status: 'ready', error: null }));
    } catch (error) {
      store.update((current) => ({ ...current, status: 'error', error: message(error) }));
    }
  }

  const actions: LessonsActions = {
    saveAnswers(lessonId, correct) {
      void env.send('saveLessonProgress', { lessonId, correct }).then(
        (progress) => store.update((current) => ({ ...current, progress, error: null })),
        (error: unknown) => store.update((current) => ({ ...current, error: message(error) })),
      );
    },
  };

  const unwatch = env.onStorageChanged(() => void refresh());
  void refresh();
  return { store, actions, refresh, stop: unwatch };
}
