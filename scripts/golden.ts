/**
 * Regenerates tests/golden/preprocess.json from tests/golden/preprocess-cases.json. Run it only on
 * purpose (`npm run golden`) after a deliberate preprocessing change, bump FEATURE_SETTINGS.version,
 * retrain, and review the diff: the golden test exists to catch accidental changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describePreprocessing } from '../tests/golden/describe.ts';

const root = resolve(import.meta.dirname, '..');
const cases = JSON.parse(readFileSync(resolve(root, 'tests/golden/preprocess-cases.json'), 'utf8')) as string[];
writeFileSync(
  resolve(root, 'tests/golden/preprocess.json'),
  `${JSON.stringify(cases.map(describePreprocessing), null, 1)}\n`,
);
process.stderr.write(`wrote ${cases.length} golden cases\n`);
