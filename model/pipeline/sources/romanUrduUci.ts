/**
 * Roman Urdu Data Set (UCI #458): sentiment-tagged Roman Urdu sentences, used as benign
 * negatives (harm heads 0 but the offensive one, which sentiment does not annotate; techniques unknown). The file has
 * no header; columns are text, sentiment and a junk column. 113 rows whose text is only whitespace
 * (all Neutral) are skipped.
 */
import { parseCsv } from './csv.ts';
import { cleanText, readUtf8, requireFile, sentimentOnlyLabels, type SourceRecord } from './common.ts';

export const DATASET = 'roman_urdu_sentiment_uci';
export const FILE = 'Roman Urdu DataSet.csv';

const SENTIMENTS = new Set(['Positive', 'Negative', 'Neutral']);

export function load(dataDir: string): SourceRecord[] {
  const path = requireFile(dataDir, DATASET, FILE);
  const out: SourceRecord[] = [];
  for (const [i, row] of parseCsv(readUtf8(path)).entries()) {
    const sentiment = (row[1] ?? '').trim();
    if (!SENTIMENTS.has(sentiment))
      throw new Error(`${path}: record ${i + 1} has unknown sentiment ${JSON.stringify(row[1] ?? '')}`);
    const text = cleanText(row[0] ?? '');
    if (!text) continue;
    out.push({ source: 'roman_urdu_uci', text, labels: sentimentOnlyLabels(), original: sentiment });
  }
  return out;
}
