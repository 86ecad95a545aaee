/**
 * Validates a managed policy object key by key. Administrators type these values by hand (Admin
 * console, registry, JSON files), so every value is checked; an invalid value is dropped with a
 * reason and the safe default (the user's setting, or the built-in default) stays in force.
 */
import { DISPLAY_MODES, SENSITIVITIES, UI_LANGUAGES } from '../settings.ts';
import { SITE_IDS, type SiteId } from '../sites/types.ts';
import {
  POLICY_KEYS,
  type ManagedPolicy,
  type PackPublicKey,
  type PolicyKey,
  type PolicyState,
  type RejectedPolicy,
} from './types.ts';

export const MAX_ALLOWLISTED_DOMAINS = 500;
const MAX_URL_CHARS = 2048;
/** base64url of a 32-byte P-256 coordinate. */
const COORDINATE = /^[A-Za-z0-9_-]{43}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown by a key's validator; the message is the logged reason. */
class Invalid extends Error {}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: unknown): T => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    throw new Invalid(`expected one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
  };
}

function boolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new Invalid(`expected true or false; got ${JSON.stringify(value)}`);
}

/** A hostname as the content script compares it: lower case, no `www.`, no scheme, path or port. */
export function normalizeDomain(value: unknown): string {
  if (typeof value !== 'string') throw new Invalid(`expected a domain name; got ${JSON.stringify(value)}`);
  const domain = value
    .trim()
    .toLowerCase()
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    throw new Invalid(`"${value}" is not a domain name (write it like example.edu.pk, without https:// or a path)`);
  }
  return domain;
}

function sites(value: unknown, log: RejectedPolicy[]): Partial<Record<SiteId, boolean>> {
  if (!isRecord(value)) throw new Invalid('expected an object of site ids to true/false');
  const result: Partial<Record<SiteId, boolean>> = {};
  for (const [id, enabled] of Object.entries(value)) {
    if (!(SITE_IDS as readonly string[]).includes(id)) {
      log.push({ key: `sites.${id}`, reason: `unknown site; known sites are ${SITE_IDS.join(', ')}` });
    } else if (typeof enabled !== 'boolean') {
      log.push({ key: `sites.${id}`, reason: `expected true or false; got ${JSON.stringify(enabled)}` });
    } else {
      result[id as SiteId] = enabled;
    }
  }
  return result;
}

/** Lists are added to the user's own, so one bad entry is dropped without losing the others. */
function domains(value: unknown, log: RejectedPolicy[]): string[] {
  if (!Array.isArray(value)) throw new Invalid('expected a list of domain names');
  const result = new Set<string>();
  value.forEach((entry, index) => {
    try {
      if (result.size >= MAX_ALLOWLISTED_DOMAINS) throw new Invalid(`more than ${MAX_ALLOWLISTED_DOMAINS} entries`);
      result.add(normalizeDomain(entry));
    } catch (error) {
      log.push({ key: `allowlistedDomains[${index}]`, reason: (error as Error).message });
    }
  });
  return [...result];
}

function httpsUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) throw new Invalid('expected an https:// address');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Invalid(`"${value}" is not a web address`);
  }
  // Packs are verified by signature, but a plain-http address would still leak that the browser is managed.
  if (url.protocol !== 'https:') throw new Invalid('only https:// addresses are accepted');
  if (url.username || url.password) throw new Invalid('the address must not contain a user name or password');
  return url.href;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,100}$/;

function packKey(value: unknown): PackPublicKey {
  if (!isRecord(value)) throw new Invalid('expected a public key in JWK form ({ "kty", "crv", "x", "y", "kid" })');
  // A private key in a policy would be readable by every user of the machine: refuse it outright.
  if ('d' in value) throw new Invalid('this is a PRIVATE key; put only the public key (without "d") in policy');
  if (value.kty !== 'EC' || value.crv !== 'P-256')
    throw new Invalid('only ECDSA P-256 keys (kty "EC", crv "P-256") are accepted');
  if (
    typeof value.x !== 'string' ||
    typeof value.y !== 'string' ||
    !COORDINATE.test(value.x) ||
    !COORDINATE.test(value.y)
  )
    throw new Invalid('a P-256 key needs base64url "x" and "y" of 43 characters each');
  if (typeof value.kid !== 'string' || !KEY_ID.test(value.kid))
    throw new Invalid('"kid" must be the key id the packs are signed with (letters, digits, . _ -)');
  return { kty: 'EC', crv: 'P-256', x: value.x, y: value.y, kid: value.kid };
}

type KeyValidator = (value: unknown, log: RejectedPolicy[]) => unknown;

const VALIDATORS: { [K in PolicyKey]-?: (value: unknown, log: RejectedPolicy[]) => NonNullable<ManagedPolicy[K]> } = {
  sites,
  displayMode: oneOf(DISPLAY_MODES),
  sensitivity: oneOf(SENSITIVITIES),
  uiLanguage: oneOf(UI_LANGUAGES),
  lockRequired: boolean,
  resourcePackUrl: httpsUrl,
  resourcePackKey: packKey,
  allowlistedDomains: domains,
  weeklySummary: boolean,
};

/**
 * Reads whatever storage.managed returned. Unknown keys and invalid values are listed in `rejected`
 * (never thrown): a typo in one key must not switch off the rest of a school's policy.
 */
export function validatePolicy(raw: unknown): PolicyState {
  const rejected: RejectedPolicy[] = [];
  const policy: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { policy: {}, rejected };
  if (!isRecord(raw)) return { policy: {}, rejected: [{ key: '(policy)', reason: 'expected an object of keys' }] };
  for (const [key, value] of Object.entries(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      rejected.push({ key, reason: `unknown key; known keys are ${POLICY_KEYS.join(', ')}` });
      continue;
    }
    try {
      policy[key] = (VALIDATORS[key as PolicyKey] as KeyValidator)(value, rejected);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      rejected.push({ key, reason: error.message });
    }
  }
  return { policy: policy as ManagedPolicy, rejected };
}
