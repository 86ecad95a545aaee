import type { FeatureSettings } from './features.ts';

/**
 * One distinct word as the tokenizer met it, with what later steps derive from its normalised form
 * alone (feature ids, cross-script id, letters per script, language vote). Once words repeat, most
 * of preprocessing was map lookups, one per step and token, each a likely cache miss in a map of tens
 * of thousands of words; the tokenizer's one lookup now finds them all. Each slot is filled by the
 * step that owns it, on first use; every field is set in the constructor so that all entries share
 * one shape.
 */
export class WordEntry {
  /** features.ts: the token's ids, computed under `idsSettings`. */
  ids: Int32Array | undefined = undefined;
  idsSettings: FeatureSettings | undefined = undefined;
  /** features.ts: the cross-script skeleton id (0: none), computed under `crossSettings`. */
  cross = 0;
  crossSettings: FeatureSettings | undefined = undefined;
  /** language.ts: Arabic-script and Latin letters in `norm` (-1: not counted yet). */
  arabicLetters = -1;
  latinLetters = 0;
  /** language.ts: the shipped language model's vote on the word (2: not asked yet; 0 also for a non-Latin word). */
  vote: -1 | 0 | 1 | 2 = 2;

  constructor(
    readonly norm: string,
    readonly kind: 'word' | 'number',
  ) {}
}
