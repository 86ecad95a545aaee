/**
 * HateXplain (majority-vote text + label, MBIB copy) with the official 8:1:1 split from
 * `post_id_divisions.json`. The CSV's first column is the original post id, so every row is
 * matched to its split by id; the load fails if any split id is missing from the CSV.
 * `undecided` posts (no 2-of-3 majority) are in no official split and carry no usable label,
 * so they are dropped, as in the paper.
 */
import { parseCsv, withHeader } from './csv.ts';
import { cleanText, labelsOf, readUtf8, requireFile, type SourceRecord } from './common.ts';
import type { Split } from '../record.ts';

export const DATASET = 'hatexplain_mbib';
export const FILE = '092-HateXplain.csv';
export const DIVISIONS_FILE = 'post_id_divisions.json';

/** MBIB `category`: 0 normal, 1 hatespeech, 2 offensive, 3 undecided. */
const CATEGORIES = {
  '0': {
    original: 'normal',
    labels: labelsOf([
      ['hate_dehumanization', 0],
      ['offensive_abusive', 0],
    ]),
  },
  '1': { original: 'hatespeech', labels: labelsOf([['hate_dehumanization', 1]]) },
  '2': {
    original: 'offensive',
    labels: labelsOf([
      ['hate_dehumanization', 0],
      ['offensive_abusive', 1],
    ]),
  },
} as const;
const UNDECIDED = '3';

function isCategory(value: string): value is keyof typeof CATEGORIES {
  return Object.hasOwn(CATEGORIES, value);
}

function readDivisions(path: string): Map<string, Split> {
  const parsed: unknown = JSON.parse(readUtf8(path));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${path}: expected an object of id lists`);
  const bySplit = parsed as Record<string, unknown>;
  const out = new Map<string, Split>();
  for (const split of ['train', 'val', 'test'] as const) {
    const ids = bySplit[split];
    if (!Array.isArray(ids)) throw new Error(`${path}: missing "${split}" id list`);
    for (const id of ids) {
      if (typeof id !== 'string') throw new Error(`${path}: non-string id in "${split}"`);
      out.set(id, split);
    }
  }
  return out;
}

export function load(dataDir: string): SourceRecord[] {
  const csvPath = requireFile(dataDir, DATASET, FILE);
  const divisionsPath = requireFile(dataDir, DATASET, DIVISIONS_FILE);
  const splits = readDivisions(divisionsPath);
  const rows = parseCsv(readUtf8(csvPath));
  // The post-id column has an empty header name in the MBIB export.
  const { records } = withHeader(rows, ['', 'text', 'category'], csvPath);

  const out: SourceRecord[] = [];
  const seen = new Set<string>();
  for (const [i, row] of records.entries()) {
    const postId = row[''];
    if (row.category === UNDECIDED) continue;
    if (!isCategory(row.category))
      throw new Error(`${csvPath}: row ${i + 2} has unknown category ${JSON.stringify(row.category)}`);
    const split = splits.get(postId);
    if (!split) throw new Error(`${csvPath}: post ${postId} (category ${row.category}) is in no official split`);
    seen.add(postId);
    const text = cleanText(row.text);
    if (!text) continue;
    const cat = CATEGORIES[row.category];
    out.push({ source: 'hatexplain', split, text, labels: { ...cat.labels }, original: cat.original });
  }
  const missing = [...splits.keys()].filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw new Error(
      `${csvPath}: ${missing.length} post ids from ${DIVISIONS_FILE} are not in the CSV (e.g. ${missing[0] ?? ''})`,
    );
  }
  return out;
}
