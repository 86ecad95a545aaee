import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall, type InstalledDetails } from '../../../utils/background/firstRun.ts';
import {
  CONTENT_SCRIPT_FILE,
  createGenericScriptSync,
  GENERIC_SCRIPT_ID,
  type RegisteredScript,
  type ScriptingApi,
} from '../../../utils/background/genericScript.ts';
import { ALL_MATCHES } from '../../../utils/sites/index.ts';

/** An in-memory browser.scripting + permissions, recording what was registered. */
function fakes(options: { enabled?: boolean; granted?: boolean; registered?: boolean } = {}) {
  const state = { enabled: options.enabled ?? false, granted: options.granted ?? false };
  const scripts = new Map<string, RegisteredScript>();
  if (options.registered) scripts.set(GENERIC_SCRIPT_ID, { id: GENERIC_SCRIPT_ID } as RegisteredScript);
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    ),
    registerContentScripts: vi.fn(async (list: RegisteredScript[]) => {
      for (const script of list) {
        // Chrome refuses a duplicate id: the sync must never try.
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  } satisfies ScriptingApi;
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins?: string[] }) => state.granted && origins?.[0] === 'https://*/*'),
  };
  const sync = createGenericScriptSync({ scripting, permissions, enabled: async () => state.enabled });
  return { state, scripts, scripting, permissions, sync };
}

describe('generic adapter registration', () => {
  it('registers the content script on every https page except the eight sites once opted in', async () => {
    const f = fakes({ enabled: true, granted: true });
    await expect(f.sync.sync()).resolves.toBe('registered');
    expect(f.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(f.scripts.get(GENERIC_SCRIPT_ID)).toEqual({
      id: 'basirat-generic',
      js: [CONTENT_SCRIPT_FILE],
      matches: ['https://*/*'],
      excludeMatches: [...ALL_MATCHES],
      runAt: 'document_idle',
    });
    expect(CONTENT_SCRIPT_FILE).toBe('content-scripts/content.js');
    // Start-up again (or a second change event): nothing to do, no duplicate registration.
    await expect(f.sync.sync()).resolves.toBe('unchanged');
    expect(f.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('needs both the setting and the permission', async () => {
    const onlySetting = fakes({ enabled: true, granted: false });
    await expect(onlySetting.sync.sync()).resolves.toBe('unchanged');
    const onlyPermission = fakes({ enabled: false, granted: true });
    await expect(onlyPermission.sync.sync()).resolves.toBe('unchanged');
    expect(onlySetting.scripts.size + onlyPermission.scripts.size).toBe(0);
  });

  it('unregisters when the setting is turned off or the permission is removed', async () => {
    const f = fakes({ enabled: true, granted: true });
    await f.sync.sync();
    f.state.enabled = false;
    await expect(f.sync.sync()).resolves.toBe('unregistered');
    expect(f.scripts.size).toBe(0);

    f.state.enabled = true;
    await expect(f.sync.sync()).resolves.toBe('registered');
    f.state.granted = false; // permissions.onRemoved
    await expect(f.sync.sync()).resolves.toBe('unregistered');
    expect(f.scripting.unregisterContentScripts).toHaveBeenLastCalledWith({ ids: ['basirat-generic'] });
  });

  it('re-syncs a registration left over from an earlier session at start-up', async () => {
    const stale = fakes({ enabled: false, granted: false, registered: true });
    await expect(stale.sync.sync()).resolves.toBe('unregistered');
    const kept = fakes({ enabled: true, granted: true, registered: true });
    await expect(kept.sync.sync()).resolves.toBe('unchanged');
    expect(kept.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('queues overlapping syncs so they never register twice', async () => {
    const f = fakes({ enabled: true, granted: true });
    const results = await Promise.all([f.sync.sync(), f.sync.sync(), f.sync.sync()]);
    expect(results).toEqual(['registered', 'unchanged', 'unchanged']);
  });

  it('keeps working after a failed sync', async () => {
    const f = fakes({ enabled: true, granted: true });
    f.scripting.registerContentScripts.mockRejectedValueOnce(new Error('boom'));
    await expect(f.sync.sync()).rejects.toThrow('boom');
    await expect(f.sync.sync()).resolves.toBe('registered');
  });

  it('does nothing where the browser has no scripting API', async () => {
    const sync = createGenericScriptSync({
      scripting: undefined,
      permissions: { contains: async () => true },
      enabled: async () => true,
    });
    await expect(sync.sync()).resolves.toBe('unchanged');
  });
});

describe('first-run page', () => {
  it('opens the welcome page on install only', () => {
    let listener: ((details: InstalledDetails) => void) | undefined;
    const openTab = vi.fn(async () => undefined);
    openWelcomeOnInstall({
      onInstalled: { addListener: (callback) => (listener = callback) },
      openTab,
      welcomeUrl: 'chrome-extension://test/welcome.html',
    });
    listener!({ reason: 'update' });
    listener!({ reason: 'chrome_update' });
    expect(openTab).not.toHaveBeenCalled();
    listener!({ reason: 'install' });
    expect(openTab).toHaveBeenCalledExactlyOnceWith('chrome-extension://test/welcome.html');
  });
});
