import { afterEach, describe, expect, it, vi } from 'vitest';
import { markStartup, STARTUP_MARK_PREFIX } from '../../../utils/startupMarks.ts';

describe('startup marks', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    performance.clearMarks();
  });

  it('records each stage as a User Timing mark the bench can read back', () => {
    markStartup('model-verified');
    markStartup('session-created');
    const names = performance.getEntriesByType('mark').map((entry) => entry.name);
    expect(names).toEqual([`${STARTUP_MARK_PREFIX}model-verified`, `${STARTUP_MARK_PREFIX}session-created`]);
  });

  it('is a no-op where User Timing is missing', () => {
    vi.stubGlobal('performance', undefined);
    expect(() => markStartup('background-started')).not.toThrow();
  });
});
