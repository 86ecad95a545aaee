import { browser } from 'wxt/browser';
import { applyPolicy } from '../policy/merge.ts';
import { filterPatchForPolicy } from '../policy/patch.ts';
import type { ManagedPolicy } from '../policy/types.ts';
import { applySettingsPatch, migrateSettings, type Settings, type SettingsPatch } from '../settings.ts';

export const SETTINGS_KEY = 'settings';

/** Issue #5: where the managed policy comes from; set once by startBackground. */
let readPolicy: () => Promise<ManagedPolicy> = async () => ({});

export function useManagedPolicy(read: () => Promise<ManagedPolicy>): void {
  readPolicy = read;
}

/** The validated managed policy ({} when there is none). */
export function readManagedPolicy(): Promise<ManagedPolicy> {
  return readPolicy();
}

/** The user's own settings as stored, migrated (without policy). */
export async function readStoredSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/**
 * Effective settings: stored user settings, migrated, with managed policy on top (policy > local >
 * defaults). Read on every call, so content scripts get policy from the first page they score.
 */
export async function readSettings(): Promise<Settings> {
  const [stored, policy] = await Promise.all([readStoredSettings(), readPolicy()]);
  return applyPolicy(stored, policy);
}

/** Settings writes are chained: two quick toggles in the popup must not overwrite each other. */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Applies a validated patch to the stored settings and returns the effective result (issue #4:
 * popup and options). Policy-set values are refused or left out (filterPatchForPolicy).
 */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const run = writes.then(async () => {
    const policy = await readPolicy();
    const next = applySettingsPatch(await readStoredSettings(), filterPatchForPolicy(patch, policy));
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return applyPolicy(next, policy);
  });
  writes = run.catch(() => undefined);
  return run;
}
