import { describe, expect, it } from 'vitest';
import { afterFailure, backoffDelay, MAX_WAIT_MS, NO_BACKOFF, parseBackoff } from '../../../utils/guardian/backoff.ts';

describe('back-off schedule', () => {
  it('allows three free attempts, then 30 s doubling up to one hour', () => {
    expect([0, 1, 2].map(backoffDelay)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(backoffDelay)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffDelay(20)).toBe(MAX_WAIT_MS);
    expect(backoffDelay(1000)).toBe(MAX_WAIT_MS);
  });

  it('counts failures and sets the time of the next allowed attempt', () => {
    let state = NO_BACKOFF;
    for (let i = 0; i < 3; i++) state = afterFailure(state, 1_000);
    expect(state).toEqual({ failures: 3, retryAt: 31_000 });
    state = afterFailure(state, 40_000);
    expect(state).toEqual({ failures: 4, retryAt: 100_000 });
  });

  it('reads damaged stored state as no back-off rather than failing', () => {
    expect(parseBackoff(undefined)).toEqual(NO_BACKOFF);
    expect(parseBackoff({ failures: -3, retryAt: 'soon' })).toEqual(NO_BACKOFF);
    expect(parseBackoff({ failures: 4.7, retryAt: 5 })).toEqual({ failures: 4, retryAt: 5 });
  });
});
