import type { LabeledRecord } from './record.ts';

/**
 * Sources whose non-hateful rows are ordinary posts: swearing, everyday chat, news sentences.
 * None of them is extremist propaganda or a violent threat, so those two heads are set to 0 there
 * instead of masked. Without this, the extremist head's only negatives came from a few curated
 * sets, and it learned "Twitter of 2015" (the pro-ISIS tweets' era and platform) rather than
 * extremism: it fired on ordinary tweets of the hate and offensive datasets.
 * Hateful rows keep the heads masked: some hate speech is extremist.
 */
const ORDINARY_WHEN_NOT_HATEFUL = new Set([
  'davidson',
  'hatexplain',
  'tweeteval_hate',
  'tweeteval_offensive',
  'ruhsold',
  'ruhsold_coarse',
  'urdu_hs',
]);

export function withOrdinaryNegatives(record: LabeledRecord): LabeledRecord {
  const { labels } = record;
  const ordinaryPost = ORDINARY_WHEN_NOT_HATEFUL.has(record.source) && labels.hate_dehumanization !== 1;
  // A news sentence with no propaganda span (PTC) is reporting, not a call to arms.
  const plainNews = record.source === 'ptc' && labels.propaganda_any === 0;
  if (!ordinaryPost && !plainNews) return record;
  return {
    ...record,
    labels: {
      ...labels,
      extremist_propaganda: labels.extremist_propaganda ?? 0,
      violent_threat_incitement: labels.violent_threat_incitement ?? 0,
    },
  };
}
