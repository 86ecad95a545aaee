// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/options/Options.tsx';
import { SCORE_DAYS } from '../../../components/options/DataSection.tsx';
import { NOOP_OPTIONS_ACTIONS, previewOptionsData } from '../../../components/options/preview.ts';
import type { OptionsActions } from '../../../components/options/types.ts';
import { SCORE_TTL_MS } from '../../../utils/db.ts';
import { change, click, mount, submit, text, unmountAll } from './render.ts';

afterEach(unmountAll);

function spyActions(overrides: Partial<OptionsActions> = {}) {
  const spies = Object.fromEntries(Object.keys(NOOP_OPTIONS_ACTIONS).map((key) => [key, vi.fn()])) as unknown as {
    [K in keyof OptionsActions]: ReturnType<typeof vi.fn>;
  };
  return { ...spies, ...overrides } as OptionsActions & typeof spies;
}

describe('options', () => {
  it('switches sites, display mode, sensitivity and language', () => {
    const actions = spyActions();
    const root = mount(<Options data={previewOptionsData()} actions={actions} />);
    const sites = Array.from(root.querySelectorAll('input[name^="site-"]')).map((el) => el.getAttribute('name'));
    expect(sites).toEqual([
      'site-x',
      'site-facebook',
      'site-youtube',
      'site-reddit',
      'site-instagram',
      'site-tiktok',
      'site-telegram',
      'site-whatsapp',
      'site-generic',
    ]);
    change(root.querySelector('input[name="site-reddit"]'), false);
    expect(actions.setSite).toHaveBeenCalledWith('reddit', false);
    change(root.querySelector('input[name="display"][value="hide"]'), true);
    expect(actions.setDisplayMode).toHaveBeenCalledWith('hide');
    change(root.querySelector('input[name="sensitivity"][value="sensitive"]'), true);
    expect(actions.setSensitivity).toHaveBeenCalledWith('sensitive');
    change(root.querySelector('input[name="language"][value="ur"]'), true);
    expect(actions.setLanguage).toHaveBeenCalledWith('ur');
  });

  it('names the three sensitivity levels and explains each', () => {
    const root = mount(<Options data={previewOptionsData()} actions={NOOP_OPTIONS_ACTIONS} />);
    const labels = Array.from(root.querySelectorAll('input[name="sensitivity"] + label')).map(text);
    expect(labels).toEqual(['Relaxed', 'Balanced (recommended)', 'Sensitive']);
    expect(root.querySelector('input[name="sensitivity"][value="balanced"]')!.getAttribute('aria-describedby')).toBe(
      'sensitivity-balanced-help',
    );
  });

  it('saves an update address only when it is https, and shows why an update was refused', () => {
    const actions = spyActions({ savePackUrl: vi.fn((url: string) => url.startsWith('https://')) });
    const data = previewOptionsData();
    data.resources!.lastCheck = {
      at: Date.UTC(2026, 10, 28),
      url: 'https://p.example/',
      ok: false,
      reason: 'unsigned',
    };
    const root = mount(<Options data={data} actions={actions} />);
    change(root.querySelector('#pack-url'), 'http://p.example/pack.json');
    submit(root.querySelector('.resources form'));
    expect(text(root.querySelector('#pack-url-error'))).toContain('https://');
    expect(root.querySelector('#pack-url')!.getAttribute('aria-invalid')).toBe('true');
    change(root.querySelector('#pack-url'), 'https://p.example/pack.json');
    submit(root.querySelector('.resources form'));
    expect(actions.savePackUrl).toHaveBeenLastCalledWith('https://p.example/pack.json');
    expect(root.querySelector('#pack-url-error')).toBeNull();
    expect(text(root.querySelector('.last-check'))).toContain('Update refused: The pack is not signed.');
    click(root.querySelector('button.check-update'));
    expect(actions.checkPackUpdate).toHaveBeenCalled();
  });

  it('clears local data only after a confirmation', () => {
    const actions = spyActions();
    const root = mount(<Options data={previewOptionsData()} actions={actions} />);
    click(root.querySelector('button.clear'));
    expect(actions.clearData).not.toHaveBeenCalled();
    click(root.querySelector('button.clear-no'));
    expect(root.querySelector('button.clear-yes')).toBeNull();
    click(root.querySelector('button.clear'));
    click(root.querySelector('button.clear-yes'));
    expect(actions.clearData).toHaveBeenCalledOnce();
  });

  it('exports settings and shows the translated reason when an import fails', () => {
    const actions = spyActions();
    const data = previewOptionsData({
      notice: { tone: 'error', key: 'options.importFailed', reasonKey: 'options.importNotJson' },
    });
    const root = mount(<Options data={data} actions={actions} />);
    click(root.querySelector('button.export'));
    expect(actions.exportSettings).toHaveBeenCalled();
    expect(text(root.querySelector('[role="status"]'))).toBe('Could not import that file: it is not a JSON file.');
    expect(root.querySelector('input[type="file"].import')).not.toBeNull();
  });

  it('describes the model with its version, training data, limits and model card link', () => {
    const root = mount(<Options data={previewOptionsData()} actions={NOOP_OPTIONS_ACTIONS} />);
    const model = root.querySelector('section.model')!;
    expect(text(model)).toContain('Model version 0.1.0');
    expect(text(model)).toContain('It makes mistakes');
    expect(model.querySelector('a')!.getAttribute('href')).toBe('chrome-extension://preview/model-card.txt');
    expect(SCORE_DAYS * 24 * 60 * 60 * 1000).toBe(SCORE_TTL_MS);
  });

  it('is right-to-left in Urdu', () => {
    const root = mount(<Options data={previewOptionsData({ lang: 'ur' })} actions={NOOP_OPTIONS_ACTIONS} />);
    expect(root.querySelector('main')!.getAttribute('dir')).toBe('rtl');
    expect(text(root.querySelector('h1'))).toBe('بصیرت کی سیٹنگز');
    expect(text(root.querySelector('section.data p'))).toContain('۳۰');
  });
});
