/**
 * Handlers for the extension pages (popup, options, lessons, help). The router lets only extension
 * pages reach them (EXTENSION_PAGE_ONLY). Dependencies are injected so tests drive them with fakes.
 */
import { migrateProgress, PROGRESS_KEY, recordAnswers } from '../lessons/progress.ts';
import type { ResourceStore } from '../resources/store.ts';
import type { Settings, SettingsPatch } from '../settings.ts';
import type { Handlers } from './router.ts';
import type { TabStore } from './tabState.ts';

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

export interface UiDeps {
  tabs: TabStore;
  resources: ResourceStore;
  readSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  local: StorageArea;
  session?: Pick<StorageArea, 'clear'>;
  /** Deletes the extension's IndexedDB (it is recreated empty on next use). */
  deleteDatabase(): Promise<void>;
  now?(): number;
}

export type UiHandlers = Pick<
  Handlers,
  | 'getTabSummary'
  | 'updateSettings'
  | 'clearLocalData'
  | 'getResources'
  | 'checkResourceUpdate'
  | 'getLessonProgress'
  | 'saveLessonProgress'
>;

export function createUiHandlers(deps: UiDeps): UiHandlers {
  const now = deps.now ?? Date.now;
  let progressWrites: Promise<unknown> = Promise.resolve();

  async function readProgress() {
    return migrateProgress((await deps.local.get(PROGRESS_KEY))[PROGRESS_KEY]);
  }

  return {
    getTabSummary: ({ tabId }) => deps.tabs.summary(tabId),
    updateSettings: ({ patch }) => deps.updateSettings(patch),
    async clearLocalData() {
      // Everything Basirat keeps: IndexedDB (scores, counts, feedback, resource pack), storage.local
      // (settings, lesson progress) and storage.session (this session's tab warnings).
      await deps.deleteDatabase();
      await deps.local.clear();
      await deps.session?.clear();
      await deps.tabs.forgetAll();
      deps.resources.reset();
      return { cleared: true };
    },
    async getResources() {
      const [state, settings] = await Promise.all([deps.resources.state(), deps.readSettings()]);
      return { ...state, updateUrl: settings.resourcePackUrl };
    },
    async checkResourceUpdate() {
      const settings = await deps.readSettings();
      return deps.resources.checkForUpdate(settings.resourcePackUrl);
    },
    getLessonProgress: () => readProgress(),
    saveLessonProgress({ lessonId, correct }) {
      const run = progressWrites.then(async () => {
        const next = recordAnswers(await readProgress(), lessonId, correct, now());
        await deps.local.set({ [PROGRESS_KEY]: next });
        return next;
      });
      progressWrites = run.catch(() => undefined);
      return run;
    },
  };
}
