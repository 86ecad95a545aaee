/**
 * `npx tsx scripts/shared-heldout.ts --config <config.json> [--metadata <basirat-model.json>] [--baseline <folder>]`
 *
 * Balanced-level recall, false flags and flag AUC per language of a trained model on the authored test
 * posts that the baseline folder (default model/data/authored) also holds, and on the others: how a
 * candidate with new authored batches compares with the shipped model on the same posts
 * (model/pipeline/sharedHeldOut.ts). `--config` is the candidate's (its authoredDir and splits);
 * `--metadata` defaults to the config's metadataFile. The code's language weights must be the ones the
 * model was trained with (run model/pipeline/trainLanguage.ts with the same config first when the
 * candidate retrained them): the runtime refuses a model whose language-model hash differs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURE_SETTINGS } from '../utils/classifier/features.ts';
import { readAuthored } from '../model/pipeline/authored.ts';
import { readCorpus } from '../model/pipeline/corpus.ts';
import { buildDataset, type SplitPolicy } from '../model/pipeline/dataset.ts';
import { scoreTextsAs, type ScoredRow } from '../model/pipeline/evaluate.ts';
import { sharedHeldOut } from '../model/pipeline/sharedHeldOut.ts';
import { createNodeClassifier, readMetadata } from './lib/nodeClassifier.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Config {
  dataDir: string;
  authoredDir: string;
  metadataFile: string;
  split: SplitPolicy;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { config: { type: 'string' }, metadata: { type: 'string' }, baseline: { type: 'string' } },
  });
  if (!values.config)
    throw new Error('usage: shared-heldout.ts --config <config.json> [--metadata <file>] [--baseline <folder>]');
  // Paths in the config are relative to the project root, as for model/pipeline/train.ts.
  const config = JSON.parse(readFileSync(resolve(ROOT, values.config), 'utf8')) as Config;
  const dataDir = resolve(ROOT, process.env.BASIRAT_DATA_DIR ?? config.dataDir);
  const baselineDir = resolve(ROOT, values.baseline ?? 'model/data/authored');
  const baseline = new Set(readAuthored(baselineDir).map((post) => post.text));
  const { rows } = buildDataset(readCorpus(resolve(ROOT, config.authoredDir), dataDir), FEATURE_SETTINGS, config.split);
  const test = rows.filter((row) => row.source === 'authored' && row.split === 'test');
  const metadataPath = resolve(ROOT, values.metadata ?? config.metadataFile);
  const metadata = readMetadata(metadataPath);
  const classifier = createNodeClassifier(metadataPath, metadata);
  const scored: ScoredRow[] = await scoreTextsAs(
    classifier,
    test,
    test.map((row) => row.text),
  );
  const result = sharedHeldOut(scored, baseline, metadata.rules.balanced);
  console.log(`model ${metadata.version}, balanced level`);
  for (const [part, byLang] of Object.entries(result)) {
    for (const [lang, figures] of Object.entries(byLang)) {
      const { recall, falseFlags, flagAuc } = figures;
      console.log(
        `${part.padEnd(6)} ${lang.padEnd(7)} recall ${recall.rate ?? '—'} (${recall.flagged}/${recall.n})` +
          `  false flags ${falseFlags.rate ?? '—'} (${falseFlags.flagged}/${falseFlags.n})  flag AUC ${flagAuc ?? '—'}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
