// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions } from '../../../components/popup/Popup.tsx';
import { NOOP_POPUP_ACTIONS, PREVIEW_SUMMARY, previewPopupData } from '../../../components/popup/preview.ts';
import { change, click, mount, text, unmountAll } from './render.ts';

afterEach(unmountAll);

function actions() {
  return {
    showPost: vi.fn<PopupActions['showPost']>(),
    setPaused: vi.fn<PopupActions['setPaused']>(),
    setDisplayMode: vi.fn<PopupActions['setDisplayMode']>(),
    openLessons: vi.fn<PopupActions['openLessons']>(),
    openSettings: vi.fn<PopupActions['openSettings']>(),
  };
}

describe('popup', () => {
  it("shows this tab's counts grouped by harm and trick", () => {
    const root = mount(<Popup data={previewPopupData()} actions={NOOP_POPUP_ACTIONS} />);
    expect(text(root.querySelector('[data-count="scored"]'))).toBe('24');
    expect(text(root.querySelector('[data-count="flagged"]'))).toBe('2');
    const chips = Array.from(root.querySelectorAll('.chips li')).map(text);
    expect(chips).toContain('Us vs. them 2');
    expect(chips).toContain('Extremist propaganda 1');
  });

  it('lists each warning with its excerpt, what was found and why, and the evidence as text', () => {
    const root = mount(<Popup data={previewPopupData()} actions={NOOP_POPUP_ACTIONS} />);
    const items = root.querySelectorAll('li.warning');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(text(first.querySelector('h3'))).toBe('Extremist propaganda and Us vs. them');
    expect(text(first.querySelector('.excerpt'))).toContain('Join the caravan');
    expect(first.querySelector('.excerpt')!.getAttribute('dir')).toBe('auto');
    expect(text(first.querySelector('.summary'))).toMatch(/^This post promotes an extremist group/);
    expect(text(first.querySelector('.evidence'))).toContain('join the caravan');
    expect(text(first.querySelector('details.why dl'))).toContain('Us vs. them');
  });

  it('renders hostile excerpts as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const summary = {
      ...PREVIEW_SUMMARY,
      warnings: [{ ...PREVIEW_SUMMARY.warnings[0]!, excerpt: hostile, evidence: [hostile] }],
    };
    const root = mount(<Popup data={previewPopupData({ summary })} actions={NOOP_POPUP_ACTIONS} />);
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('.excerpt'))).toBe(hostile);
  });

  it('asks to show a post and reports what happened', () => {
    const spy = actions();
    const root = mount(<Popup data={previewPopupData()} actions={spy} />);
    click(root.querySelector('li.warning button.show-post'));
    expect(spy.showPost).toHaveBeenCalledWith('0123456789abcdef');
    const gone = mount(
      <Popup data={previewPopupData({ focus: { '0123456789abcdef': 'gone' } })} actions={NOOP_POPUP_ACTIONS} />,
    );
    expect(text(gone.querySelector('li.warning [role="status"]'))).toContain('no longer on the page');
  });

  it('offers the counter-narrative card, help routes and platform reporting per warning', () => {
    const root = mount(<Popup data={previewPopupData()} actions={NOOP_POPUP_ACTIONS} />);
    const help = root.querySelector('li.warning details.more-help')!;
    expect(help.querySelector('.counter-card')!.getAttribute('data-topic')).toBe('us_vs_them_flag_waving');
    expect(text(help)).toContain('Ask yourself');
    expect(help.querySelector('[data-route="platform_x"]')).not.toBeNull();
    // Reporting sits behind its own disclosure, caution first.
    const reporting = help.querySelector('details.reporting')!;
    expect(reporting.children[1]!.className).toBe('caution');
    expect(text(help)).toContain('Not confirmed yet: please check before use');
  });

  it('has quick controls: pause here, display mode, lessons, settings', () => {
    const spy = actions();
    const root = mount(<Popup data={previewPopupData()} actions={spy} />);
    expect(text(root.querySelector('label.check'))).toBe('Pause Basirat on x.com');
    change(root.querySelector('input[name="pause"]'), true);
    expect(spy.setPaused).toHaveBeenCalledWith(true);
    change(root.querySelector('input[name="popup-display"][value="blur"]'), true);
    expect(spy.setDisplayMode).toHaveBeenCalledWith('blur');
    click(root.querySelector('button.lessons'));
    click(root.querySelector('button.settings'));
    expect(spy.openLessons).toHaveBeenCalled();
    expect(spy.openSettings).toHaveBeenCalled();
  });

  it('says so when nothing was checked or Basirat is paused here', () => {
    const empty = mount(
      <Popup
        data={previewPopupData({
          summary: { ...PREVIEW_SUMMARY, scored: 0, flagged: 0, warnings: [], byHarm: {}, byTechnique: {} },
        })}
        actions={NOOP_POPUP_ACTIONS}
      />,
    );
    expect(text(empty)).toContain('has not checked any posts on this tab yet');
    const paused = mount(<Popup data={previewPopupData({ paused: true })} actions={NOOP_POPUP_ACTIONS} />);
    expect(text(paused.querySelector('.notice'))).toContain('paused on this site');
    expect((paused.querySelector('input[name="pause"]') as HTMLInputElement).checked).toBe(true);
  });

  it('is right-to-left in Urdu, with Urdu digits', () => {
    const root = mount(<Popup data={previewPopupData({ lang: 'ur' })} actions={NOOP_POPUP_ACTIONS} />);
    const main = root.querySelector('main')!;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(main.getAttribute('lang')).toBe('ur');
    expect(text(root.querySelector('[data-count="scored"]'))).toBe('۲۴');
    expect(text(root.querySelector('h2'))).toBe('اس ٹیب میں');
    // The host name stays left-to-right inside the Urdu sentence.
    expect(root.querySelector('label.check bdi')!.getAttribute('dir')).toBe('ltr');
  });
});

describe('popup when the guardian lock refuses a change', () => {
  it('explains the lock and offers to unlock in settings instead of showing a raw error', async () => {
    const { LOCKED_BY_PIN, LOCKED_BY_POLICY } = await import('../../../utils/guardian/access.ts');
    const openSettings = vi.fn();
    const root = mount(
      <Popup data={previewPopupData({ error: LOCKED_BY_PIN })} actions={{ ...NOOP_POPUP_ACTIONS, openSettings }} />,
    );
    expect(text(root.querySelector('[data-popup="locked"]'))).toContain('guardian PIN');
    expect(root.querySelector('.error')).toBeNull();
    click(root.querySelector('button.unlock')!);
    expect(openSettings).toHaveBeenCalledTimes(1);
    unmountAll();
    const school = mount(<Popup data={previewPopupData({ error: LOCKED_BY_POLICY })} actions={NOOP_POPUP_ACTIONS} />);
    expect(text(school.querySelector('[data-popup="locked"]'))).toContain('school');
    expect(school.querySelector('button.unlock')).toBeNull();
  });
});
