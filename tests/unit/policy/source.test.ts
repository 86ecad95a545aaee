import { describe, expect, it, vi } from 'vitest';
import { createPolicySource } from '../../../utils/policy/source.ts';

describe('createPolicySource', () => {
  it('reads the managed area once and caches it', async () => {
    const read = vi.fn(async () => ({ displayMode: 'blur' }));
    const source = createPolicySource({ read });
    expect((await source.current()).policy).toEqual({ displayMode: 'blur' });
    await source.current();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('logs every rejected value with its reason', async () => {
    const log = vi.fn();
    const source = createPolicySource({ read: async () => ({ displayMode: 'neon', weeklySummary: true }), log });
    const state = await source.current();
    expect(state.policy).toEqual({ weeklySummary: true });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/policy value "displayMode" ignored: expected one of label, blur, hide/);
  });

  it('treats a failing read (Firefox without a policy) as no policy', async () => {
    const log = vi.fn();
    const source = createPolicySource({
      read: async () => {
        throw new Error('Managed storage manifest not found');
      },
      log,
    });
    expect(await source.current()).toEqual({ policy: {}, rejected: [] });
    expect(log).not.toHaveBeenCalled();
  });

  it('reads again when the managed area changes and tells listeners', async () => {
    let value: Record<string, unknown> = { displayMode: 'label' };
    let changed: () => void = () => undefined;
    const source = createPolicySource({ read: async () => value, watch: (onChange) => (changed = onChange) });
    expect((await source.current()).policy.displayMode).toBe('label');
    const seen = new Promise((resolve) => source.onChange(resolve));
    value = { displayMode: 'hide', lockRequired: true };
    changed();
    expect(await seen).toEqual({ policy: { displayMode: 'hide', lockRequired: true }, rejected: [] });
    expect((await source.current()).policy.displayMode).toBe('hide');
  });
});
