/**
 * Issue #5's background services, wired for the real extension: managed policy, the guardian lock,
 * the summary and exports, retention, and lock-aware "clear all data". main.ts adds the handlers to
 * its listener and passes `lockGate` to the router.
 */
import { browser } from 'wxt/browser';
import { useManagedPolicy, SETTINGS_KEY } from '../background/settingsStore.ts';
import type { Handlers } from '../background/router.ts';
import type { BasiratDb } from '../db.ts';
import { managedPaths } from '../policy/merge.ts';
import { createBrowserPolicySource } from '../policy/browserSource.ts';
import { createReportsService } from '../reports/service.ts';
import { createLockAwareClear } from '../retention/lockAwareClear.ts';
import { scheduleRetention, type AlarmsApi } from '../retention/schedule.ts';
import { createLockGate, type LockGate } from './access.ts';
import { createMemoryArea, type KvArea } from './kv.ts';
import { createGuardian } from './service.ts';

export type GuardianHandlers = Pick<
  Handlers,
  | 'guardianStatus'
  | 'guardianUnlock'
  | 'guardianLock'
  | 'guardianSetPin'
  | 'guardianRemovePin'
  | 'getPolicy'
  | 'getSummary'
  | 'exportFeedback'
>;

export interface GuardianServices {
  handlers: GuardianHandlers;
  lockGate: LockGate;
  /** Wraps issue #4's clearLocalData so a closed lock survives it. */
  clearLocalData(clear: Handlers['clearLocalData']): Handlers['clearLocalData'];
}

export function startGuardianServices(getDb: () => BasiratDb, expireScores: () => Promise<number>): GuardianServices {
  const policy = createBrowserPolicySource();
  useManagedPolicy(async () => (await policy.current()).policy);
  const session: KvArea = (browser.storage as { session?: KvArea }).session ?? createMemoryArea();
  const guardian = createGuardian({
    local: browser.storage.local,
    session,
    lockedByPolicy: async () => (await policy.current()).policy.lockRequired === true,
  });
  const clearing = createLockAwareClear({
    local: browser.storage.local,
    lockOpen: () => guardian.isOpen(),
    settingsKeys: [SETTINGS_KEY],
  });
  const reports = createReportsService(getDb);
  void scheduleRetention({ expire: expireScores, alarms: (browser as { alarms?: AlarmsApi }).alarms });

  return {
    lockGate: createLockGate(guardian, () => clearing.idle()),
    clearLocalData: (clear) => async (request, sender) => (await clearing.run(() => clear(request, sender))).result,
    handlers: {
      guardianStatus: () => guardian.status(),
      guardianUnlock: ({ pin }) => guardian.unlock(pin),
      guardianLock: () => guardian.lock(),
      guardianSetPin: ({ pin }) => guardian.setPin(pin),
      guardianRemovePin: () => guardian.removePin(),
      getPolicy: async () => {
        const state = await policy.current();
        return { ...state, managed: managedPaths(state.policy) };
      },
      getSummary: async (request) => {
        // Policy turns the summary off for everyone; the user's own feedback export stays available.
        if ((await policy.current()).policy.weeklySummary === false)
          throw new Error('the weekly summary is turned off by your school');
        return reports.summary(request);
      },
      exportFeedback: () => reports.feedbackJsonl(),
    },
  };
}
