/**
 * Issue #3: the generic article adapter runs only where the user opted in. Opting in = the
 * `sites.generic` setting AND the optional host permission for https pages; then the content script
 * is registered for every https page except the eight sites (their static content script covers them).
 * `sync` makes the registration match that state; it runs at start-up and whenever the settings or
 * the permission change, so a registration can never outlive the opt-in.
 */
import { ALL_MATCHES } from '../sites/index.ts';
import { GENERIC_ORIGINS } from '../sites/generic.ts';
import { serialize } from '../serialize.ts';

export const GENERIC_SCRIPT_ID = 'basirat-generic';
/** The built content script (WXT names it after entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_idle';
}

/** The parts of browser.scripting used here. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

export interface PermissionsApi {
  contains(permissions: { origins?: string[] }): Promise<boolean>;
}

export const GENERIC_SCRIPT: RegisteredScript = {
  id: GENERIC_SCRIPT_ID,
  js: [CONTENT_SCRIPT_FILE],
  matches: [...GENERIC_ORIGINS],
  excludeMatches: [...ALL_MATCHES],
  runAt: 'document_idle',
};

export type SyncResult = 'registered' | 'unregistered' | 'unchanged';

export interface GenericScriptSync {
  /** Brings the registration in line with settings + permission; calls are queued, never interleaved. */
  sync(): Promise<SyncResult>;
}

export function createGenericScriptSync(deps: {
  /** Undefined where the browser has no scripting API: nothing to register, nothing to do. */
  scripting: ScriptingApi | undefined;
  permissions: PermissionsApi;
  /** The effective `sites.generic` setting (policy included). */
  enabled(): Promise<boolean>;
}): GenericScriptSync {
  async function run(): Promise<SyncResult> {
    const scripting = deps.scripting;
    if (!scripting) return 'unchanged';
    const [enabled, granted, registered] = await Promise.all([
      deps.enabled(),
      deps.permissions.contains({ origins: [...GENERIC_ORIGINS] }),
      scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] }),
    ]);
    const want = enabled && granted;
    const has = registered.some((script) => script.id === GENERIC_SCRIPT_ID);
    if (want === has) return 'unchanged';
    if (want) {
      await scripting.registerContentScripts([{ ...GENERIC_SCRIPT, matches: [...GENERIC_SCRIPT.matches] }]);
      return 'registered';
    }
    await scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
    return 'unregistered';
  }

  return { sync: serialize(run) };
}
