import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLockGate, isLockedError, LOCKED_BY_PIN, LOCKED_BY_POLICY } from '../../../utils/guardian/access.ts';
import { createMemoryArea } from '../../../utils/guardian/kv.ts';
import { createGuardian, type Guardian } from '../../../utils/guardian/service.ts';
import { createMessageListener, type Handlers, type SenderInfo } from '../../../utils/background/router.ts';
import {
  envelope,
  EXTENSION_PAGE_ONLY,
  LOCK_REQUIRED,
  type MessageType,
  type Reply,
} from '../../../utils/messaging.ts';
import { DEFAULT_SETTINGS } from '../../../utils/settings.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const OPTIONS: SenderInfo = { id: ID, url: `${ORIGIN}options.html` };
const POPUP: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const CONTENT_SCRIPT: SenderInfo = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };
const OTHER_EXTENSION: SenderInfo = {
  id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  url: 'chrome-extension://zzzz/page.html',
};
/** A page that pretends: an extension-looking path on a web origin. */
const SPOOFED: SenderInfo = { id: ID, url: `https://evil.example/${ORIGIN}options.html`, tab: { id: 8 } };

/**
 * Every message type and who may send it. A new type fails to compile here until it is classified,
 * and the test below fails if the protocol's sets disagree: a settings-changing message cannot be
 * added without deciding whether the guardian lock covers it.
 */
const ACCESS: Record<MessageType, 'content' | 'page' | 'locked'> = {
  classify: 'content',
  feedback: 'content',
  getSettings: 'content',
  getTabSummary: 'page',
  updateSettings: 'locked',
  clearLocalData: 'page',
  getResources: 'page',
  checkResourceUpdate: 'page',
  getLessonProgress: 'page',
  saveLessonProgress: 'page',
  guardianStatus: 'page',
  guardianUnlock: 'page',
  guardianLock: 'page',
  guardianSetPin: 'locked',
  guardianRemovePin: 'locked',
  getPolicy: 'page',
  getSummary: 'page',
  exportFeedback: 'page',
};

describe('protocol access classes', () => {
  it('match EXTENSION_PAGE_ONLY and LOCK_REQUIRED exactly', () => {
    for (const [type, access] of Object.entries(ACCESS) as Array<[MessageType, string]>) {
      expect(EXTENSION_PAGE_ONLY.has(type), type).toBe(access !== 'content');
      expect(LOCK_REQUIRED.has(type), type).toBe(access === 'locked');
    }
    expect([...LOCK_REQUIRED].every((type) => EXTENSION_PAGE_ONLY.has(type))).toBe(true);
  });
});

let clock = 0;
let guardian: Guardian;
let policyLock = false;
let updates: unknown[];

function handlers(): Handlers {
  const fail = async (): Promise<never> => {
    throw new Error('not used here');
  };
  const stub = Object.fromEntries(Object.keys(ACCESS).map((type) => [type, fail])) as unknown as Handlers;
  return {
    ...stub,
    updateSettings: async ({ patch }) => {
      updates.push(patch);
      return { ...DEFAULT_SETTINGS, ...patch } as typeof DEFAULT_SETTINGS;
    },
    getSettings: async () => DEFAULT_SETTINGS,
    guardianStatus: () => guardian.status(),
    guardianUnlock: ({ pin }) => guardian.unlock(pin),
    guardianLock: () => guardian.lock(),
    guardianSetPin: ({ pin }) => guardian.setPin(pin),
    guardianRemovePin: () => guardian.removePin(),
  };
}

async function send(type: MessageType, payload: unknown, sender: SenderInfo): Promise<Reply<MessageType>> {
  const listener = createMessageListener(handlers(), ID, ORIGIN, createLockGate(guardian));
  const reply = listener(envelope(type, payload as never), sender);
  if (!reply) throw new Error('not answered');
  return reply;
}

beforeEach(() => {
  clock = 1_000_000;
  policyLock = false;
  updates = [];
  guardian = createGuardian({
    local: createMemoryArea(),
    session: createMemoryArea(),
    now: () => clock,
    iterations: 1000,
    lockedByPolicy: async () => policyLock,
  });
});

