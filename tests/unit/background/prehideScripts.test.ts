import { describe, expect, it, vi } from 'vitest';
import {
  createPrehideSync,
  pausedHostPatterns,
  PREHIDE_ID_PREFIX,
  wantedPrehideScripts,
  type PrehideScript,
  type PrehideScriptingApi,
  type RegisteredScriptInfo,
} from '../../../utils/background/prehideScripts.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings.ts';
import { ADAPTERS } from '../../../utils/sites/index.ts';

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...patch };
}

/** An in-memory browser.scripting that, like Chrome, drops empty lists when reporting back. */
function fakeScripting(existing: RegisteredScriptInfo[] = []) {
  const scripts = new Map<string, RegisteredScriptInfo>(existing.map((script) => [script.id, script]));
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () =>
      [...scripts.values()].map((script) => {
        const { excludeMatches, ...rest } = script;
        return excludeMatches && excludeMatches.length > 0 ? { ...rest, excludeMatches } : rest;
      }),
    ),
    registerContentScripts: vi.fn(async (list: PrehideScript[]) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  } satisfies PrehideScriptingApi;
  return { scripts, scripting };
}

describe('hide mode stylesheet registrations', () => {
  it('wants one document_start stylesheet per enabled site in hide mode only', () => {
    expect(wantedPrehideScripts(settings({ displayMode: 'label' }))).toEqual([]);
    expect(wantedPrehideScripts(settings({ displayMode: 'blur' }))).toEqual([]);
    const wanted = wantedPrehideScripts(
      settings({ displayMode: 'hide', sites: { ...DEFAULT_SETTINGS.sites, reddit: false } }),
    );
    expect(wanted.map((script) => script.id)).toEqual(
      ADAPTERS.filter((adapter) => adapter.id !== 'reddit').map((adapter) => `${PREHIDE_ID_PREFIX}${adapter.id}`),
    );
    const x = wanted.find((script) => script.id === 'basirat-prehide-x')!;
    expect(x).toEqual({
      id: 'basirat-prehide-x',
      css: ['prehide/x.css'],
      matches: ADAPTERS.find((adapter) => adapter.id === 'x')!.matches,
      excludeMatches: [],
      runAt: 'document_start',
    });
  });

  it('leaves paused hosts out, and skips entries that are not hostnames', () => {
    expect(pausedHostPatterns(['www.Reddit.com', 'x.com', 'bad host/*', '', 'x.com'])).toEqual([
      '*://*.reddit.com/*',
      '*://*.x.com/*',
    ]);
    const [first] = wantedPrehideScripts(settings({ displayMode: 'hide', pausedHosts: ['x.com'] }));
    expect(first!.excludeMatches).toEqual(['*://*.x.com/*']);
  });

  it('registers on the switch to hide, keeps them while nothing changes, and follows pauses and mode', async () => {
    let current = settings({ displayMode: 'hide' });
    const { scripts, scripting } = fakeScripting([{ id: 'basirat-generic', matches: ['https://*/*'] }]);
    const sync = createPrehideSync({ scripting, settings: async () => current });
    await expect(sync.sync()).resolves.toBe('updated');
    expect([...scripts.keys()].filter((id) => id.startsWith(PREHIDE_ID_PREFIX))).toHaveLength(ADAPTERS.length);
    await expect(sync.sync()).resolves.toBe('unchanged');
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);

    current = settings({ displayMode: 'hide', pausedHosts: ['x.com'] });
    await expect(sync.sync()).resolves.toBe('updated');
    expect(scripts.get('basirat-prehide-x')?.excludeMatches).toEqual(['*://*.x.com/*']);

    current = settings({ displayMode: 'label' });
    await expect(sync.sync()).resolves.toBe('updated');
    // Only ours go; the generic adapter's registration is not touched.
    expect([...scripts.keys()]).toEqual(['basirat-generic']);
  });

  it('queues overlapping syncs instead of registering twice', async () => {
    const { scripting } = fakeScripting();
    const sync = createPrehideSync({ scripting, settings: async () => settings({ displayMode: 'hide' }) });
    const results = await Promise.all([sync.sync(), sync.sync(), sync.sync()]);
    expect(results).toEqual(['updated', 'unchanged', 'unchanged']);
  });

  it('does nothing without a scripting API', async () => {
    const sync = createPrehideSync({ scripting: undefined, settings: async () => settings({ displayMode: 'hide' }) });
    await expect(sync.sync()).resolves.toBe('unchanged');
  });
});
