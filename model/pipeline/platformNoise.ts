import type { FeatureSettings } from '../../utils/classifier/features.ts';
import { hashString } from '../../utils/classifier/hash.ts';
import { preprocess } from '../../utils/classifier/preprocess.ts';
import { seededRandom } from '../../scripts/lib/seededRandom.ts';
import { unitHash, type DatasetRow } from './dataset.ts';

/**
 * Platform noise: what posts on X, Facebook, Telegram or TikTok carry besides their words — hashtags,
 * links, mentions, a retweet prefix, emoji, stretched letters, capitals. Our authored posts are written
 * clean while the public sets carry this noise and are mostly harmless, so a model trained on both
 * learns that a hashtag or a mention means "harmless" and a link "harmful" (model 0.22.2: one to three
 * hashtags cut held-out recall by a quarter to a third; a link raised false flags from 3.5–5.6% to
 * 6.0–10.2%). Training copies of authored posts get noise regardless of their label
 * (`withPlatformNoise`), so that within our own posts it says nothing; the probe (`noiseProbeTexts`)
 * measures held-out posts under noise drawn from other pools.
 */
/** The kinds of noise training copies get. */
export const TRAINING_NOISE_KINDS = ['hashtags', 'link', 'mention', 'retweet', 'emoji', 'stretch', 'capitals'] as const;
/**
 * The kinds the probe measures: the training kinds and a few everyday words, which measure how far a post
 * is pulled toward harmless by words that add nothing (the network averages its features). Training on
 * extra words did not move that figure (session 16), so training leaves them out.
 */
export const NOISE_KINDS = [...TRAINING_NOISE_KINDS, 'words'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];
type TrainingNoiseKind = (typeof TRAINING_NOISE_KINDS)[number];

/** What noise is drawn from. Training and probe pools share nothing, so the probe measures generalisation. */
export interface NoisePools {
  hashtags: readonly string[];
  /**
   * Words that half the hashtags are made of instead (`#` + word). A fixed list of tags teaches only those
   * tags: trained with one, an unseen hashtag still cut held-out recall by 12 points.
   */
  hashtagWords?: readonly string[];
  /** Handles for mentions and retweets; empty: random ones. */
  handles: readonly string[];
  /** Link prefixes; a random path is appended. */
  links: readonly string[];
  emoji: readonly string[];
  /** Everyday words added to a post (`words`: probe only). */
  words: readonly string[];
}

export const TRAINING_POOLS: NoisePools = {
  hashtags: [
    '#Lahore',
    '#Karachi',
    '#Islamabad',
    '#Peshawar',
    '#Quetta',
    '#Multan',
    '#trending',
    '#breaking',
    '#fyp',
    '#foryou',
    '#today',
    '#update',
    '#sach',
    '#awaz',
    '#لاہور',
    '#کراچی',
    '#خبریں',
    '#آج',
  ],
  handles: [],
  links: ['https://t.co/', 'https://youtu.be/', 'https://bit.ly/', 'https://www.facebook.com/share/p/'],
  emoji: ['🔥', '💯', '👇', '🙏', '❤️', '😂', '😡', '👍', '🇵🇰', '✅', '⚠️', '😢', '💪', '🤲', '👏', '😍', '🌙', '⭐'],
  words: [],
};

export const PROBE_POOLS: NoisePools = {
  hashtags: ['#Pakistan', '#news', '#viral', '#Rawalpindi', '#trend', '#اردو', '#پاکستان'],
  handles: ['@news_desk', '@pk_updates', '@daily_views', '@sports_fan92'],
  links: ['https://x.com/i/status/', 'https://fb.watch/', 'https://tinyurl.com/'],
  emoji: ['⚡', '👊', '😤', '🙌', '💥', '😭', '🤔', '👀'],
  // Bare words never come from the training noise; a hashtag made of a sampled word might be one of these.
  words: ['ok', 'guys', 'please', 'really', 'yaar', 'acha', 'suno', 'dekho', 'اچھا', 'سنو', 'دیکھو', 'جی'],
};

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty pool');
  return item;
}

const HANDLE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

function randomString(
  length: number,
  random: () => number,
  chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
): string {
  let out = '';
  for (let i = 0; i < length; i++) out += chars[Math.floor(random() * chars.length)];
  return out;
}

function handle(pools: NoisePools, random: () => number): string {
  if (pools.handles.length > 0) return pick(pools.handles, random);
  return `@${randomString(1, random, 'abcdefghijklmnopqrstuvwxyz')}${randomString(4 + Math.floor(random() * 6), random, HANDLE_CHARS)}`;
}

/** Latin vowels, and the Urdu letters people stretch (alif, vao, yeh, bari yeh). */
const STRETCHABLE = /[aeiouAEIOUاویے]/u;

