import type { Notice } from '../options/types.ts';
import type { UiLang } from '../../utils/i18n/index.ts';
import type { DisplayMode, UiLanguage } from '../../utils/settings.ts';

/** A notice; `mode` is named in the page's language as {mode} when shown. */
export type WelcomeNotice = Notice & { mode?: DisplayMode };

/** What the first-run page shows (issue #3): the effective display mode and language, and the last save. */
export interface WelcomeData {
  lang: UiLang;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  displayMode: DisplayMode;
  uiLanguage: UiLanguage;
  notice: WelcomeNotice | null;
}

export interface WelcomeActions {
  setDisplayMode(mode: DisplayMode): void;
  setLanguage(language: UiLanguage): void;
  openOptions(): void;
  openLessons(): void;
}
