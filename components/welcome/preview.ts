/** Mock data for the first-run page: feeds the unit tests and any preview of the component. */
import type { WelcomeActions, WelcomeData } from './types.ts';

export function previewWelcomeData(overrides: Partial<WelcomeData> = {}): WelcomeData {
  return {
    lang: 'en',
    status: 'ready',
    error: null,
    displayMode: 'label',
    uiLanguage: 'auto',
    notice: null,
    ...overrides,
  };
}

export const NOOP_WELCOME_ACTIONS: WelcomeActions = {
  setDisplayMode: () => undefined,
  setLanguage: () => undefined,
  openOptions: () => undefined,
  openLessons: () => undefined,
};
