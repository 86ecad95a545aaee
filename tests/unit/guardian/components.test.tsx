// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuardianPanel, type GuardianActions, type GuardianData } from '../../../components/guardian/GuardianPanel.tsx';
import { PolicyBadge } from '../../../components/guardian/PolicyBadge.tsx';
import { createGuardianConnector } from '../../../utils/guardian/connector.ts';
import type { GuardianStatus, UnlockResult } from '../../../utils/guardian/types.ts';
import type { SendFn } from '../../../utils/dom/contentApp.ts';
import { change, click, mount, submit, text, unmountAll } from '../ui/render.ts';

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

const NOW = 1_800_000_000_000;

function status(overrides: Partial<GuardianStatus> = {}): GuardianStatus {
  return {
    pinSet: false,
    open: true,
    unlockedUntil: null,
    failures: 0,
    retryAt: null,
    lockedByPolicy: false,
    now: NOW,
    ...overrides,
  };
}

function actions(unlock: UnlockResult = { ok: true, status: status({ pinSet: true }) }): GuardianActions {
  return {
    unlock: vi.fn(async () => unlock),
    lock: vi.fn(async () => undefined),
    setPin: vi.fn(async () => undefined),
    removePin: vi.fn(async () => undefined),
  };
}

function panel(data: Partial<GuardianData>, handlers = actions()): HTMLElement {
  return mount(<GuardianPanel data={{ lang: 'en', status: status(), notice: null, ...data }} actions={handlers} />);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('GuardianPanel', () => {
  it('offers to set a PIN when none is set, typed twice', async () => {
    const handlers = actions();
    const root = panel({}, handlers);
    expect(text(root.querySelector('[data-guardian="status"]'))).toContain('No PIN is set');
    const form = root.querySelector('[data-guardian="set-pin"]');
    change(root.querySelector('#basirat-pin-set-new'), '1234');
    change(root.querySelector('#basirat-pin-set-again'), '1243');
    submit(form);
    expect(text(root.querySelector('[role="alert"]'))).toBe('The two PINs are not the same.');
    change(root.querySelector('#basirat-pin-set-new'), '12');
    change(root.querySelector('#basirat-pin-set-again'), '12');
    submit(form);
    expect(text(root.querySelector('[role="alert"]'))).toBe('The PIN must be 4 to 64 characters.');
    expect(handlers.setPin).not.toHaveBeenCalled();
    change(root.querySelector('#basirat-pin-set-new'), 'chai-4821');
    change(root.querySelector('#basirat-pin-set-again'), 'chai-4821');
    submit(form);
    await flush();
    expect(handlers.setPin).toHaveBeenCalledWith('chai-4821');
  });

  it('asks for the PIN when locked, and says when it was wrong', async () => {
    const handlers = actions({
      ok: false,
      reason: 'wrong',
      status: status({ pinSet: true, open: false, failures: 1 }),
    });
    const root = panel({ status: status({ pinSet: true, open: false }) }, handlers);
    expect(text(root.querySelector('[data-guardian="status"]'))).toBe('Locked. Enter the PIN to change settings.');
    expect(root.querySelector('[data-guardian="set-pin"]')).toBeNull();
    change(root.querySelector('#basirat-guardian-unlock-pin'), '0000');
    submit(root.querySelector('[data-guardian="unlock"]'));
    await flush();
    await flush();
    expect(handlers.unlock).toHaveBeenCalledWith('0000');
    expect(text(root.querySelector('#basirat-guardian-unlock-status'))).toBe(
      'That PIN is not right. Wrong tries so far: 1.',
    );
  });

  it('counts down the back-off on the background clock and disables the PIN field meanwhile', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW + 5_000_000); // the page's clock is off; the countdown must not care
    const root = panel({ status: status({ pinSet: true, open: false, failures: 3, retryAt: NOW + 30_000 }) });
    const wait = () => text(root.querySelector('[data-guardian="wait"]'));
    expect(wait()).toBe('Too many wrong tries. You can try again in 30 seconds.');
    expect((root.querySelector('#basirat-guardian-unlock-pin') as HTMLInputElement).disabled).toBe(true);
    const { act } = await import('preact/test-utils');
    act(() => void vi.advanceTimersByTime(10_000));
    expect(wait()).toBe('Too many wrong tries. You can try again in 20 seconds.');
    act(() => void vi.advanceTimersByTime(20_000));
    expect(root.querySelector('[data-guardian="wait"]')).toBeNull();
    expect((root.querySelector('#basirat-guardian-unlock-pin') as HTMLInputElement).disabled).toBe(false);
  });

  it('when unlocked, offers lock now, remove and change', () => {
    const handlers = actions();
    const root = panel({ status: status({ pinSet: true, open: true, unlockedUntil: NOW + 600_000 }) }, handlers);
    expect(text(root.querySelector('[data-guardian="status"]'))).toMatch(
      /^Unlocked until .+\. It locks again by itself\.$/,
    );
    const buttons = Array.from(root.querySelectorAll('button'));
    click(buttons.find((button) => text(button) === 'Lock now')!);
    click(buttons.find((button) => text(button) === 'Remove PIN')!);
    expect(handlers.lock).toHaveBeenCalled();
    expect(handlers.removePin).toHaveBeenCalled();
    expect(root.querySelector('[data-guardian="change-pin"]')).not.toBeNull();
  });

  it('under a policy lock, explains it and offers nothing to change', () => {
    const root = panel({ status: status({ lockedByPolicy: true, open: false }) });
    expect(text(root.querySelector('[data-guardian="status"]'))).toContain('managed by your school');
    expect(root.querySelectorAll('form')).toHaveLength(0);
  });

  it('tells honestly what to do when the PIN is forgotten, in both languages', () => {
    expect(text(panel({}).querySelector('details'))).toContain('remove Basirat from the browser and install it again');
    unmountAll();
    const urdu = panel({ lang: 'ur' });
    expect(text(urdu.querySelector('details summary'))).toBe('پن بھول گئے؟');
  });
});

