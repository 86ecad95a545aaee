import type { Token } from './tokenize.ts';
import { romanUrduSkeleton, urduSkeleton } from './crossScript.ts';
import { romanSkeleton } from './normalize.ts';
import type { Lang } from './language.ts';
import { FNV_OFFSET, finish, fnv, hashString } from './hash.ts';
import { LATIN_WORD_MODEL } from './latinWordWeights.ts';
import type { WordEntry } from './wordEntry.ts';

/**
 * Feature settings. They are written into the model metadata at training time and the runtime
 * refuses a model whose settings differ from the code's, because hashed features silently change
 * meaning when any of these change.
 */
export interface FeatureSettings {
  /** Bumped whenever tokenization, normalisation or feature strings change. */
  version: number;
  /** Hash buckets; id 0 is reserved for padding, so ids are 1..buckets. */
  buckets: number;
  charNgramMin: number;
  charNgramMax: number;
  /** Characters of a post read at most; the rest is ignored (documented in model/README.md). */
  maxChars: number;
  /** Tokens per window; longer posts are read as several overlapping windows. */
  windowTokens: number;
  windowStride: number;
  maxWindows: number;
  /** Hash of the Latin-word language weights: the detected language is a feature, so new weights need a new model. */
  languageModel: number;
}

export const FEATURE_SETTINGS: FeatureSettings = {
  version: 8,
  buckets: 1 << 18,
  charNgramMin: 3,
  charNgramMax: 5,
  maxChars: 20_000,
  windowTokens: 256,
  windowStride: 192,
  maxWindows: 16,
  languageModel: hashString(JSON.stringify(LATIN_WORD_MODEL)),
};

/** Hashed features of one window, with the token(s) each feature came from (-1: none). */
export interface WindowFeatures {
  ids: Int32Array;
  tokenA: Int32Array;
  tokenB: Int32Array;
  /** Token index range [first, last) this window covers. */
  firstToken: number;
  lastToken: number;
}

/**
 * Character n-grams hash into the lower half of the buckets, every other feature (words, bigrams,
 * skeletons, domains, emoji, hashtags) into the upper half: the model pools the two fields
 * separately, so a post's few word features are not drowned by its many character n-grams.
 */
export function bucketOf(feature: string, buckets: number): number {
  const half = buckets / 2;
  const slot = hashString(feature) % half;
  return feature.startsWith('c:') ? slot + 1 : half + slot + 1;
}

const CHAR_PREFIX_HASH = fnv(FNV_OFFSET, 'c:');

/**
 * `bucketOf(prefix + a)` or, with `b`, `bucketOf(prefix + a + ' ' + b)`, without building the
 * string (a bigram per token). `prefix` must not be 'c:' (character n-grams go to the lower half).
 */
function prefixedBucket(prefixHash: number, buckets: number, a: string, b?: string): number {
  let hash = fnv(prefixHash, a);
  if (b !== undefined) hash = fnv(fnv(hash, ' '), b);
  const half = buckets / 2;
  return half + (finish(hash) % half) + 1;
}
const BIGRAM_PREFIX_HASH = fnv(FNV_OFFSET, 'b:');
const QUOTED_PREFIX_HASH = fnv(FNV_OFFSET, 'q:');
const NEGATED_PREFIX_HASH = fnv(FNV_OFFSET, 'n:');
const SURROGATE_RE = /[\uD800-\uDFFF]/;

/**
 * The same ids as hashing each feature string of `tokenFeatureStrings`, without building the
 * strings: character n-grams are hashed in place. Words with astral characters take the string
 * path (n-grams there count code points). Equality of both paths is tested.
 */
