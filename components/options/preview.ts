/** Mock data for the options page: feeds the unit tests and any preview of the component. */
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';
import { PREVIEW_PACK } from '../shared/previewPack.ts';
import type { OptionsActions, OptionsData } from './types.ts';

export function previewOptionsData(overrides: Partial<OptionsData> = {}): OptionsData {
  return {
    lang: 'en',
    status: 'ready',
    error: null,
    settings: structuredClone(DEFAULT_SETTINGS),
    resources: {
      pack: PREVIEW_PACK,
      source: 'bundled',
      installedAt: null,
      lastCheck: null,
      cacheProblem: null,
      updateUrl: '',
    },
    modelVersion: '0.1.0',
    modelCardUrl: 'chrome-extension://preview/model-card.txt',
    checking: false,
    notice: null,
    genericGranted: false,
    ...overrides,
  };
}

export const NOOP_OPTIONS_ACTIONS: OptionsActions = {
  setSite: () => undefined,
  setDisplayMode: () => undefined,
  setSensitivity: () => undefined,
  setLanguage: () => undefined,
  savePackUrl: () => true,
  checkPackUpdate: () => undefined,
  clearData: () => undefined,
  exportSettings: () => undefined,
  importSettings: () => undefined,
  openLessons: () => undefined,
};
