/** Mock data for the help page: feeds the unit tests and any preview of the component. */
import { PREVIEW_PACK } from '../shared/previewPack.ts';
import type { HelpData } from './Help.tsx';

export function previewHelpData(overrides: Partial<HelpData> = {}): HelpData {
  return { lang: 'en', status: 'ready', error: null, pack: PREVIEW_PACK, topic: 'extremist_propaganda', ...overrides };
}