function computeTokenIds(token: Token, settings: FeatureSettings): Int32Array {
  const bounded = token.kind === 'word' ? `<${token.norm.length > 24 ? token.norm.slice(0, 24) : token.norm}>` : '';
  if (bounded === '' || SURROGATE_RE.test(bounded)) {
    return Int32Array.from(tokenFeatureStrings(token, settings), (feature) => bucketOf(feature, settings.buckets));
  }
  const ids: number[] = [];
  const half = settings.buckets / 2;
  ids.push(bucketOf(`w:${token.norm}`, settings.buckets));
  if (token.norm.length >= 3 && LATIN_WORD_RE.test(token.norm)) {
    ids.push(bucketOf(`r:${romanSkeleton(token.norm)}`, settings.buckets));
  }
  const length = bounded.length;
  for (let n = settings.charNgramMin; n <= settings.charNgramMax; n++) {
    if (length < n) break;
    if (n === length) continue;
    for (let i = 0; i + n <= length; i++) {
      ids.push((finish(fnv(CHAR_PREFIX_HASH, bounded, i, i + n)) % half) + 1);
    }
  }
  return Int32Array.from(ids);
}

const MEMO_LIMIT = 50_000;

/** A memo shared across posts, where most words repeat. Clearing it now and then costs a few misses, never unbounded memory. */
function memo<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/**
 * One memo per settings object and token kind, keyed by the token's normalised text alone: a key
 * built per token (version, kind, text) cost more to hash than the lookup saved.
 */
const TOKEN_ID_CACHES = new WeakMap<FeatureSettings, Map<string, Map<string, Int32Array>>>();

/** The value under `key`, created on first use. */
function getOrCreate<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  create: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

function tokenIdCache(settings: FeatureSettings, kind: string): Map<string, Int32Array> {
  return getOrCreate(
    getOrCreate(TOKEN_ID_CACHES, settings, () => new Map()),
    kind,
    () => new Map(),
  );
}

/** A token's ids (word, skeleton, character n-grams), memoised. */
export function tokenIds(token: Token, settings: FeatureSettings): Int32Array {
  // Only hashtags have parts; the same hashtag text always splits into the same parts.
  return memo(tokenIdCache(settings, token.kind), token.norm + (token.parts ? `|${token.parts.join(' ')}` : ''), () =>
    computeTokenIds(token, settings),
  );
}

const LATIN_WORD_RE = /^[a-z]+$/;

/** The feature strings of one token (without bigrams), human-readable for tests and debugging. */
export function tokenFeatureStrings(token: Token, settings: FeatureSettings): string[] {
  switch (token.kind) {
    case 'url':
      return ['w:<url>', `u:${token.norm}`];
    case 'mention':
      return ['w:<user>'];
    case 'emoji':
      return [`e:${token.norm}`];
    case 'number':
      return [token.norm.length <= 4 ? `w:${token.norm}` : 'w:<num>'];
    case 'hashtag': {
      const out = ['w:<hashtag>', `h:${token.norm}`, ...wordFeatureStrings(token.norm, settings)];
      for (const part of token.parts ?? []) out.push(`w:${part}`);
      return out;
    }
    case 'word':
      return wordFeatureStrings(token.norm, settings);
  }
}

function wordFeatureStrings(word: string, settings: FeatureSettings): string[] {
  const out = [`w:${word}`];
  if (word.length >= 3 && LATIN_WORD_RE.test(word)) out.push(`r:${romanSkeleton(word)}`);
  const chars = Array.from(`<${word.length > 24 ? word.slice(0, 24) : word}>`);
  for (let n = settings.charNgramMin; n <= settings.charNgramMax; n++) {
    if (chars.length < n) break;
    // A gram equal to the whole bounded word adds nothing the word feature does not carry.
    for (let i = 0; i + n <= chars.length; i++) {
      if (n === chars.length) continue;
      out.push(`c:${chars.slice(i, i + n).join('')}`);
    }
  }
  return out;
}

/** Bigram key for two adjacent tokens; mentions, URLs and emoji join bigrams by their class. */
function bigramPart(token: Token): string {
  if (token.kind === 'url') return '<url>';
  if (token.kind === 'mention') return '<user>';
  if (token.kind === 'number') return '<num>';
  return token.norm;
}

