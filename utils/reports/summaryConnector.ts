/** The summary page's connector: loads the summary, settings and policy; saves the export files. */
import type { SummaryActions, SummaryData } from '../../components/summary/SummaryView.tsx';
import { resolveUiLanguage } from '../i18n/index.ts';
import type { UiEnv } from '../ui/env.ts';
import { createStore, type Store } from '../ui/store.ts';
import { exportFileName, summaryToCsv, summaryToJson } from './exports.ts';

export interface SummaryConnector {
  store: Store<SummaryData>;
  actions: SummaryActions;
  refresh(): Promise<void>;
}

export function createSummaryConnector(
  env: Pick<UiEnv, 'send' | 'navigatorLanguage' | 'extensionUrl' | 'saveFile'>,
  options: { extensionVersion: string; now?: () => number },
): SummaryConnector {
  const now = options.now ?? Date.now;
  const store = createStore<SummaryData>({
    lang: resolveUiLanguage('auto', env.navigatorLanguage()),
    status: 'loading',
    error: null,
    summary: null,
    feedbackCount: null,
    lessonsUrl: env.extensionUrl('/lessons.html'),
  });

  async function refresh(): Promise<void> {
    try {
      const [settings, policy] = await Promise.all([env.send('getSettings', {}), env.send('getPolicy', {})]);
      const lang = resolveUiLanguage(settings.uiLanguage, env.navigatorLanguage());
      if (policy.policy.weeklySummary === false) {
        const feedback = await env.send('exportFeedback', {});
        store.update((current) => ({ ...current, lang, status: 'off', summary: null, feedbackCount: feedback.count }));
        return;
      }
      const [summary, feedback] = await Promise.all([env.send('getSummary', {}), env.send('exportFeedback', {})]);
      store.update((current) => ({
        ...current,
        lang,
        status: 'ready',
        error: null,
        summary,
        feedbackCount: feedback.count,
      }));
    } catch (error) {
      store.update((current) => ({
        ...current,
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
      }));
    }
  }

  return {
    store,
    refresh,
    actions: {
      async saveSummary(format) {
        // Read again: the page may have been open since yesterday.
        const summary = await env.send('getSummary', {});
        const meta = { generatedAt: new Date(now()).toISOString(), extensionVersion: options.extensionVersion };
        const text = format === 'json' ? summaryToJson(summary, meta) : summaryToCsv(summary);
        env.saveFile(exportFileName('summary', summary, format), text);
      },
      async saveFeedback() {
        const { jsonl } = await env.send('exportFeedback', {});
        env.saveFile(exportFileName('feedback', null, 'jsonl'), jsonl);
      },
    },
  };
}
