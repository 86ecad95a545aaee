// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryView, type SummaryData } from '../../../components/summary/SummaryView.tsx';
import type { SendFn } from '../../../utils/dom/contentApp.ts';
import { computeSummary } from '../../../utils/reports/summary.ts';
import { createSummaryConnector } from '../../../utils/reports/summaryConnector.ts';
import { DEFAULT_SETTINGS } from '../../../utils/settings.ts';
import { click, mount, text, unmountAll } from '../ui/render.ts';

afterEach(unmountAll);

const SUMMARY = computeSummary(
  [
    { id: 'a', day: '2026-11-27', site: 'x', category: 'scored', count: 40 },
    { id: 'b', day: '2026-11-27', site: 'x', category: 'flagged', count: 3 },
    { id: 'c', day: '2026-11-27', site: 'x', category: 'us_vs_them_flag_waving', count: 3 },
    { id: 'd', day: '2026-11-27', site: 'x', category: 'extremist_propaganda', count: 2 },
    { id: 'e', day: '2026-11-26', site: 'youtube', category: 'scored', count: 5 },
  ],
  '2026-11-28',
);

function data(overrides: Partial<SummaryData> = {}): SummaryData {
  return {
    lang: 'en',
    status: 'ready',
    error: null,
    summary: SUMMARY,
    feedbackCount: 2,
    lessonsUrl: 'chrome-extension://test/lessons.html',
    ...overrides,
  };
}

const noActions = { saveSummary: vi.fn(async () => undefined), saveFeedback: vi.fn(async () => undefined) };

describe('SummaryView', () => {
  it('shows totals, a chart with a text alternative, techniques, harms and sites', () => {
    const root = mount(<SummaryView data={data()} actions={noActions} />);
    expect(text(root.querySelector('[data-summary="totals"]'))).toBe(
      'Basirat looked at 45 posts and added a note to 3 of them.',
    );
    expect(root.querySelectorAll('[data-summary="chart"] rect')).toHaveLength(14);
    expect(root.querySelector('[data-summary="chart"] svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelectorAll('[data-summary="days"] li')).toHaveLength(7);
    expect(text(root.querySelector('[data-count-id="us_vs_them_flag_waving"]'))).toBe('Us vs. them 3 times');
    expect(text(root.querySelector('[data-count-id="extremist_propaganda"]'))).toBe('Extremist propaganda 2 times');
    expect(root.querySelector('[data-count-id="hate_dehumanization"]')).toBeNull();
    expect(text(root.querySelector('[data-site="x"]'))).toBe('X (Twitter): looked at 40, noted 3');
    expect(text(root)).toContain('Spend twenty minutes on “Us vs. them”');
    expect(text(root)).toContain('For parents: starting a conversation');
  });

  it('offers the exports', () => {
    const actions = { saveSummary: vi.fn(async () => undefined), saveFeedback: vi.fn(async () => undefined) };
    const root = mount(<SummaryView data={data()} actions={actions} />);
    click(root.querySelector('[data-export="json"]'));
    click(root.querySelector('[data-export="csv"]'));
    click(root.querySelector('[data-export="feedback"]'));
    expect(actions.saveSummary.mock.calls).toEqual([['json'], ['csv']]);
    expect(actions.saveFeedback).toHaveBeenCalled();
    unmountAll();
    const none = mount(<SummaryView data={data({ feedbackCount: 0 })} actions={actions} />);
    expect(none.querySelector('[data-export="feedback"]')).toBeNull();
  });

  it('is the same page in Urdu, with Urdu digits', () => {
    const root = mount(<SummaryView data={data({ lang: 'ur' })} actions={noActions} />);
    expect(text(root.querySelector('h1'))).toBe('بصیرت کے ساتھ آپ کا ہفتہ');
    expect(text(root.querySelector('[data-summary="totals"]'))).toContain('۴۵');
    expect(text(root.querySelector('[data-export="json"]'))).toBe('JSON کے طور پر محفوظ کریں');
  });

  it('says when the school turned the summary off, and still lets the user save their own feedback', () => {
    const root = mount(<SummaryView data={data({ status: 'off', summary: null })} actions={noActions} />);
    expect(text(root.querySelector('[data-summary="off"]'))).toContain('turned the weekly summary off');
    expect(root.querySelector('[data-summary="totals"]')).toBeNull();
    expect(root.querySelector('[data-export="json"]')).toBeNull();
    expect(root.querySelector('[data-export="feedback"]')).not.toBeNull();
  });
});

describe('summary connector', () => {
  function env(policy: Record<string, unknown> = {}) {
    const saved: Array<{ name: string; text: string }> = [];
    const send = (async (type: string) => {
      if (type === 'getSettings') return { ...DEFAULT_SETTINGS, uiLanguage: 'ur' };
      if (type === 'getPolicy') return { policy, rejected: [], managed: [] };
      if (type === 'getSummary') return SUMMARY;
      if (type === 'exportFeedback') return { jsonl: '{"text":"mine"}\n', count: 1 };
      throw new Error(type);
    }) as SendFn;
    return {
      saved,
      env: {
        send,
        navigatorLanguage: () => 'en-US',
        extensionUrl: (path: string) => `chrome-extension://test${path}`,
        saveFile: (name: string, text: string) => void saved.push({ name, text }),
      },
    };
  }

  it('loads the summary in the UI language and saves the three files', async () => {
    const { env: fake, saved } = env();
    const connector = createSummaryConnector(fake, { extensionVersion: '0.1.0', now: () => Date.UTC(2026, 10, 28) });
    await connector.refresh();
    expect(connector.store.get()).toMatchObject({ status: 'ready', lang: 'ur', feedbackCount: 1, summary: SUMMARY });
    await connector.actions.saveSummary('json');
    await connector.actions.saveSummary('csv');
    await connector.actions.saveFeedback();
    expect(saved.map((file) => file.name)).toEqual([
      'basirat-summary-2026-11-22-to-2026-11-28.json',
      'basirat-summary-2026-11-22-to-2026-11-28.csv',
      'basirat-feedback.jsonl',
    ]);
    expect(JSON.parse(saved[0]!.text)).toMatchObject({
      extensionVersion: '0.1.0',
      generatedAt: '2026-11-28T00:00:00.000Z',
    });
    expect(saved[2]!.text).toBe('{"text":"mine"}\n');
  });

  it('shows nothing but a notice when policy turns the summary off', async () => {
    const { env: fake } = env({ weeklySummary: false });
    const connector = createSummaryConnector(fake, { extensionVersion: '0.1.0' });
    await connector.refresh();
    expect(connector.store.get()).toMatchObject({ status: 'off', summary: null, feedbackCount: 1 });
  });
});