const CROSS_SCRIPT_ID_CACHES = new WeakMap<FeatureSettings, Map<string, number>>();

/**
 * The id of a word's cross-script skeleton feature, memoised (0: none). Urdu script always, Latin when
 * `romanUrdu`. Kept in the word's entry when it has one (see wordEntry.ts), else in a map.
 */
function crossScriptId(word: string, romanUrdu: boolean, settings: FeatureSettings, entry?: WordEntry): number {
  const code = word.charCodeAt(0);
  const urduScript = code >= 0x0600 && code <= 0x06ff;
  if (!urduScript && !romanUrdu) return 0;
  const compute = (): number => {
    const skeleton = urduScript ? urduSkeleton(word) : romanUrduSkeleton(word);
    return skeleton === '' ? 0 : bucketOf(`x:${skeleton}`, settings.buckets);
  };
  if (entry === undefined || entry.norm !== word) {
    return memo(
      getOrCreate(CROSS_SCRIPT_ID_CACHES, settings, () => new Map()),
      word,
      compute,
    );
  }
  if (entry.crossSettings !== settings) {
    entry.cross = compute();
    entry.crossSettings = settings;
  }
  return entry.cross;
}

/** `tokenIds`, kept in the token's word entry when it has one of the token's kind (see wordEntry.ts). */
function idsOf(token: Token, entry: WordEntry | undefined, settings: FeatureSettings): Int32Array {
  if (entry === undefined || entry.kind !== token.kind || entry.norm !== token.norm) return tokenIds(token, settings);
  if (entry.idsSettings !== settings || entry.ids === undefined) {
    entry.ids = tokenIds(token, settings);
    entry.idsSettings = settings;
  }
  return entry.ids;
}

/**
 * A window's ids with the token(s) each came from, in typed arrays that grow by doubling. One
 * scratch buffer serves every window (featurize is synchronous); `finish` copies out what was written.
 */
class FeatureBuffer {
  private ids = new Int32Array(256);
  private tokenA = new Int32Array(256);
  private tokenB = new Int32Array(256);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.ids.length) return;
    let size = this.ids.length * 2;
    while (size < this.length + extra) size *= 2;
    const grow = (from: Int32Array): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(size);
      to.set(from.subarray(0, this.length));
      return to;
    };
    this.ids = grow(this.ids);
    this.tokenA = grow(this.tokenA);
    this.tokenB = grow(this.tokenB);
  }

  reset(): this {
    this.length = 0;
    return this;
  }

  push(id: number, a: number, b: number): void {
    this.reserve(1);
    this.ids[this.length] = id;
    this.tokenA[this.length] = a;
    this.tokenB[this.length] = b;
    this.length++;
  }

  /**
   * Ids that all come from token `a` alone. A plain loop: a token has a few dozen ids, too few for
   * `set` and two `fill` calls to pay for themselves, and this runs for every token of every post.
   */
  pushAll(ids: Int32Array, a: number): void {
    const count = ids.length;
    this.reserve(count);
    const at = this.length;
    const { ids: out, tokenA, tokenB } = this;
    for (let k = 0; k < count; k++) {
      out[at + k] = ids[k] as number;
      tokenA[at + k] = a;
      tokenB[at + k] = -1;
    }
    this.length = at + count;
  }

  /** A copy of what was written, as the window [firstToken, lastToken). */
  finish(firstToken: number, lastToken: number): WindowFeatures {
    return {
      ids: this.ids.slice(0, this.length),
      tokenA: this.tokenA.slice(0, this.length),
      tokenB: this.tokenB.slice(0, this.length),
      firstToken,
      lastToken,
    };
  }
}

const SCRATCH = new FeatureBuffer();

/**
 * Splits the tokens into windows and hashes each window's features. Always at least one window.
 * `words` are the tokens' word entries (`tokenizePost`), when the caller has them: same result, fewer lookups.
 */
