/**
 * Managed policy (issue #5): what a school or parent can set for every user of a managed browser.
 * Chrome/Edge read it from `storage.managed` (shape declared in public/managed_schema.json); Firefox
 * reads the same object from policies.json, `3rdparty.Extensions.<id>`.
 */
import type { Sensitivity } from '../classifier/metadata.ts';
import type { DisplayMode, UiLanguage } from '../settings.ts';
import type { SiteId } from '../sites/types.ts';

/**
 * A public signing key for resource packs: an ECDSA P-256 JWK plus `kid`, the key id that signed packs
 * name (utils/resources/signature.ts). Never a private key.
 */
export interface PackPublicKey {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
}

export interface ManagedPolicy {
  /** Per-site switch; a site set here cannot be switched by the user. */
  sites?: Partial<Record<SiteId, boolean>>;
  displayMode?: DisplayMode;
  sensitivity?: Sensitivity;
  uiLanguage?: UiLanguage;
  /** Settings are read-only to the local user (no PIN needed: nothing can be changed). */
  lockRequired?: boolean;
  /** Where resource pack updates come from (https only). */
  resourcePackUrl?: string;
  /** A key resource pack updates may be signed with, in addition to the bundled trusted keys. */
  resourcePackKey?: PackPublicKey;
  /** Domains Basirat leaves alone; added to the user's own paused sites, never replacing them. */
  allowlistedDomains?: string[];
  /** Whether the weekly summary page is shown (to everyone: it is the same page for all). */
  weeklySummary?: boolean;
}

export type PolicyKey = keyof ManagedPolicy;

export const POLICY_KEYS: readonly PolicyKey[] = [
  'sites',
  'displayMode',
  'sensitivity',
  'uiLanguage',
  'lockRequired',
  'resourcePackUrl',
  'resourcePackKey',
  'allowlistedDomains',
  'weeklySummary',
];

/** One policy value that was not applied, and why (shown in options and logged). */
export interface RejectedPolicy {
  key: string;
  reason: string;
}

/** What the background knows about policy: the valid part, and what was refused. */
export interface PolicyState {
  policy: ManagedPolicy;
  rejected: RejectedPolicy[];
}

export const EMPTY_POLICY_STATE: PolicyState = { policy: {}, rejected: [] };

/** What extension pages get (`getPolicy`): the policy, what was refused, and the setting paths it decides. */
export interface PolicyView extends PolicyState {
  /** See managedPaths(): `displayMode`, `sites.x`, `pausedHosts:example.org`… */
  managed: string[];
}
