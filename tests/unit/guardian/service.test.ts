import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryArea } from '../../../utils/guardian/kv.ts';
import { BACKOFF_KEY, createGuardian, PIN_KEY, SESSION_KEY, SESSION_MS } from '../../../utils/guardian/service.ts';

const FAST = 1000;
let clock = 0;
let local: ReturnType<typeof createMemoryArea>;
let session: ReturnType<typeof createMemoryArea>;
let policyLock = false;

/** A fresh guardian over the same storage: what a reloaded page or restarted service worker sees. */
function guardian() {
  return createGuardian({ local, session, now: () => clock, iterations: FAST, lockedByPolicy: async () => policyLock });
}

beforeEach(() => {
  clock = Date.UTC(2026, 10, 28, 10);
  local = createMemoryArea();
  session = createMemoryArea();
  policyLock = false;
});

describe('guardian lock', () => {
  it('is open when no PIN is set', async () => {
    expect(await guardian().status()).toMatchObject({ pinSet: false, open: true, failures: 0, retryAt: null });
  });

  it('closes as soon as a PIN is set, and stores only its hash', async () => {
    const status = await guardian().setPin('2468');
    expect(status).toMatchObject({ pinSet: true, open: false, unlockedUntil: null });
    expect(JSON.stringify(local.dump())).not.toContain('2468');
    expect(local.dump()[PIN_KEY]).toMatchObject({ alg: 'PBKDF2-SHA-256', iterations: FAST });
  });

  it('opens for SESSION_MS with the right PIN, in storage.session, and closes when it expires', async () => {
    await guardian().setPin('2468');
    const result = await guardian().unlock('2468');
    expect(result).toMatchObject({ ok: true, status: { open: true, unlockedUntil: clock + SESSION_MS } });
    expect(session.dump()[SESSION_KEY]).toEqual({ until: clock + SESSION_MS });
    clock += SESSION_MS - 1;
    expect(await guardian().isOpen()).toBe(true);
    clock += 1;
    expect(await guardian().isOpen()).toBe(false);
  });

  it('closes on lock()', async () => {
    await guardian().setPin('2468');
    await guardian().unlock('2468');
    expect((await guardian().lock()).open).toBe(false);
  });

  it('backs off after three wrong attempts, and a reload does not reset it', async () => {
    await guardian().setPin('2468');
    for (let i = 0; i < 2; i++) expect(await guardian().unlock('0000')).toMatchObject({ ok: false, reason: 'wrong' });
    const third = await guardian().unlock('0000');
    expect(third).toMatchObject({ ok: false, reason: 'wrong', status: { failures: 3, retryAt: clock + 30_000 } });
    // A new guardian over the same storage: the wait is still there, even for the right PIN.
    expect(await guardian().unlock('2468')).toMatchObject({ ok: false, reason: 'wait' });
    expect(local.dump()[BACKOFF_KEY]).toEqual({ failures: 3, retryAt: clock + 30_000 });
    clock += 30_000;
    expect(await guardian().unlock('0000')).toMatchObject({
      ok: false,
      status: { failures: 4, retryAt: clock + 60_000 },
    });
    clock += 60_000;
    expect(await guardian().unlock('2468')).toMatchObject({ ok: true, status: { failures: 0, retryAt: null } });
  });

  it('does not count attempts made while waiting', async () => {
    await guardian().setPin('2468');
    for (let i = 0; i < 3; i++) await guardian().unlock('0000');
    for (let i = 0; i < 5; i++) await guardian().unlock('0000');
    expect((await guardian().status()).failures).toBe(3);
  });

  it('counts parallel wrong attempts one by one', async () => {
    await guardian().setPin('2468');
    const g = guardian();
    const results = await Promise.all(Array.from({ length: 6 }, () => g.unlock('0000')));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['wrong', 'wrong', 'wrong', 'wait', 'wait', 'wait']);
    expect((await g.status()).failures).toBe(3);
  });

  it('does not let a clock turned back stretch the wait, nor a forged session outlive SESSION_MS', async () => {
    await guardian().setPin('2468');
    for (let i = 0; i < 3; i++) await guardian().unlock('0000');
    clock -= 10 * 24 * 60 * 60 * 1000;
    const status = await guardian().status();
    expect(status.retryAt! - clock).toBeLessThanOrEqual(30_000);
    await session.set({ [SESSION_KEY]: { until: clock + 365 * 24 * 60 * 60 * 1000 } });
    expect(await guardian().isOpen()).toBe(false);
  });

  it('changes and removes the PIN; the new PIN works, the old one does not', async () => {
    await guardian().setPin('2468');
    await guardian().unlock('2468');
    await guardian().setPin('97531');
    expect((await guardian().unlock('2468')).ok).toBe(false);
    expect((await guardian().unlock('97531')).ok).toBe(true);
    const removed = await guardian().removePin();
    expect(removed).toMatchObject({ pinSet: false, open: true, failures: 0 });
    expect(local.dump()).toEqual({});
  });

  it('stays closed under a policy lock, PIN or not', async () => {
    policyLock = true;
    expect(await guardian().status()).toMatchObject({ open: false, lockedByPolicy: true });
    await guardian().setPin('2468');
    expect(await guardian().unlock('2468')).toMatchObject({ ok: false, reason: 'policy' });
  });

  it('says when there is no PIN to unlock', async () => {
    expect(await guardian().unlock('2468')).toMatchObject({ ok: false, reason: 'no_pin' });
  });

  it('treats a damaged PIN record as no PIN (reinstall-equivalent), never as locked forever', async () => {
    await local.set({ [PIN_KEY]: { v: 1, alg: 'MD5', hash: 'x' } });
    expect(await guardian().status()).toMatchObject({ pinSet: false, open: true });
  });
});