/** One or two words get a letter repeated three to five times ("shaheeeed", "bhaaaai"). */
function stretch(text: string, random: () => number): string {
  const words = text.split(' ');
  const candidates = words.map((word, index) => (STRETCHABLE.test(word) ? index : -1)).filter((index) => index >= 0);
  if (candidates.length === 0) return text;
  const count = Math.min(candidates.length, 1 + Math.floor(random() * 2));
  for (let n = 0; n < count; n++) {
    const index = pick(candidates, random);
    const word = words[index] as string;
    const letters = [...word];
    const positions = letters.map((letter, i) => (STRETCHABLE.test(letter) ? i : -1)).filter((i) => i >= 0);
    const at = pick(positions, random);
    letters[at] = (letters[at] as string).repeat(3 + Math.floor(random() * 3));
    words[index] = letters.join('');
  }
  return words.join(' ');
}

/** `text` with one kind of noise added; the words of the post are kept (stretched or capitalised at most). */
export function addNoise(text: string, kind: NoiseKind, pools: NoisePools, random: () => number): string {
  switch (kind) {
    case 'hashtags': {
      const words = pools.hashtagWords ?? [];
      const tag = () => (words.length > 0 && random() < 0.5 ? `#${pick(words, random)}` : pick(pools.hashtags, random));
      const tags = Array.from({ length: 1 + Math.floor(random() * 3) }, tag).join(' ');
      return random() < 0.8 ? `${text} ${tags}` : `${tags} ${text}`;
    }
    case 'link':
      return `${text} ${pick(pools.links, random)}${randomString(6 + Math.floor(random() * 6), random)}`;
    case 'mention':
      return random() < 0.7 ? `${handle(pools, random)} ${text}` : `${text} ${handle(pools, random)}`;
    case 'retweet':
      return `RT ${handle(pools, random)}: ${text}`;
    case 'emoji': {
      const emoji = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pools.emoji, random)).join('');
      return random() < 0.8 ? `${text} ${emoji}` : `${emoji} ${text}`;
    }
    case 'stretch':
      return stretch(text, random);
    case 'capitals':
      return text.toUpperCase();
    case 'words': {
      if (pools.words.length === 0) return text;
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pools.words, random)).join(' ');
      return random() < 0.7 ? `${text} ${words}` : `${words} ${text}`;
    }
  }
}

/** How often each kind is drawn for a noisy training copy: roughly how often posts on the platforms carry it. */
const TRAINING_ODDS: Record<TrainingNoiseKind, number> = {
  hashtags: 0.4,
  link: 0.3,
  mention: 0.25,
  retweet: 0.15,
  emoji: 0.35,
  stretch: 0.2,
  capitals: 0.1,
};

/** Noise for one training copy: each kind by its odds, at least one. */
export function trainingNoise(text: string, random: () => number, pools: NoisePools = TRAINING_POOLS): string {
  let kinds: TrainingNoiseKind[] = TRAINING_NOISE_KINDS.filter((kind) => random() < TRAINING_ODDS[kind]);
  if (kinds.length === 0) kinds = [pick(TRAINING_NOISE_KINDS, random)];
  return kinds.reduce((noisy, kind) => addNoise(noisy, kind, pools, random), text);
}

const PROBE_TAGS = new Set(PROBE_POOLS.hashtags.map((tag) => tag.slice(1).toLowerCase()));

/**
 * Words that hashtags are made of: every `step`-th word (3–20 letters) of the training posts of any
 * source, as written; never one that would make a probe hashtag.
 */
export function hashtagWordsOf(rows: readonly DatasetRow[], step = 50): string[] {
  const words: string[] = [];
  let seen = 0;
  for (const row of rows) {
    if (row.split !== 'train') continue;
    for (const token of row.pre.tokens) {
      if (token.kind !== 'word' || token.norm.length < 3 || token.norm.length > 20) continue;
      if (seen++ % step !== 0) continue;
      const word = row.pre.text.slice(token.start, token.end);
      if (!PROBE_TAGS.has(word.toLowerCase())) words.push(word);
    }
  }
  return words;
}

export interface PlatformNoiseOptions {
  /** Share of the eligible training rows that are replaced by a noisy copy (chosen by hash of the text, not the label). */
  share: number;
  /** Sources whose training rows are eligible; absent: every source. */
  sources?: readonly string[];
  seed: number;
}

/**
 * The rows with `share` of the eligible training rows replaced by noisy copies (same labels, split and
 * key), re-preprocessed as the extension would read them. Validation and test rows are never touched.
 */
export function withPlatformNoise(
  rows: readonly DatasetRow[],
  options: PlatformNoiseOptions,
  settings: FeatureSettings,
): DatasetRow[] {
  const pools: NoisePools = { ...TRAINING_POOLS, hashtagWords: hashtagWordsOf(rows) };
  return rows.map((row) => {
    if (row.split !== 'train' || (options.sources !== undefined && !options.sources.includes(row.source))) return row;
    if (unitHash(row.key, `${options.seed}\u0000noise`) >= options.share) return row;
    const text = trainingNoise(row.text, seededRandom(hashString(`${options.seed}\u0000${row.key}`)), pools);
    return { ...row, text, pre: preprocess(text, settings) };
  });
}

/** Held-out texts under one kind of probe noise, deterministic per text. */
export function noiseProbeTexts(texts: readonly string[], kind: NoiseKind): string[] {
  return texts.map((text) =>
    addNoise(text, kind, PROBE_POOLS, seededRandom(hashString(`probe\u0000${kind}\u0000${text}`))),
  );
}
