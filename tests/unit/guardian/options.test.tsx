// @vitest-environment happy-dom
/** The options page with issue #5 wired in: policy badges, greyed-out controls, the unlock prompt. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuardianActions } from '../../../components/guardian/GuardianPanel.tsx';
import { Options, type OptionsGuardian } from '../../../components/options/Options.tsx';
import { NOOP_OPTIONS_ACTIONS, previewOptionsData } from '../../../components/options/preview.ts';
import type { GuardianStatus } from '../../../utils/guardian/types.ts';
import { managedPaths } from '../../../utils/policy/merge.ts';
import type { ManagedPolicy } from '../../../utils/policy/types.ts';
import { mount, text, unmountAll } from '../ui/render.ts';

afterEach(unmountAll);

const OPEN: GuardianStatus = {
  pinSet: false,
  open: true,
  unlockedUntil: null,
  failures: 0,
  retryAt: null,
  lockedByPolicy: false,
  now: 1_800_000_000_000,
};

const ACTIONS: GuardianActions = {
  unlock: vi.fn(async () => ({ ok: true as const, status: OPEN })),
  lock: vi.fn(async () => undefined),
  setPin: vi.fn(async () => undefined),
  removePin: vi.fn(async () => undefined),
};

function guardian(status: GuardianStatus, policy: ManagedPolicy = {}, rejected = 0): OptionsGuardian {
  return {
    data: {
      lang: 'en',
      status,
      notice: null,
      summaryUrl: 'chrome-extension://test/summary.html',
      policy: {
        policy,
        rejected: Array.from({ length: rejected }, (_, i) => ({ key: `k${i}`, reason: 'bad' })),
        managed: managedPaths(policy),
      },
    },
    actions: ACTIONS,
  };
}

function render(g: OptionsGuardian): HTMLElement {
  return mount(<Options data={previewOptionsData()} actions={NOOP_OPTIONS_ACTIONS} guardian={g} />);
}

const disabled = (root: HTMLElement, selector: string): boolean[] =>
  Array.from(root.querySelectorAll<HTMLInputElement>(selector)).map(
    (input) => input.disabled || input.closest('fieldset:disabled') !== null,
  );

describe('options with the guardian lock and policy', () => {
  it('greys out what the school set, with the badge, and leaves the rest alone', () => {
    const root = render(guardian(OPEN, { displayMode: 'blur', sites: { reddit: false } }, 2));
    expect(disabled(root, 'input[name="display"]').every(Boolean)).toBe(true);
    expect(disabled(root, 'input[name="sensitivity"]').some(Boolean)).toBe(false);
    expect(disabled(root, 'input[name="site-reddit"]')).toEqual([true]);
    expect(disabled(root, 'input[name="site-x"]')).toEqual([false]);
    expect(root.querySelectorAll('[data-policy-badge]')).toHaveLength(2);
    expect(text(root.querySelector('[data-policy-managed]'))).toContain('Set by your school');
    expect(text(root.querySelector('[data-policy="rejected"]'))).toBe(
      'Some settings from your school could not be used (2). Please let them know.',
    );
  });

  it('greys out the resource-pack address when the school sets it, and while locked', () => {
    const managedRoot = render(guardian(OPEN, { resourcePackUrl: 'https://school.example/pack.json' }));
    expect(disabled(managedRoot, '#pack-url')).toEqual([true]);
    expect(managedRoot.querySelectorAll('.resources [data-policy-badge]')).toHaveLength(1);
    unmountAll();
    const openRoot = render(guardian(OPEN));
    expect(disabled(openRoot, '#pack-url')).toEqual([false]);
    unmountAll();
    const lockedRoot = render(guardian({ ...OPEN, pinSet: true, open: false }));
    expect(disabled(lockedRoot, '#pack-url')).toEqual([true]);
  });

  it('asks for the PIN before any change while locked, and disables every setting', () => {
    const root = render(guardian({ ...OPEN, pinSet: true, open: false }));
    expect(root.querySelector('[data-guardian="banner"] [data-guardian="unlock"]')).not.toBeNull();
    for (const name of ['display', 'sensitivity', 'language', 'site-x'])
      expect(disabled(root, `input[name="${name}"]`).every(Boolean), name).toBe(true);
    expect(root.querySelector('[data-guardian="panel"]')).not.toBeNull();
  });

  it('says settings are managed by the school under a policy lock, with no prompt', () => {
    const root = render(guardian({ ...OPEN, open: false, lockedByPolicy: true }, { lockRequired: true }));
    expect(text(root.querySelector('[data-guardian="policy-lock"]'))).toContain('managed by your school');
    expect(root.querySelector('[data-guardian="unlock"]')).toBeNull();
    expect(disabled(root, 'input[name="display"]').every(Boolean)).toBe(true);
  });

  it('while unlocked, shows until when and offers "Lock now"; links the weekly summary', () => {
    const root = render(guardian({ ...OPEN, pinSet: true, open: true, unlockedUntil: OPEN.now + 600_000 }));
    expect(text(root.querySelector('[data-guardian="unlocked"]'))).toMatch(/^Unlocked until .* Lock now$/);
    expect(disabled(root, 'input[name="display"]').some(Boolean)).toBe(false);
    expect(root.querySelector('[data-guardian="summary-link"]')?.getAttribute('href')).toBe(
      'chrome-extension://test/summary.html',
    );
  });

  it('renders as before without the guardian', () => {
    const root = mount(<Options data={previewOptionsData()} actions={NOOP_OPTIONS_ACTIONS} />);
    expect(root.querySelector('[data-guardian]')).toBeNull();
    expect(disabled(root, 'input[name="display"]').some(Boolean)).toBe(false);
  });
});
