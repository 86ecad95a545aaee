import type { FeatureSettings } from '../../utils/classifier/features.ts';
import { hashString } from '../../utils/classifier/hash.ts';
import { preprocess, type Preprocessed } from '../../utils/classifier/preprocess.ts';
import type { IsisStance } from './isisStance.ts';
import type { LabeledRecord, Split } from './record.ts';

/** A record after deduplication and splitting, with its preprocessing done once. */
export interface DatasetRow extends LabeledRecord {
  split: Split;
  key: string;
  pre: Preprocessed;
  /** Our reading of a pro-ISIS tweet, set when it decides the flag target (isisStance.ts, `flagOnlyIdeological`). */
  isisStance?: IsisStance;
}

export interface SplitPolicy {
  /** Sources held out whole, as test: they measure generalisation to an unseen source. */
  heldOutSources: string[];
  /** Share of an unsplit source that goes to validation / test (by hash of the normalised text). */
  valShare: number;
  testShare: number;
  /** Per-source overrides, e.g. the authored set keeps a larger test share. */
  overrides: Record<string, { valShare: number; testShare: number }>;
}

export interface DatasetStats {
  duplicatesDropped: number;
  emptyDropped: number;
  bySourceSplit: Record<string, Record<Split, number>>;
}

/** Normalised text used for deduplication: the token forms joined, so case, invisible characters and look-alikes do not hide a duplicate. */
export function dedupKey(pre: Preprocessed): string {
  return pre.tokens.map((token) => token.norm).join(' ');
}

/** Deterministic share in [0, 1) from a key and a salt. */
export function unitHash(key: string, salt: string): number {
  return hashString(`${salt}\u0000${key}`) / 0x1_0000_0000;
}

function assignSplit(record: LabeledRecord, key: string, policy: SplitPolicy, officialVal: ReadonlySet<string>): Split {
  if (policy.heldOutSources.includes(record.source)) return 'test';
  const shares = policy.overrides[record.source] ?? policy;
  const draw = unitHash(record.group !== undefined ? `${record.source}|${record.group}` : key, 'split');
  if (record.split === 'test' || record.split === 'val') return record.split;
  if (record.split === 'train') {
    // A source with train and test but no validation split gives a slice of train to validation.
    if (officialVal.has(record.source)) return 'train';
    return draw < shares.valShare ? 'val' : 'train';
  }
  if (draw < shares.testShare) return 'test';
  if (draw < shares.testShare + shares.valShare) return 'val';
  return 'train';
}

const SPLIT_ORDER: Record<Split, number> = { test: 0, val: 1, train: 2 };

/**
 * Deduplicates across sources on normalised text and assigns splits. Test copies win over val
 * and train copies, so no evaluated text is also trained on; among equals the earlier source wins
 * (callers put the authored set first).
 */
export function buildDataset(
  records: readonly LabeledRecord[],
  settings: FeatureSettings,
  policy: SplitPolicy,
): { rows: DatasetRow[]; stats: DatasetStats } {
  const officialVal = new Set(records.filter((r) => r.split === 'val').map((r) => r.source));
  const stats: DatasetStats = { duplicatesDropped: 0, emptyDropped: 0, bySourceSplit: {} };
  const candidates: DatasetRow[] = [];
  for (const record of records) {
    const pre = preprocess(record.text, settings);
    const key = dedupKey(pre);
    if (key === '') {
      stats.emptyDropped++;
      continue;
    }
    candidates.push({ ...record, key, pre, split: assignSplit(record, key, policy, officialVal) });
  }
  const ordered = candidates
    .map((row, index) => ({ row, index }))
    .sort((a, b) => SPLIT_ORDER[a.row.split] - SPLIT_ORDER[b.row.split] || a.index - b.index);
  const seen = new Set<string>();
  const kept: Array<{ row: DatasetRow; index: number }> = [];
  for (const entry of ordered) {
    if (seen.has(entry.row.key)) {
      stats.duplicatesDropped++;
      continue;
    }
    seen.add(entry.row.key);
    kept.push(entry);
  }
  const rows = kept.sort((a, b) => a.index - b.index).map((entry) => entry.row);
  for (const row of rows) {
    const bySplit = (stats.bySourceSplit[row.source] ??= { train: 0, val: 0, test: 0 });
    bySplit[row.split]++;
  }
  return { rows, stats };
}
