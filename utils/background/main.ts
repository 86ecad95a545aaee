import { browser } from 'wxt/browser';
import type { ClassifierService } from '../classifier/service.ts';
import { openDb, type BasiratDb } from '../db.ts';
import { startGuardianServices } from '../guardian/services.ts';
import { addAggregates } from './aggregates.ts';
import { createClassifyHandler } from './classifyHandler.ts';
import { loadExtensionClassifier } from './extensionClassifier.ts';
import { createMessageListener } from './router.ts';
import { startOptInServices } from './optInServices.ts';
import { createScoreCache } from './scoreCache.ts';
import { readSettings } from './settingsStore.ts';
import { startUiServices } from './uiServices.ts';
import { markStartup } from '../startupMarks.ts';

/** Wires the background: one lazily created classifier, one database, one message listener. */
export function startBackground(extensionId: string): void {
  markStartup('background-started');
  let classifier: Promise<ClassifierService> | undefined;
  const getClassifier = (): Promise<ClassifierService> => {
    classifier ??= loadExtensionClassifier().catch((error: unknown) => {
      classifier = undefined; // try again on the next request
      throw error;
    });
    return classifier;
  };
  let db: BasiratDb | undefined;
  const getDb = (): BasiratDb => (db ??= openDb());
  const cache = createScoreCache(getDb);

  const classify = createClassifyHandler({
    classifier: getClassifier,
    cache,
    sensitivity: async () => (await readSettings()).sensitivity,
    onVerdicts: (request, verdicts) => addAggregates(getDb(), request.site, verdicts),
  });

  // Issue #5 first: it installs the managed policy into readSettings before any message is answered.
  const guardian = startGuardianServices(getDb, () => cache.expire());
  const ui = startUiServices(getDb);
  // Issue #3: the first-run page, and the opt-in generic adapter's content script.
  startOptInServices();

  browser.runtime.onMessage.addListener(
    createMessageListener(
      {
        ...ui.handlers,
        ...guardian.handlers,
        clearLocalData: guardian.clearLocalData(ui.handlers.clearLocalData),
        // Issue #4: the popup lists this tab's warnings; the tab comes from the sender, never the payload.
        classify: async (request, sender) => {
          const response = await classify(request);
          await ui.recordClassified(request, response.verdicts, sender);
          return response;
        },
        getSettings: () => readSettings(),
        feedback: async (request) => {
          const model = await getClassifier();
          await getDb().feedback.add({ createdAt: Date.now(), ...request, modelVersion: model.metadata.version });
          return { saved: true };
        },
      },
      extensionId,
      browser.runtime.getURL('/'),
      guardian.lockGate,
    ),
  );
}
