/**
 * Issue #3, flash-proof hide-until-scored: while the effective display mode is `hide`, each enabled
 * site gets its document_start stylesheet (utils/dom/prehide.ts) as a registered content script, minus
 * the hosts the user paused. `sync` makes the registrations match the settings; it runs at every
 * background start and on every settings or policy change, like the generic adapter's (genericScript.ts).
 */
import { prehideSites } from '../dom/prehide.ts';
import { normalizeHost, type Settings } from '../settings.ts';
import { ADAPTERS } from '../sites/index.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { serialize } from '../serialize.ts';

export const PREHIDE_ID_PREFIX = 'basirat-prehide-';

export interface PrehideScript {
  id: string;
  css: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_start';
}

/** What browsers report back; Chrome leaves out empty lists. */
export interface RegisteredScriptInfo {
  id: string;
  css?: string[];
  matches?: string[];
  excludeMatches?: string[];
}

/** The parts of browser.scripting used here. */
export interface PrehideScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScriptInfo[]>;
  registerContentScripts(scripts: PrehideScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

const HOSTNAME = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/;

/**
 * Match patterns for paused hosts, as isHostPaused reads them (the host and its subdomains, `www.`
 * ignored). An entry that is not a plain hostname is skipped: one bad pattern would make the browser
 * refuse every registration.
 */
export function pausedHostPatterns(hosts: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const entry of hosts) {
    const host = normalizeHost(entry);
    if (HOSTNAME.test(host)) patterns.add(`*://*.${host}/*`);
  }
  return [...patterns].sort();
}

export function wantedPrehideScripts(settings: Settings, adapters: readonly SiteAdapter[] = ADAPTERS): PrehideScript[] {
  if (settings.displayMode !== 'hide') return [];
  const excludeMatches = pausedHostPatterns(settings.pausedHosts);
  return prehideSites(adapters)
    .filter(({ site }) => settings.sites[site] !== false)
    .map(({ site, file, matches }) => ({
      id: `${PREHIDE_ID_PREFIX}${site}`,
      css: [file],
      matches,
      excludeMatches,
      runAt: 'document_start',
    }));
}

function signature(script: RegisteredScriptInfo): string {
  const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();
  return JSON.stringify([script.id, sorted(script.css), sorted(script.matches), sorted(script.excludeMatches)]);
}

export type PrehideSyncResult = 'updated' | 'unchanged';

export interface PrehideSync {
  /** Brings the registrations in line with the settings; calls are queued, never interleaved. */
  sync(): Promise<PrehideSyncResult>;
}

export function createPrehideSync(deps: {
  /** Undefined where the browser has no scripting API: hide mode then starts at document_idle. */
  scripting: PrehideScriptingApi | undefined;
  /** The effective settings (policy included). */
  settings(): Promise<Settings>;
}): PrehideSync {
  async function run(): Promise<PrehideSyncResult> {
    const scripting = deps.scripting;
    if (!scripting) return 'unchanged';
    const [settings, all] = await Promise.all([deps.settings(), scripting.getRegisteredContentScripts()]);
    const wanted = wantedPrehideScripts(settings);
    const registered = all.filter((script) => script.id.startsWith(PREHIDE_ID_PREFIX));
    const same = (list: readonly RegisteredScriptInfo[]): string => list.map(signature).sort().join('\n');
    if (same(registered) === same(wanted)) return 'unchanged';
    if (registered.length > 0) await scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
    if (wanted.length > 0) await scripting.registerContentScripts(wanted);
    return 'updated';
  }

  return { sync: serialize(run) };
}
