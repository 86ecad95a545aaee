/**
 * Is a Latin-script word English or Roman Urdu? A logistic model over hashed character n-grams of
 * the word, trained by `model/pipeline/trainLanguage.ts` on the training splits (weights in
 * latinWordWeights.ts). A fixed list of function words missed a fifth of real Roman Urdu posts,
 * whose spellings vary without end ("hy", "sy", "kr", "mry"); n-grams read the spelling itself.
 */
import { FNV_OFFSET, finish, fnv } from './hash.ts';

export interface LatinWordModel {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Longest character n-gram (all from 1 up), over the word between `<` and `>`. */
  maxNgram: number;
  /** Bias plus the weights of a word's features is its log-odds of being Roman Urdu. */
  bias: number;
  weights: ArrayLike<number>;
  /** A word counts for a language only when its log-odds pass ± this margin. */
  margin: number;
}

/** Longer words are cut: their ends add nothing and cost hashing. */
const MAX_WORD_LENGTH = 24;
const NGRAM_PREFIXES = Array.from({ length: 8 }, (_, n) => fnv(FNV_OFFSET, `${n}:`));
const WORD_PREFIX = fnv(FNV_OFFSET, 'w:');

/** The hashed features of one word: every character n-gram (1..maxNgram) and the whole word. */
export function latinWordFeatures(word: string, bits: number, maxNgram: number): number[] {
  const mask = (1 << bits) - 1;
  const bounded = `<${word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word}>`;
  const out: number[] = [finish(fnv(WORD_PREFIX, bounded)) & mask];
  for (let n = 1; n <= maxNgram && n <= bounded.length; n++) {
    const prefix = NGRAM_PREFIXES[n] as number;
    for (let i = 0; i + n <= bounded.length; i++) out.push(finish(fnv(prefix, bounded, i, i + n)) & mask);
  }
  return out;
}

export function latinWordLogit(model: LatinWordModel, word: string): number {
  let z = model.bias;
  for (const feature of latinWordFeatures(word, model.bits, model.maxNgram)) z += model.weights[feature] as number;
  return z;
}

const MEMO_LIMIT = 20_000;

/**
 * +1 for a Roman Urdu word, −1 for an English one, 0 when the model is not sure (names, "me",
 * "to"). Memoised: most words repeat, and clearing a full memo bounds its memory.
 */
export function createLatinWordVoter(model: LatinWordModel): (word: string) => -1 | 0 | 1 {
  const memo = new Map<string, -1 | 0 | 1>();
  return (word) => {
    let vote = memo.get(word);
    if (vote === undefined) {
      const z = latinWordLogit(model, word);
      vote = z > model.margin ? 1 : z < -model.margin ? -1 : 0;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, vote);
    }
    return vote;
  };
}

/** Weights travel as base64 of signed bytes times `scale`, small enough to live in the bundle. */
export interface PackedLatinWordModel {
  bits: number;
  maxNgram: number;
  bias: number;
  margin: number;
  scale: number;
  weights: string;
}

export function unpackLatinWordModel(packed: PackedLatinWordModel): LatinWordModel {
  const binary = atob(packed.weights);
  if (binary.length !== 1 << packed.bits) {
    throw new Error(`language weights: ${binary.length} bytes for ${1 << packed.bits} buckets`);
  }
  const weights = new Float32Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    const byte = binary.charCodeAt(i);
    weights[i] = (byte > 127 ? byte - 256 : byte) * packed.scale;
  }
  return { bits: packed.bits, maxNgram: packed.maxNgram, bias: packed.bias, margin: packed.margin, weights };
}

/** Quantises float weights to signed bytes (symmetric, by the largest magnitude). */
export function packLatinWordModel(model: LatinWordModel): PackedLatinWordModel {
  let largest = 0;
  for (let i = 0; i < model.weights.length; i++) largest = Math.max(largest, Math.abs(model.weights[i] as number));
  const scale = largest > 0 ? largest / 127 : 1;
  let binary = '';
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.round((model.weights[i] as number) / scale);
    binary += String.fromCharCode(q < 0 ? q + 256 : q);
  }
  return {
    bits: model.bits,
    maxNgram: model.maxNgram,
    bias: model.bias,
    margin: model.margin,
    scale,
    weights: btoa(binary),
  };
}
