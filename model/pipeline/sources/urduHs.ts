/**
 * Urdu-script student-project data (FarazSheikh16/Urdu-Hate-Speech-Detection).
 *
 * `urdu_hs` (HS Urdu YouTube comments, low-trust labels, loss weight 0.5). MANIFEST §2:
 * h → H = 1; o → O = 1; n → H = O = 0. `o` leaves H masked, as the MANIFEST row does: with an
 * unknown annotation protocol we do not read "offensive" as a confident "not hate".
 * `urdu_products` (product-review sentiment): benign, harm heads 0 but the offensive one, which
 * sentiment does not annotate (many rows look machine-translated and about a third are exact
 * repeats; the pipeline's dedup handles those).
 */
import { parseCsv, withHeader } from './csv.ts';
import {
  cleanText,
  labelsOf,
  readUtf8,
  requireFile,
  sentimentOnlyLabels,
  type Labels,
  type SourceRecord,
} from './common.ts';

export const DATASET = 'urdu_hs_youtube_sheikh';
export const HS_FILE = 'HS Urdu - HS Urdu (1).csv';
export const PRODUCTS_FILE = 'products_sentiment_urdu.csv';
export const HS_WEIGHT = 0.5;

const HS_CLASSES: Record<string, { original: string; labels: Labels }> = {
  h: { original: 'hate', labels: labelsOf([['hate_dehumanization', 1]]) },
  o: { original: 'offensive', labels: labelsOf([['offensive_abusive', 1]]) },
  n: {
    original: 'neutral',
    labels: labelsOf([
      ['hate_dehumanization', 0],
      ['offensive_abusive', 0],
    ]),
  },
};
const SENTIMENTS = new Set(['neg', 'neu', 'pos']);

export function loadHs(dataDir: string): SourceRecord[] {
  const path = requireFile(dataDir, DATASET, HS_FILE);
  const { records } = withHeader(parseCsv(readUtf8(path)), ['Text', 'Label'], path);
  const out: SourceRecord[] = [];
  for (const [i, row] of records.entries()) {
    const label = row.Label.trim().toLowerCase();
    const cls = HS_CLASSES[label];
    if (!cls) throw new Error(`${path}: row ${i + 2} has unknown label ${JSON.stringify(row.Label)}`);
    const text = cleanText(row.Text);
    if (!text) continue;
    out.push({ source: 'urdu_hs', text, labels: { ...cls.labels }, weight: HS_WEIGHT, original: cls.original });
  }
  return out;
}

export function loadProducts(dataDir: string): SourceRecord[] {
  const path = requireFile(dataDir, DATASET, PRODUCTS_FILE);
  const { records } = withHeader(parseCsv(readUtf8(path)), ['sentence', 'sentiment'], path);
  const out: SourceRecord[] = [];
  for (const [i, row] of records.entries()) {
    const sentiment = row.sentiment.trim();
    if (!SENTIMENTS.has(sentiment))
      throw new Error(`${path}: row ${i + 2} has unknown sentiment ${JSON.stringify(row.sentiment)}`);
    const text = cleanText(row.sentence);
    if (!text) continue;
    out.push({ source: 'urdu_products', text, labels: sentimentOnlyLabels(), original: sentiment });
  }
  return out;
}

export function load(dataDir: string): SourceRecord[] {
  return [...loadHs(dataDir), ...loadProducts(dataDir)];
}