export function featurize(
  tokens: readonly Token[],
  lang: Lang,
  settings: FeatureSettings,
  words?: ReadonlyArray<WordEntry | undefined>,
): WindowFeatures[] {
  const windows: WindowFeatures[] = [];
  for (const [first, last] of windowRanges(tokens.length, settings)) {
    const out = SCRATCH.reset();
    const { buckets } = settings;
    // The language lets the model learn per-language base rates; it belongs to no token.
    out.push(bucketOf(`lang:${lang}`, buckets), -1, -1);
    let quotes = false;
    const romanUrdu = lang === 'ur-Latn' || lang === 'mixed';
    for (let i = first; i < last; i++) {
      const token = tokens[i] as Token;
      const entry = words?.[i];
      out.pushAll(idsOf(token, entry, settings), i);
      const wordLike = token.kind === 'word' || token.kind === 'hashtag';
      // A quoted word keeps its own features and adds a second, "quoted" one: the model can learn
      // that a slogan in quotes inside a reply is reported or rejected more often than said.
      if (token.quoted && wordLike) {
        out.push(prefixedBucket(QUOTED_PREFIX_HASH, buckets, token.norm), i, -1);
        quotes = true;
      }
      // Likewise a word near a negator ("they aren't rats", "keeray nahi hain") adds a "negated" one.
      if (token.negated && wordLike) out.push(prefixedBucket(NEGATED_PREFIX_HASH, buckets, token.norm), i, -1);
      // The same word in either script of Urdu shares one feature (see crossScript.ts). Latin words
      // take part only in posts that read as Roman Urdu, so English "man" stays apart from "ایمان".
      const crossScript = token.kind === 'word' ? crossScriptId(token.norm, romanUrdu, settings, entry) : 0;
      if (crossScript !== 0) out.push(crossScript, i, -1);
      if (i > first) {
        const bigram = prefixedBucket(
          BIGRAM_PREFIX_HASH,
          buckets,
          bigramPart(tokens[i - 1] as Token),
          bigramPart(token),
        );
        out.push(bigram, i - 1, i);
      }
    }
    if (quotes) out.push(bucketOf('quote:any', buckets), -1, -1);
    windows.push(out.finish(first, last));
  }
  return windows;
}

/**
 * Each token's own features as a span [start, end) of `ids` (pairs, in token order; [0, 0] for a token
 * with none left, as under occlusion). The model reads words in order through these spans: a token's
 * vector is the mean of its features (word, skeleton, character n-grams …), so a misspelt word still
 * has one. Bigrams and the language feature belong to no single token and stay out. `featurize` writes
 * a token's own ids next to each other, so first and last occurrence bound them.
 */
export function tokenSpans(
  tokenA: Int32Array,
  tokenB: Int32Array,
  firstToken: number,
  tokenCount: number,
): Int32Array<ArrayBuffer> {
  const spans = new Int32Array(2 * tokenCount);
  for (let k = 0; k < tokenA.length; k++) {
    const token = (tokenA[k] as number) - firstToken;
    if (tokenB[k] !== -1 || token < 0 || token >= tokenCount) continue;
    if (spans[2 * token + 1] === 0) spans[2 * token] = k;
    spans[2 * token + 1] = k + 1;
  }
  return spans;
}

/**
 * Window ranges: overlapping windows from the start; when a post needs more than `maxWindows`,
 * they are spread evenly over the whole post so that its end is read too.
 */
export function windowRanges(tokenCount: number, settings: FeatureSettings): Array<[number, number]> {
  const { windowTokens, windowStride, maxWindows } = settings;
  if (tokenCount <= windowTokens) return [[0, tokenCount]];
  const needed = Math.ceil((tokenCount - windowTokens) / windowStride) + 1;
  const count = Math.min(needed, maxWindows);
  const step = count === 1 ? 0 : (tokenCount - windowTokens) / (count - 1);
  const ranges: Array<[number, number]> = [];
  for (let w = 0; w < count; w++) {
    const start = Math.round(w * step);
    ranges.push([start, Math.min(start + windowTokens, tokenCount)]);
  }
  return ranges;
}
