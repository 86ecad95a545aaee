import type { Head } from '../../utils/classifier/heads.ts';

/** Which split a record belongs to. `test` is only used for official test splits we report on. */
export type Split = 'train' | 'val' | 'test';

/**
 * One labelled text from a dataset, mapped to the model heads it annotates.
 * A head missing from `labels` is masked: the dataset says nothing about it (MANIFEST.md §2).
 */
export interface LabeledRecord {
  /** Dataset id, e.g. `davidson`, `tweeteval_hate`. */
  source: string;
  /** Official split when the dataset has one; otherwise undefined and the pipeline assigns one. */
  split?: Split;
  text: string;
  labels: Partial<Record<Head, 0 | 1>>;
  /** Loss weight for noisy sources (default 1). */
  weight?: number;
  /** The dataset's own label, kept for evaluation (e.g. HateXplain 3-class: normal/offensive/hate). */
  original?: string;
  /**
   * Items that must stay in one split together (a PTC article, an ISIS account, a CONAN hate
   * speech with its replies): splitting by group keeps near-copies out of validation.
   */
  group?: string;
  /** Extra tag such as `counter_speech` or `sectarian`, used by evaluation groups. */
  tag?: string;
}
