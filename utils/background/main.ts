import { browser } from 'wxt/browser';
import type { ClassifierService } from '../classifier/service.ts';
import { openDb, type BasiratDb } from '../db.ts';
import { addAggregates } from './aggregates.ts';
import { createClassifyHandler } from './classifyHandler.ts';
import { loadExtensionClassifier } from './extensionClassifier.ts';
import { createMessageListener } from './router.ts';
import { createScoreCache } from './scoreCache.ts';
import { readSettings } from './settingsStore.ts';

/** Wires the background: one lazily created classifier, one database, one message listener. */
export function startBackground(extensionId: string): void {
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

  browser.runtime.onMessage.addListener(
    createMessageListener(
      {
        classify,
        getSettings: () => readSettings(),
        feedback: async (request) => {
          const model = await getClassifier();
          await getDb().feedback.add({ createdAt: Date.now(), ...request, modelVersion: model.metadata.version });
          return { saved: true };
        },
      },
      extensionId,
    ),
  );
  void cache.expire();
}
