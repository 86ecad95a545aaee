/**
 * Davidson et al. 2017, hate speech vs offensive language (EN Twitter). MANIFEST §2:
 * hate → H = 1; offensive → O = 1, H = 0 (annotators chose offensive over hate); neither → H = O = 0.
 * No official split.
 */
import { parseCsv, withHeader } from './csv.ts';
import { cleanText, decodeHtmlEntities, labelsOf, readUtf8, requireFile, type SourceRecord } from './common.ts';

export const DATASET = 'davidson_hate_offensive';
export const FILE = 'labeled_data.csv';

const CLASSES = {
  '0': { original: 'hate_speech', labels: labelsOf([['hate_dehumanization', 1]]) },
  '1': {
    original: 'offensive_language',
    labels: labelsOf([
      ['hate_dehumanization', 0],
      ['offensive_abusive', 1],
    ]),
  },
  '2': {
    original: 'neither',
    labels: labelsOf([
      ['hate_dehumanization', 0],
      ['offensive_abusive', 0],
    ]),
  },
} as const;

function isClass(value: string): value is keyof typeof CLASSES {
  return Object.hasOwn(CLASSES, value);
}

export function load(dataDir: string): SourceRecord[] {
  const path = requireFile(dataDir, DATASET, FILE);
  const { records } = withHeader(parseCsv(readUtf8(path)), ['class', 'tweet'], path);
  const out: SourceRecord[] = [];
  for (const [i, row] of records.entries()) {
    if (!isClass(row.class)) throw new Error(`${path}: row ${i + 2} has unknown class ${JSON.stringify(row.class)}`);
    const text = cleanText(decodeHtmlEntities(row.tweet));
    if (!text) continue;
    const cls = CLASSES[row.class];
    out.push({ source: 'davidson', text, labels: { ...cls.labels }, original: cls.original });
  }
  return out;
}
