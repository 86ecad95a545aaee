/**
 * Back-off after wrong PIN attempts: three free tries (typos happen), then 30 s, doubling with every
 * further wrong attempt, at most one hour. Persisted in storage.local, so reloading the page, the
 * extension or the browser does not reset it.
 */
export const FREE_ATTEMPTS = 3;
export const FIRST_WAIT_MS = 30_000;
export const MAX_WAIT_MS = 60 * 60 * 1000;

export interface BackoffState {
  failures: number;
  /** Epoch ms before which no attempt is checked; 0 when none is pending. */
  retryAt: number;
}

export const NO_BACKOFF: BackoffState = { failures: 0, retryAt: 0 };

export function backoffDelay(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_MS);
}

export function afterFailure(state: BackoffState, now: number): BackoffState {
  const failures = state.failures + 1;
  const delay = backoffDelay(failures);
  return { failures, retryAt: delay > 0 ? now + delay : 0 };
}

export function parseBackoff(value: unknown): BackoffState {
  if (typeof value !== 'object' || value === null) return NO_BACKOFF;
  const { failures, retryAt } = value as Record<string, unknown>;
  return {
    failures: typeof failures === 'number' && failures >= 0 ? Math.floor(failures) : 0,
    retryAt: typeof retryAt === 'number' && retryAt > 0 ? retryAt : 0,
  };
}
