/**
 * "How ISIS Uses Twitter" (Fifth Tribe / Kaggle): tweets from 96 pro-ISIS accounts.
 * There is no per-tweet label, only the account's stance, so every tweet is a weak, noisy
 * X positive (loss weight 0.3) and every other head is masked: many rows are news relays,
 * replies or chatter. `group` is the account, so a validation split can be held out by account
 * like the sealed set is. The file ends with a truncated one-field fragment, which is skipped.
 * Our own per-tweet reading reweighs these rows in training (`isisStance` in model/config.json,
 * model/pipeline/isisStance.ts); the reader itself stays faithful to the dataset.
 */
import { parseCsv, withHeader } from './csv.ts';
import { cleanText, decodeHtmlEntities, labelsOf, readUtf8, requireFile, type SourceRecord } from './common.ts';

export const DATASET = 'isis_fanboy_tweets_kaggle';
export const FILE = 'IsisFanboy.csv';
export const WEIGHT = 0.3;

export function load(dataDir: string): SourceRecord[] {
  const path = requireFile(dataDir, DATASET, FILE);
  const { header, records } = withHeader(parseCsv(readUtf8(path)), ['username', 'tweets'], path);
  const out: SourceRecord[] = [];
  for (const row of records) {
    // A record with fewer fields than the header is the truncated fragment, not a tweet.
    if (row.fieldCount !== header.length) continue;
    const text = cleanText(decodeHtmlEntities(row.tweets));
    if (!text) continue;
    out.push({
      source: 'isis_fanboy',
      text,
      labels: labelsOf([['extremist_propaganda', 1]]),
      weight: WEIGHT,
      original: 'pro_isis_account',
      group: `isis:${row.username}`,
    });
  }
  return out;
}