describe('the lock, enforced in the background router', () => {
  it('lets an extension page change settings while no PIN is set', async () => {
    expect(await send('updateSettings', { patch: { displayMode: 'blur' } }, OPTIONS)).toMatchObject({ ok: true });
    expect(updates).toEqual([{ displayMode: 'blur' }]);
  });

  it('refuses every settings change from popup and options once a PIN is set, until unlocked', async () => {
    expect(await send('guardianSetPin', { pin: '2468' }, OPTIONS)).toMatchObject({ ok: true });
    for (const sender of [OPTIONS, POPUP]) {
      for (const patch of [{ displayMode: 'label' }, { pausedHosts: ['x.com'] }, { sites: { x: false } }]) {
        const reply = await send('updateSettings', { patch }, sender);
        expect(reply).toEqual({ ok: false, error: LOCKED_BY_PIN });
      }
    }
    expect(await send('guardianRemovePin', {}, OPTIONS)).toEqual({ ok: false, error: LOCKED_BY_PIN });
    expect(await send('guardianSetPin', { pin: '1111' }, POPUP)).toEqual({ ok: false, error: LOCKED_BY_PIN });
    expect(updates).toEqual([]);

    expect(await send('guardianUnlock', { pin: '2468' }, POPUP)).toMatchObject({ ok: true, value: { ok: true } });
    expect(await send('updateSettings', { patch: { displayMode: 'hide' } }, OPTIONS)).toMatchObject({ ok: true });
    expect(updates).toEqual([{ displayMode: 'hide' }]);
  });

  it('closes again when the session expires', async () => {
    await guardian.setPin('2468');
    await guardian.unlock('2468');
    clock += 10 * 60 * 1000;
    expect(await send('updateSettings', { patch: { displayMode: 'hide' } }, OPTIONS)).toEqual({
      ok: false,
      error: LOCKED_BY_PIN,
    });
  });

  it('refuses settings, PIN and unlock messages from content scripts, spoofed pages and other extensions', async () => {
    await guardian.setPin('2468');
    await guardian.unlock('2468');
    for (const sender of [CONTENT_SCRIPT, SPOOFED]) {
      for (const [type, payload] of [
        ['updateSettings', { patch: { displayMode: 'label' } }],
        ['guardianRemovePin', {}],
        ['guardianSetPin', { pin: '0000' }],
        ['guardianUnlock', { pin: '2468' }],
        ['guardianStatus', {}],
        ['clearLocalData', {}],
      ] as const) {
        const reply = await send(type, payload, sender);
        expect(reply, `${type} from ${sender.url}`).toEqual({
          ok: false,
          error: `${type} is only answered for extension pages`,
        });
      }
    }
    expect(await send('updateSettings', { patch: {} }, OTHER_EXTENSION)).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(updates).toEqual([]);
  });

  it('still answers what content scripts need', async () => {
    await guardian.setPin('2468');
    expect(await send('getSettings', {}, CONTENT_SCRIPT)).toMatchObject({ ok: true });
  });

  it('refuses everything lock-protected under a policy lock, even with the right PIN', async () => {
    policyLock = true;
    expect(await send('updateSettings', { patch: { displayMode: 'hide' } }, OPTIONS)).toEqual({
      ok: false,
      error: LOCKED_BY_POLICY,
    });
    expect(await send('guardianSetPin', { pin: '2468' }, OPTIONS)).toEqual({ ok: false, error: LOCKED_BY_POLICY });
    expect(isLockedError(LOCKED_BY_POLICY)).toBe(true);
    expect(isLockedError('updateSettings: bad displayMode')).toBe(false);
  });

  it('fails closed when the router is built without a lock gate', async () => {
    const listener = createMessageListener(handlers(), ID, ORIGIN);
    const reply = await listener(envelope('updateSettings', { patch: { displayMode: 'hide' } }), OPTIONS);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/no lock check/) });
  });

  it('waits for a "clear all data" in progress before deciding', async () => {
    let finish: () => void = () => undefined;
    const busy = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const gate = createLockGate(guardian, busy);
    let decided = false;
    const decision = gate('updateSettings').then((result) => {
      decided = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(decided).toBe(false);
    finish();
    expect(await decision).toBeUndefined();
  });
});