describe('PolicyBadge', () => {
  it('says who set the value', () => {
    const root = mount(<PolicyBadge lang="en" />);
    expect(text(root)).toBe('Set by your school');
    expect(root.querySelector('[data-policy-badge]')?.getAttribute('title')).toMatch(/cannot be changed here/);
  });
});

describe('guardian connector', () => {
  it('loads status and policy and keeps the store current after each action', async () => {
    const locked = status({ pinSet: true, open: false });
    const replies: Record<string, unknown> = {
      guardianStatus: status(),
      getPolicy: { policy: {}, rejected: [], managed: [] },
      guardianSetPin: locked,
      guardianUnlock: { ok: true, status: status({ pinSet: true, open: true, unlockedUntil: NOW + 1 }) },
      guardianLock: locked,
      guardianRemovePin: status(),
    };
    const sent: string[] = [];
    const send = (async (type: string) => {
      sent.push(type);
      return replies[type];
    }) as SendFn;
    const connector = createGuardianConnector(send, 'en');
    await connector.refresh();
    expect(connector.store.get().status).toEqual(status());
    expect(connector.store.get().policy).toEqual({ policy: {}, rejected: [], managed: [] });
    await connector.actions.setPin('2468');
    expect(connector.store.get()).toMatchObject({ status: locked, notice: 'The PIN is set. Settings are locked now.' });
    await connector.actions.unlock('2468');
    expect(connector.store.get().status?.open).toBe(true);
    await connector.actions.lock();
    await connector.actions.removePin();
    expect(connector.store.get().notice).toBe('The PIN was removed. Anyone can change the settings again.');
    expect(sent).toEqual([
      'guardianStatus',
      'getPolicy',
      'guardianSetPin',
      'guardianUnlock',
      'guardianLock',
      'guardianRemovePin',
    ]);
  });
});
