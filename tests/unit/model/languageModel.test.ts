import { describe, expect, it } from 'vitest';
import { trainLatinWordModel, type LabelledPost } from '../../../model/pipeline/languageModel.ts';
import {
  createLatinWordVoter,
  latinWordLogit,
  packLatinWordModel,
  unpackLatinWordModel,
} from '../../../utils/classifier/latinWordLanguage.ts';

const OPTIONS = { bits: 12, maxNgram: 4, margin: 1, epochs: 20, learningRate: 0.2, l2: 1e-6, countPower: 0.5 };

const post = (language: LabelledPost['language'], text: string, weight = 1): LabelledPost => ({
  language,
  words: text.split(' '),
  weight,
});

// A toy corpus with the real problem in it: the Roman Urdu posts borrow English words.
const CORPUS: LabelledPost[] = [
  ...Array.from({ length: 20 }, () => post('en', 'the match was good and the crowd was happy')),
  ...Array.from({ length: 20 }, () => post('en', 'they say the team will play in the final')),
  ...Array.from({ length: 20 }, () => post('ur-Latn', 'yaar match bohat acha tha aur log khush thay')),
  ...Array.from({ length: 20 }, () => post('ur-Latn', 'kal final hai team ko khelna hai the end')),
];

describe('Latin-word language model', () => {
  const { model, summary } = trainLatinWordModel(CORPUS, OPTIONS);

  it('learns which words are Roman Urdu and which English, borrowed words included', () => {
    for (const word of ['yaar', 'bohat', 'khush', 'hai', 'khelna'])
      expect(latinWordLogit(model, word)).toBeGreaterThan(1);
    for (const word of ['crowd', 'happy', 'they', 'will']) expect(latinWordLogit(model, word)).toBeLessThan(-1);
    // Borrowed into a third of the Roman Urdu posts, still English.
    expect(latinWordLogit(model, 'the')).toBeLessThan(0);
    // Used as often in both languages: no vote either way.
    expect(Math.abs(latinWordLogit(model, 'match'))).toBeLessThan(1);
    expect(summary.distinctWords).toBe(new Set(CORPUS.flatMap((p) => p.words)).size);
    expect(summary.wordUses).toEqual({ en: 360, 'ur-Latn': 360 });
  });

  it('reads unseen spellings by their character n-grams', () => {
    expect(latinWordLogit(model, 'khushi')).toBeGreaterThan(0);
    expect(latinWordLogit(model, 'happiness')).toBeLessThan(0);
  });

  it('is deterministic: the same data gives the same weights', () => {
    expect(packLatinWordModel(trainLatinWordModel(CORPUS, OPTIONS).model)).toEqual(packLatinWordModel(model));
  });

  it('refuses a corpus without both languages', () => {
    expect(() => trainLatinWordModel(CORPUS.slice(0, 40), OPTIONS)).toThrow(/both languages/);
  });

  it('survives packing to bytes with the same votes', () => {
    const unpacked = unpackLatinWordModel(packLatinWordModel(model));
    expect(unpacked.weights).toHaveLength(1 << OPTIONS.bits);
    const exact = createLatinWordVoter(model);
    const packed = createLatinWordVoter(unpacked);
    for (const word of new Set(CORPUS.flatMap((p) => p.words))) {
      expect(Math.abs(latinWordLogit(unpacked, word) - latinWordLogit(model, word))).toBeLessThan(0.1);
      if (Math.abs(latinWordLogit(model, word)) > OPTIONS.margin + 0.1) expect(packed(word)).toBe(exact(word));
    }
  });

  it('rejects packed weights of the wrong length', () => {
    const packed = packLatinWordModel(model);
    expect(() => unpackLatinWordModel({ ...packed, bits: packed.bits + 1 })).toThrow(/bytes for/);
  });

  it('gives every word, however long or odd, a bounded set of features', () => {
    const vote = createLatinWordVoter(model);
    expect(() => vote('a'.repeat(10_000))).not.toThrow();
    expect(() => vote('')).not.toThrow();
    expect(latinWordLogit(model, `${'x'.repeat(24)}tail`)).toBe(latinWordLogit(model, `${'x'.repeat(24)}other`));
  });
});
