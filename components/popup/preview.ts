/** Mock data for the popup: feeds the unit tests and any preview of the component. */
import type { TabSummary } from '../../utils/messaging.ts';
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';
import { PREVIEW_PACK } from '../shared/previewPack.ts';
import type { PopupActions, PopupData } from './Popup.tsx';

export const PREVIEW_SUMMARY: TabSummary = {
  tabId: 7,
  host: 'x.com',
  site: 'x',
  scored: 24,
  flagged: 2,
  byHarm: { extremist_propaganda: 1, hate_dehumanization: 1 },
  byTechnique: { us_vs_them_flag_waving: 2, loaded_language_name_calling: 1 },
  warnings: [
    {
      key: '0123456789abcdef',
      excerpt: 'Join the caravan before the doors close. Real men do not wait at home…',
      harms: ['extremist_propaganda'],
      techniques: ['us_vs_them_flag_waving'],
      evidence: ['join the caravan', 'real men'],
      severity: 'high',
      confidence: 0.97,
      lang: 'en',
    },
    {
      key: 'fedcba9876543210',
      excerpt: 'یہ لوگ انسان نہیں کیڑے ہیں، ان کا صفایا ضروری ہے',
      harms: ['hate_dehumanization'],
      techniques: ['us_vs_them_flag_waving', 'loaded_language_name_calling'],
      evidence: ['کیڑے'],
      severity: 'medium',
      confidence: 0.88,
      lang: 'ur',
    },
  ],
};

export function previewPopupData(overrides: Partial<PopupData> = {}): PopupData {
  return {
    lang: 'en',
    status: 'ready',
    error: null,
    tabId: 7,
    summary: PREVIEW_SUMMARY,
    paused: false,
    displayMode: DEFAULT_SETTINGS.displayMode,
    pack: PREVIEW_PACK,
    focus: {},
    ...overrides,
  };
}

export const NOOP_POPUP_ACTIONS: PopupActions = {
  showPost: () => undefined,
  setPaused: () => undefined,
  setDisplayMode: () => undefined,
  openLessons: () => undefined,
  openSettings: () => undefined,
};
