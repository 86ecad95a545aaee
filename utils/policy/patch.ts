/**
 * A settings change from an extension page, checked against policy before it is stored. Values the
 * policy decides are never stored as the user's own: otherwise lifting a policy would leave the
 * school's value behind as if the user had chosen it. They are dropped rather than refused, so an
 * imported settings file or a page saving a whole form still saves everything else; the effective
 * settings the caller gets back show the policy's value.
 */
import { normalizeHost, type SettingsPatch } from '../settings.ts';
import type { SiteId } from '../sites/types.ts';
import type { ManagedPolicy } from './types.ts';

const SCALARS = ['displayMode', 'sensitivity', 'uiLanguage', 'resourcePackUrl'] as const;

/** The part of `patch` the user may store under `policy`. */
export function filterPatchForPolicy(patch: SettingsPatch, policy: ManagedPolicy): SettingsPatch {
  const managed = new Set<string>(SCALARS.filter((key) => policy[key] !== undefined));
  const result = Object.fromEntries(Object.entries(patch).filter(([key]) => !managed.has(key))) as SettingsPatch;
  if (patch.sites) {
    result.sites = Object.fromEntries(
      Object.entries(patch.sites).filter(([id]) => policy.sites?.[id as SiteId] === undefined),
    ) as Partial<Record<SiteId, boolean>>;
  }
  if (patch.pausedHosts) {
    const fromPolicy = new Set(policy.allowlistedDomains ?? []);
    result.pausedHosts = patch.pausedHosts.filter((host) => !fromPolicy.has(normalizeHost(host)));
  }
  return result;
}
