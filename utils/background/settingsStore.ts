import { browser } from 'wxt/browser';
import { migrateSettings, type Settings } from '../settings.ts';

export const SETTINGS_KEY = 'settings';

/** Effective settings: stored user settings, migrated. Managed policy is merged in by issue #5. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}
