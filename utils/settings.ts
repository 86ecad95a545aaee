/**
 * Versioned user settings. Stored settings from older versions are migrated on read; unknown or
 * invalid values fall back to defaults, so a corrupt storage entry never breaks the extension.
 */
import type { Sensitivity } from './classifier/metadata.ts';
import { SITE_IDS, type SiteId } from './sites/types.ts';

export const SETTINGS_VERSION = 1;

export type DisplayMode = 'label' | 'blur' | 'hide';
export type UiLanguage = 'auto' | 'en' | 'ur';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Label only (default for personal installs), blur with one-click reveal, or hide until scored. */
  displayMode: DisplayMode;
  sensitivity: Sensitivity;
  /** Per-site switch; `generic` also needs the optional host permission. */
  sites: Record<SiteId, boolean>;
  uiLanguage: UiLanguage;
  /** Hostnames the user paused Basirat on. */
  pausedHosts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  displayMode: 'label',
  sensitivity: 'balanced',
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, id !== 'generic'])) as Record<SiteId, boolean>,
  uiLanguage: 'auto',
  pausedHosts: [],
};

const DISPLAY_MODES: readonly DisplayMode[] = ['label', 'blur', 'hide'];
const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'sensitive'];
const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'ur'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads whatever is stored (any version, possibly corrupt) into valid current settings. */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return structuredClone(DEFAULT_SETTINGS);
  const value = stored as Record<string, unknown>;
  const sites = { ...DEFAULT_SETTINGS.sites };
  if (typeof value.sites === 'object' && value.sites !== null) {
    for (const id of SITE_IDS) {
      const enabled = (value.sites as Record<string, unknown>)[id];
      if (typeof enabled === 'boolean') sites[id] = enabled;
    }
  }
  return {
    version: SETTINGS_VERSION,
    displayMode: pick(value.displayMode, DISPLAY_MODES, DEFAULT_SETTINGS.displayMode),
    sensitivity: pick(value.sensitivity, SENSITIVITIES, DEFAULT_SETTINGS.sensitivity),
    sites,
    uiLanguage: pick(value.uiLanguage, UI_LANGUAGES, DEFAULT_SETTINGS.uiLanguage),
    pausedHosts: Array.isArray(value.pausedHosts)
      ? value.pausedHosts.filter((h): h is string => typeof h === 'string').slice(0, 500)
      : [],
  };
}
