/**
 * The guardian lock: a PIN (hash only) in storage.local, the back-off in storage.local, and unlock
 * sessions with an expiry in storage.session (gone when the browser closes; content scripts cannot
 * read it). Every dependency is injected; the background enforces the lock (access.ts), pages only
 * display it.
 */
import { afterFailure, MAX_WAIT_MS, NO_BACKOFF, backoffDelay, parseBackoff, type BackoffState } from './backoff.ts';
import type { KvArea } from './kv.ts';
import { createPinRecord, parsePinRecord, verifyPin, DEFAULT_ITERATIONS } from './pin.ts';
import type { GuardianStatus, UnlockResult } from './types.ts';

export const PIN_KEY = 'guardian.pin';
export const BACKOFF_KEY = 'guardian.backoff';
export const SESSION_KEY = 'guardian.session';
/** Long enough to change a few settings, short enough that a forgotten open lock closes itself. */
export const SESSION_MS = 10 * 60 * 1000;

export interface GuardianDeps {
  local: KvArea;
  session: KvArea;
  now?: () => number;
  /** Whether policy makes settings read-only. */
  lockedByPolicy?: () => Promise<boolean>;
  iterations?: number;
  sessionMs?: number;
}

export interface Guardian {
  status(): Promise<GuardianStatus>;
  /** True when settings may be changed now. */
  isOpen(): Promise<boolean>;
  unlock(pin: string): Promise<UnlockResult>;
  /** Ends the unlock session now. */
  lock(): Promise<GuardianStatus>;
  /** Sets or replaces the PIN; the caller has checked the lock is open. The lock is closed afterwards. */
  setPin(pin: string): Promise<GuardianStatus>;
  /** Removes the PIN; the caller has checked the lock is open. */
  removePin(): Promise<GuardianStatus>;
}

export function createGuardian(deps: GuardianDeps): Guardian {
  const now = deps.now ?? Date.now;
  const iterations = deps.iterations ?? DEFAULT_ITERATIONS;
  const sessionMs = deps.sessionMs ?? SESSION_MS;
  const policyLock = deps.lockedByPolicy ?? (async () => false);
  // One attempt at a time: two parallel wrong guesses must both count against the back-off.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function read() {
    const [local, session] = await Promise.all([deps.local.get([PIN_KEY, BACKOFF_KEY]), deps.session.get(SESSION_KEY)]);
    const until = (session[SESSION_KEY] as { until?: unknown } | undefined)?.until;
    return {
      pin: parsePinRecord(local[PIN_KEY]),
      backoff: parseBackoff(local[BACKOFF_KEY]),
      until: typeof until === 'number' ? until : 0,
    };
  }

  /** A clock turned back must not stretch the wait beyond what the failures earned. */
  function effectiveRetryAt(backoff: BackoffState, time: number): number {
    if (backoff.retryAt <= time) return 0;
    return Math.min(backoff.retryAt, time + Math.min(backoffDelay(backoff.failures), MAX_WAIT_MS));
  }

  async function status(): Promise<GuardianStatus> {
    const [{ pin, backoff, until }, lockedByPolicy] = await Promise.all([read(), policyLock()]);
    const time = now();
    // A session longer than sessionMs can only come from a clock turned back or a forged entry.
    const unlocked = pin !== undefined && until > time && until - time <= sessionMs;
    const retryAt = effectiveRetryAt(backoff, time);
    return {
      pinSet: pin !== undefined,
      open: !lockedByPolicy && (pin === undefined || unlocked),
      unlockedUntil: unlocked ? until : null,
      failures: backoff.failures,
      retryAt: retryAt > 0 ? retryAt : null,
      lockedByPolicy,
      now: time,
    };
  }

  return {
    status,
    async isOpen() {
      return (await status()).open;
    },
    unlock(pin) {
      return serial(async () => {
        const { pin: record, backoff } = await read();
        const time = now();
        if (await policyLock()) return { ok: false, reason: 'policy', status: await status() };
        if (!record) return { ok: false, reason: 'no_pin', status: await status() };
        if (effectiveRetryAt(backoff, time) > 0) return { ok: false, reason: 'wait', status: await status() };
        if (!(await verifyPin(pin, record))) {
          await deps.local.set({ [BACKOFF_KEY]: afterFailure(backoff, time) });
          return { ok: false, reason: 'wrong', status: await status() };
        }
        await deps.local.set({ [BACKOFF_KEY]: NO_BACKOFF });
        await deps.session.set({ [SESSION_KEY]: { until: time + sessionMs } });
        return { ok: true, status: await status() };
      });
    },
    async lock() {
      await deps.session.remove(SESSION_KEY);
      return status();
    },
    setPin(pin) {
      return serial(async () => {
        const record = await createPinRecord(pin, iterations);
        await deps.local.set({ [PIN_KEY]: record, [BACKOFF_KEY]: NO_BACKOFF });
        // The lock is on as soon as it is set: what a parent expects after choosing a PIN.
        await deps.session.remove(SESSION_KEY);
        return status();
      });
    },
    removePin() {
      return serial(async () => {
        await deps.local.remove([PIN_KEY, BACKOFF_KEY]);
        await deps.session.remove(SESSION_KEY);
        return status();
      });
    },
  };
}
