/**
 * Versioned user settings. Stored settings from older versions are migrated on read; unknown or
 * invalid values fall back to defaults, so a corrupt storage entry never breaks the extension.
 */
import type { Sensitivity } from './classifier/metadata.ts';
import { SITE_IDS, type SiteId } from './sites/types.ts';

/** 2 (issue #4): adds `resourcePackUrl`. Version 1 settings read as version 2 with no update URL. */
export const SETTINGS_VERSION = 2;

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
  /** Where signed resource-pack updates come from (https only); empty: the bundled pack only. */
  resourcePackUrl: string;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  displayMode: 'label',
  sensitivity: 'balanced',
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, id !== 'generic'])) as Record<SiteId, boolean>,
  uiLanguage: 'auto',
  pausedHosts: [],
  resourcePackUrl: '',
};

const MAX_URL_CHARS = 2000;

/** An https URL without credentials, or '' (anything else is dropped rather than fetched). */
export function cleanPackUrl(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_URL_CHARS) return '';
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : '';
  } catch {
    return '';
  }
}

export const DISPLAY_MODES: readonly DisplayMode[] = ['label', 'blur', 'hide'];
export const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'sensitive'];
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'ur'];

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
    resourcePackUrl: cleanPackUrl(value.resourcePackUrl),
  };
}

/** A change from the popup or options: only the fields given, each already validated by the protocol. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'sites'>> & { sites?: Partial<Record<SiteId, boolean>> };

/** Applies a patch and migrates the result, so what is stored is always valid current settings. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return migrateSettings({ ...current, ...patch, sites: { ...current.sites, ...patch.sites } });
}

/** Hostnames are compared without `www.` and case (the content script does the same). */
export function normalizeHost(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

export function withHostPaused(pausedHosts: readonly string[], hostname: string, paused: boolean): string[] {
  const host = normalizeHost(hostname);
  const others = pausedHosts.filter((entry) => normalizeHost(entry) !== host);
  return paused && host !== '' ? [...others, host] : others;
}
