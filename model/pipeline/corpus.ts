import { resolve } from 'node:path';
import { authoredToRecord, readAuthored } from './authored.ts';
import { keepForTraining } from './filters.ts';
import { withOrdinaryNegatives } from './negatives.ts';
import type { LabeledRecord } from './record.ts';
import { loadAll } from './sources/index.ts';

/** Every record training sees: the authored set first (it wins deduplication), then the datasets. */
export function readCorpus(authoredDir: string, dataDir: string): LabeledRecord[] {
  const authored = readAuthored(resolve(authoredDir)).map(authoredToRecord);
  return [...authored, ...loadAll(dataDir).filter(keepForTraining).map(withOrdinaryNegatives)];
}
