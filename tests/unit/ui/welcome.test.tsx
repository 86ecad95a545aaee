// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOOP_WELCOME_ACTIONS, previewWelcomeData } from '../../../components/welcome/preview.ts';
import type { WelcomeActions } from '../../../components/welcome/types.ts';
import { Welcome } from '../../../components/welcome/Welcome.tsx';
import type { SendFn } from '../../../utils/dom/contentApp.ts';
import { LOCKED_BY_PIN, LOCKED_BY_POLICY } from '../../../utils/guardian/access.ts';
import type { MessageType, Request, Response } from '../../../utils/messaging.ts';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../utils/settings.ts';
import { createWelcomeConnector } from '../../../utils/ui/connectors/welcome.ts';
import type { UiEnv } from '../../../utils/ui/env.ts';
import { tick } from '../dom/helpers.ts';
import { change, click, mount, text, unmountAll } from './render.ts';

const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  unmountAll();
});

function spyActions(): WelcomeActions & { [K in keyof WelcomeActions]: ReturnType<typeof vi.fn> } {
  return Object.fromEntries(Object.keys(NOOP_WELCOME_ACTIONS).map((key) => [key, vi.fn()])) as never;
}

/** A background stand-in: settings in memory; `refuse` answers updateSettings the way the lock gate does. */
function fakeEnv(options: { refuse?: string; policyMode?: Settings['displayMode'] } = {}) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const effective = (): Settings => (options.policyMode ? { ...settings, displayMode: options.policyMode } : settings);
  const send = (async (type: MessageType, payload: unknown) => {
    if (type === 'getSettings') return effective();
    if (type === 'updateSettings') {
      if (options.refuse) throw new Error(options.refuse);
      const { patch } = payload as Request<'updateSettings'>;
      // Managed policy drops the fields it sets (utils/policy/patch.ts).
      const { displayMode, ...rest } = patch;
      settings = applySettingsPatch(settings, options.policyMode ? rest : { ...rest, displayMode });
      return effective();
    }
    throw new Error(`unexpected ${type}`);
  }) as unknown as SendFn;
  const env = {
    send: send as (type: MessageType, payload: unknown) => Promise<Response<MessageType>>,
    onStorageChanged: () => () => undefined,
    navigatorLanguage: () => 'en-GB',
    openOptions: vi.fn(async () => undefined),
    openPage: vi.fn(async () => undefined),
  } as unknown as UiEnv;
  return { env, settings: () => settings };
}

describe('welcome page', () => {
  it('says what Basirat does and never does, and offers the three display modes', () => {
    const root = mount(<Welcome data={previewWelcomeData()} actions={NOOP_WELCOME_ACTIONS} />);
    expect(text(root.querySelector('h1'))).toBe('Welcome to Basirat');
    const never = text(root.querySelector('.welcome-never'));
    expect(never).toContain('never sends anything off your device');
    expect(never).toContain('never blocks');
    expect(never).toContain('never reports');
    expect(never).toContain('only counts');
    const modes = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="display"]'));
    expect(modes.map((input) => input.value)).toEqual(['label', 'blur', 'hide']);
    expect(modes.find((input) => input.checked)?.value).toBe('label');
    // Native radios with labels and help text, so keyboard and screen readers work as is.
    for (const input of modes) {
      expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
      expect(root.querySelector(`#${input.getAttribute('aria-describedby')!}`)).not.toBeNull();
    }
  });

  it('is in Urdu, right to left, when the language is Urdu', () => {
    const root = mount(<Welcome data={previewWelcomeData({ lang: 'ur' })} actions={NOOP_WELCOME_ACTIONS} />);
    const main = root.querySelector('main')!;
    expect(main.getAttribute('lang')).toBe('ur');
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(text(root.querySelector('h1'))).toBe('بصیرت میں خوش آمدید');
  });

  it('sends the choices as actions', () => {
    const actions = spyActions();
    const root = mount(<Welcome data={previewWelcomeData()} actions={actions} />);
    change(root.querySelector('input[name="display"][value="blur"]'), true);
    expect(actions.setDisplayMode).toHaveBeenCalledWith('blur');
    change(root.querySelector('input[name="language"][value="ur"]'), true);
    expect(actions.setLanguage).toHaveBeenCalledWith('ur');
    click(root.querySelector('button.settings'));
    click(root.querySelector('button.lessons'));
    expect(actions.openOptions).toHaveBeenCalledOnce();
    expect(actions.openLessons).toHaveBeenCalledOnce();
  });

  it('shows a saved choice and a refusal in the status line', () => {
    const saved = mount(
      <Welcome
        data={previewWelcomeData({ displayMode: 'blur', notice: { tone: 'ok', key: 'welcome.saved', mode: 'blur' } })}
        actions={NOOP_WELCOME_ACTIONS}
      />,
    );
    expect(text(saved.querySelector('[role="status"]'))).toBe(
      'Saved. Flagged posts will be shown as: Blurred, with a note.',
    );
    const refused = mount(
      <Welcome
        data={previewWelcomeData({ notice: { tone: 'error', key: 'welcome.lockedPin' } })}
        actions={NOOP_WELCOME_ACTIONS}
      />,
    );
    expect(text(refused.querySelector('[role="status"] .error'))).toContain('guardian PIN');
  });
});

describe('welcome connector', () => {
  it('saves the display mode through updateSettings', async () => {
    const fake = fakeEnv();
    const connector = createWelcomeConnector(fake.env);
    stops.push(connector.stop);
    await tick(5);
    expect(connector.store.get()).toMatchObject({ status: 'ready', displayMode: 'label', lang: 'en' });
    connector.actions.setDisplayMode('blur');
    await tick(5);
    expect(fake.settings().displayMode).toBe('blur');
    expect(connector.store.get()).toMatchObject({
      displayMode: 'blur',
      notice: { tone: 'ok', key: 'welcome.saved', mode: 'blur' },
    });
    connector.actions.setLanguage('ur');
    await tick(5);
    expect(connector.store.get().lang).toBe('ur');
  });

  it('shows when the guardian PIN or the school refuses the change, and keeps the mode in force', async () => {
    for (const [refuse, key] of [
      [LOCKED_BY_PIN, 'welcome.lockedPin'],
      [LOCKED_BY_POLICY, 'welcome.lockedPolicy'],
      ['no answer to updateSettings', 'welcome.failed'],
    ] as const) {
      const connector = createWelcomeConnector(fakeEnv({ refuse }).env);
      stops.push(connector.stop);
      await tick(5);
      connector.actions.setDisplayMode('hide');
      await tick(5);
      expect(connector.store.get().displayMode).toBe('label');
      expect(connector.store.get().notice).toMatchObject({ tone: 'error', key });
    }
  });

  it('says so when managed policy decides the display mode', async () => {
    const fake = fakeEnv({ policyMode: 'hide' });
    const connector = createWelcomeConnector(fake.env);
    stops.push(connector.stop);
    await tick(5);
    connector.actions.setDisplayMode('blur');
    await tick(5);
    expect(connector.store.get()).toMatchObject({
      displayMode: 'hide',
      notice: { tone: 'error', key: 'welcome.lockedPolicy' },
    });
  });
});
