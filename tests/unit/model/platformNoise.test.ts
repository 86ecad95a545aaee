import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import type { DatasetRow } from '../../../model/pipeline/dataset.ts';
import {
  addNoise,
  hashtagWordsOf,
  NOISE_KINDS,
  noiseProbeTexts,
  PROBE_POOLS,
  TRAINING_NOISE_KINDS,
  TRAINING_POOLS,
  trainingNoise,
  withPlatformNoise,
} from '../../../model/pipeline/platformNoise.ts';
import type { Split } from '../../../model/pipeline/record.ts';
import { seededRandom } from '../../../scripts/lib/seededRandom.ts';

const POST = 'They are traitors, shaheed ho gaye hamare bhai';
const URDU_POST = 'یہ لوگ غدار ہیں';

function row(text: string, split: Split, source: string, positive: boolean): DatasetRow {
  const pre = preprocess(text, FEATURE_SETTINGS);
  return {
    source,
    split,
    text,
    labels: { extremist_propaganda: positive ? 1 : 0 },
    original: positive ? 'flag:1' : 'flag:0',
    key: pre.tokens.map((token) => token.norm).join(' '),
    pre,
  };
}

describe('seededRandom', () => {
  it('is the same sequence on every run (golden), in [0, 1)', () => {
    const random = seededRandom(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const other = seededRandom(2);
    for (let i = 0; i < 1000; i++) {
      const value = other();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe('addNoise', () => {
  it.each(['hashtags', 'link', 'mention', 'retweet', 'emoji'] as const)('%s keeps the post and adds to it', (kind) => {
    for (let seed = 0; seed < 20; seed++) {
      for (const text of [POST, URDU_POST]) {
        const noisy = addNoise(text, kind, TRAINING_POOLS, seededRandom(seed));
        expect(noisy).toContain(text);
        expect(noisy.length).toBeGreaterThan(text.length);
      }
    }
  });

  it('adds tokens of the kind it names', () => {
    const kinds = (kind: (typeof NOISE_KINDS)[number]) =>
      preprocess(addNoise(POST, kind, TRAINING_POOLS, seededRandom(3)), FEATURE_SETTINGS).tokens.map((t) => t.kind);
    expect(kinds('hashtags')).toContain('hashtag');
    expect(kinds('link')).toContain('url');
    expect(kinds('mention')).toContain('mention');
    expect(kinds('retweet')).toContain('mention');
    expect(kinds('emoji')).toContain('emoji');
  });

  it('stretches a letter of a word, in either script, and capitalises Latin text', () => {
    for (const text of [POST, URDU_POST]) {
      const stretched = addNoise(text, 'stretch', TRAINING_POOLS, seededRandom(5));
      expect(stretched).toMatch(/(\p{L})\1\1/u);
      expect(stretched.split(' ')).toHaveLength(text.split(' ').length);
    }
    expect(addNoise(POST, 'capitals', TRAINING_POOLS, seededRandom(0))).toBe(POST.toUpperCase());
  });

  it('adds one to three everyday words from the pool, and none from a pool without words', () => {
    for (let seed = 0; seed < 20; seed++) {
      const noisy = addNoise(POST, 'words', PROBE_POOLS, seededRandom(seed));
      expect(noisy).toContain(POST);
      const added = noisy.replace(POST, '').trim().split(' ');
      expect(added.length).toBeGreaterThanOrEqual(1);
      expect(added.length).toBeLessThanOrEqual(3);
      expect(added.every((word) => PROBE_POOLS.words.includes(word))).toBe(true);
    }
    expect(addNoise(POST, 'words', TRAINING_POOLS, seededRandom(1))).toBe(POST);
  });

  it('draws the same training noise as the shipped model was trained with (golden)', () => {
    // Any change to the draws changes the training data: `npm run train` would no longer reproduce the model.
    const pools = { ...TRAINING_POOLS, hashtagWords: ['alpha', 'بیٹا', 'gamma'] };
    const hash = createHash('sha256');
    for (let i = 0; i < 300; i++)
      hash.update(`${trainingNoise(`post number ${i} yeh hai بات`, seededRandom(i), pools)}\n`);
    expect(hash.digest('hex')).toBe('5f451c213b34117dad0bef7368dcd643fa43746f22791404d9212a546490fc2b');
  });

  it('never gives training copies the probe-only kind of noise', () => {
    expect(NOISE_KINDS.filter((kind) => !(TRAINING_NOISE_KINDS as readonly string[]).includes(kind))).toEqual([
      'words',
    ]);
    const words = new Set(PROBE_POOLS.words);
    for (let seed = 0; seed < 200; seed++) {
      const noisy = trainingNoise(POST, seededRandom(seed));
      expect(noisy.split(' ').filter((word) => words.has(word))).toEqual([]);
    }
  });

  it('draws training and probe noise from pools that share nothing', () => {
    for (const pool of ['hashtags', 'handles', 'links', 'emoji', 'words'] as const) {
      const training = new Set(TRAINING_POOLS[pool]);
      expect(PROBE_POOLS[pool].filter((item) => training.has(item))).toEqual([]);
    }
    const domains = (links: readonly string[]) => links.map((link) => new URL(link).hostname);
    expect(domains(PROBE_POOLS.links).filter((d) => domains(TRAINING_POOLS.links).includes(d))).toEqual([]);
  });
});

describe('hashtagWordsOf', () => {
  it('samples training words of any source as written, never validation or test words, nor a probe tag', () => {
    const rows = [
      row('Lahore mein aaj Pakistan ka match hai', 'train', 'public', false),
      row('Hidden words stay hidden', 'test', 'authored', true),
      row('یہ خبریں news ہیں', 'train', 'authored', true),
    ];
    expect(hashtagWordsOf(rows, 1)).toEqual(['Lahore', 'mein', 'aaj', 'match', 'hai', 'خبریں', 'ہیں']);
    // Every second word counted, a probe tag's word among them (Pakistan, news) dropped.
    expect(hashtagWordsOf(rows, 2)).toEqual(['Lahore', 'aaj', 'match', 'خبریں', 'ہیں']);
  });

  it('makes half the training hashtags when given', () => {
    const pools = { ...TRAINING_POOLS, hashtagWords: ['zebra'] };
    const tags = Array.from({ length: 200 }, (_, seed) => addNoise('x', 'hashtags', pools, seededRandom(seed)))
      .join(' ')
      .split(' ')
      .filter((t) => t.startsWith('#'));
    const fromWords = tags.filter((t) => t === '#zebra').length / tags.length;
    expect(fromWords).toBeGreaterThan(0.35);
    expect(fromWords).toBeLessThan(0.65);
    expect(tags.every((t) => t === '#zebra' || TRAINING_POOLS.hashtags.includes(t))).toBe(true);
  });
});

describe('noiseProbeTexts', () => {
  it('is deterministic and uses the probe pools', () => {
    const texts = [POST, URDU_POST, 'ham kal lahore jayenge'];
    const once = noiseProbeTexts(texts, 'hashtags');
    expect(noiseProbeTexts(texts, 'hashtags')).toEqual(once);
    once.forEach((noisy, i) => {
      const added = noisy
        .replace(texts[i] as string, '')
        .trim()
        .split(' ');
      expect(added.every((tag) => PROBE_POOLS.hashtags.includes(tag))).toBe(true);
    });
  });
});

describe('withPlatformNoise', () => {
  const rows = Array.from({ length: 300 }, (_, i) => [
    row(`authored post number ${i} about the match`, 'train', 'authored', i % 2 === 0),
    row(`a public post number ${i}`, 'train', 'public', false),
    row(`held out authored post ${i}`, i % 2 ? 'val' : 'test', 'authored', true),
  ]).flat();
  const options = { share: 0.5, sources: ['authored'], seed: 7 };
  const noisy = withPlatformNoise(rows, options, FEATURE_SETTINGS);

  it('replaces about `share` of the eligible training rows, and no other row', () => {
    const changed = noisy.filter((r, i) => r !== rows[i]);
    expect(changed.every((r) => r.split === 'train' && r.source === 'authored')).toBe(true);
    expect(changed.length).toBeGreaterThan(110);
    expect(changed.length).toBeLessThan(190);
  });

  it('takes training rows of every source when no sources are named', () => {
    const everywhere = withPlatformNoise(rows, { share: 0.5, seed: 7 }, FEATURE_SETTINGS);
    const changed = everywhere.filter((r, i) => r !== rows[i]);
    expect(new Set(changed.map((r) => r.source))).toEqual(new Set(['authored', 'public']));
    expect(changed.every((r) => r.split === 'train')).toBe(true);
  });

  it('keeps labels, split and key, and preprocesses the noisy text', () => {
    noisy.forEach((r, i) => {
      const before = rows[i] as DatasetRow;
      expect([r.labels, r.split, r.key, r.source]).toEqual([before.labels, before.split, before.key, before.source]);
      expect(r.pre).toEqual(preprocess(r.text, FEATURE_SETTINGS));
    });
    expect(noisy.some((r, i) => r.text !== rows[i]?.text)).toBe(true);
  });

  it('chooses and draws by the text, never the label, and the same on every run', () => {
    const flipped = rows.map((r) => ({
      ...r,
      original: r.original === 'flag:1' ? 'flag:0' : 'flag:1',
      labels: { extremist_propaganda: r.labels.extremist_propaganda === 1 ? (0 as const) : (1 as const) },
    }));
    expect(withPlatformNoise(flipped, options, FEATURE_SETTINGS).map((r) => r.text)).toEqual(noisy.map((r) => r.text));
    expect(withPlatformNoise(rows, options, FEATURE_SETTINGS).map((r) => r.text)).toEqual(noisy.map((r) => r.text));
    expect(withPlatformNoise(rows, { ...options, seed: 8 }, FEATURE_SETTINGS).map((r) => r.text)).not.toEqual(
      noisy.map((r) => r.text),
    );
  });
});
