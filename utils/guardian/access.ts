/**
 * The lock check the router runs before any message in LOCK_REQUIRED (settings, pausing, display
 * mode, the PIN itself). It lives in the background, so neither the popup, the options page nor a
 * hand-written message can skip it; the router has already refused content scripts and web pages.
 */
import type { MessageType } from '../messaging.ts';
import type { Guardian } from './service.ts';

/** Refusals start with this, so pages can tell "locked" from other errors and show the unlock prompt. */
export const LOCKED_PREFIX = 'locked:';
export const LOCKED_BY_POLICY = `${LOCKED_PREFIX} settings are managed by your school`;
export const LOCKED_BY_PIN = `${LOCKED_PREFIX} unlock with the guardian PIN first`;

export function isLockedError(message: string): boolean {
  return message.startsWith(LOCKED_PREFIX);
}

/** Resolves to the refusal, or to nothing (undefined or null) when the message may pass. */
export type LockGate = (type: MessageType) => Promise<string | null | undefined>;

export function createLockGate(guardian: Pick<Guardian, 'status'>, busy?: () => Promise<void>): LockGate {
  return async () => {
    // A "clear all data" in progress briefly removes the PIN before putting it back: wait for it.
    await busy?.();
    const status = await guardian.status();
    if (status.lockedByPolicy) return LOCKED_BY_POLICY;
    return status.open ? undefined : LOCKED_BY_PIN;
  };
}
