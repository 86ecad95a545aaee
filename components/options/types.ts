import type { Sensitivity } from '../../utils/classifier/metadata.ts';
import type { MessageKey, MessageParams, UiLang } from '../../utils/i18n/index.ts';
import type { ResourceInfo } from '../../utils/messaging.ts';
import type { DisplayMode, Settings, UiLanguage } from '../../utils/settings.ts';
import type { SiteId } from '../../utils/sites/types.ts';

/** A short message after an action, announced through a live region. */
export interface Notice {
  tone: 'ok' | 'error';
  key: MessageKey;
  params?: MessageParams;
  /** A translated reason inserted as {reason}. */
  reasonKey?: MessageKey;
}

export interface OptionsData {
  lang: UiLang;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  settings: Settings;
  resources: ResourceInfo | null;
  modelVersion: string | null;
  /** Extension URL of the bundled model card. */
  modelCardUrl: string;
  checking: boolean;
  notice: Notice | null;
  /** Issue #3: the browser granted the generic adapter's optional host permission. */
  genericGranted: boolean;
}

export interface OptionsActions {
  setSite(site: SiteId, enabled: boolean): void;
  setDisplayMode(mode: DisplayMode): void;
  setSensitivity(level: Sensitivity): void;
  setLanguage(language: UiLanguage): void;
  /** Saves the update address; false (and nothing saved) when it is not an https URL. */
  savePackUrl(url: string): boolean;
  checkPackUpdate(): void;
  clearData(): void;
  exportSettings(): void;
  importSettings(fileText: string): void;
  openLessons(): void;
}
