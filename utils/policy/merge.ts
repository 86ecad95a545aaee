/**
 * Effective settings: policy > the user's own settings > defaults (the defaults are already filled
 * in by migrateSettings). Lists from policy are added to the user's list, never replacing it.
 */
import type { Settings } from '../settings.ts';
import type { SiteId } from '../sites/types.ts';
import type { ManagedPolicy } from './types.ts';

export function applyPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  const pausedHosts = [...settings.pausedHosts];
  for (const domain of policy.allowlistedDomains ?? []) if (!pausedHosts.includes(domain)) pausedHosts.push(domain);
  return {
    ...settings,
    displayMode: policy.displayMode ?? settings.displayMode,
    sensitivity: policy.sensitivity ?? settings.sensitivity,
    uiLanguage: policy.uiLanguage ?? settings.uiLanguage,
    resourcePackUrl: policy.resourcePackUrl ?? settings.resourcePackUrl,
    sites: { ...settings.sites, ...policy.sites },
    pausedHosts,
  };
}

/**
 * Setting paths the policy decides, for the UI's "Set by your school" badge and greyed controls:
 * `displayMode`, `sensitivity`, `uiLanguage`, `resourcePackUrl`, `sites.<id>`, `pausedHosts:<domain>`.
 */
export function managedPaths(policy: ManagedPolicy): string[] {
  const paths: string[] = [];
  if (policy.displayMode) paths.push('displayMode');
  if (policy.sensitivity) paths.push('sensitivity');
  if (policy.uiLanguage) paths.push('uiLanguage');
  if (policy.resourcePackUrl) paths.push('resourcePackUrl');
  for (const id of Object.keys(policy.sites ?? {}) as SiteId[]) paths.push(`sites.${id}`);
  for (const domain of policy.allowlistedDomains ?? []) paths.push(`pausedHosts:${domain}`);
  return paths;
}

export function isManaged(policy: ManagedPolicy, path: string): boolean {
  return managedPaths(policy).includes(path);
}
