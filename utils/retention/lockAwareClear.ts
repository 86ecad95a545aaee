/**
 * "Clear all data" (issue #4's clearLocalData) deletes IndexedDB and clears storage.local and
 * storage.session. While the guardian lock is closed, the PIN, its back-off and the settings are put
 * back afterwards: the young user can always delete what Basirat recorded about their browsing, but
 * clearing data must not be a way around the lock, which protects the settings.
 * storage.managed is the administrator's and is never touched.
 */
import { BACKOFF_KEY, PIN_KEY } from '../guardian/service.ts';
import type { KvArea } from '../guardian/kv.ts';

export interface LockAwareClearDeps {
  local: Pick<KvArea, 'get' | 'set'>;
  /** Whether settings may be changed now (no PIN, or unlocked). */
  lockOpen(): Promise<boolean>;
  /** storage.local keys that hold settings. */
  settingsKeys: readonly string[];
}

export interface LockAwareClear {
  /** Runs `clear`; if the lock was closed, restores the lock and settings afterwards. */
  run<T>(clear: () => Promise<T>): Promise<{ result: T; kept: string[] }>;
  /** Resolves when no clear is running: the lock gate waits for it, so no request slips into the gap. */
  idle(): Promise<void>;
}

export function createLockAwareClear(deps: LockAwareClearDeps): LockAwareClear {
  let running: Promise<unknown> = Promise.resolve();
  return {
    run(clear) {
      const task = running.then(async () => {
        const keep = (await deps.lockOpen()) ? [] : [PIN_KEY, BACKOFF_KEY, ...deps.settingsKeys];
        const saved = keep.length > 0 ? await deps.local.get([...keep]) : {};
        try {
          return { result: await clear(), kept: Object.keys(saved) };
        } finally {
          if (Object.keys(saved).length > 0) await deps.local.set(saved);
        }
      });
      running = task.catch(() => undefined);
      return task;
    },
    async idle() {
      await running;
    },
  };
}
