import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePreprocessing } from '../../golden/describe.ts';

const root = resolve(import.meta.dirname, '../../..');
const golden = JSON.parse(readFileSync(resolve(root, 'tests/golden/preprocess.json'), 'utf8')) as Array<
  ReturnType<typeof describePreprocessing>
>;

describe('preprocessing golden file', () => {
  it('covers every case', () => {
    const cases = JSON.parse(readFileSync(resolve(root, 'tests/golden/preprocess-cases.json'), 'utf8')) as string[];
    expect(golden.map((g) => g.text)).toEqual(cases);
  });

  it.each(golden.map((g) => [JSON.stringify(g.text).slice(0, 50), g] as const))('%s', (_, expected) => {
    expect(describePreprocessing(expected.text)).toEqual(expected);
  });
});

describe('fast token ids', () => {
  it('equal hashing the feature strings, for every token of the golden cases and the authored posts', async () => {
    const { bucketOf, FEATURE_SETTINGS, tokenFeatureStrings, tokenIds } =
      await import('../../../utils/classifier/features.ts');
    const { preprocess } = await import('../../../utils/classifier/preprocess.ts');
    const { readAuthored } = await import('../../../model/pipeline/authored.ts');
    const texts = [
      ...golden.map((g) => g.text),
      ...readAuthored(resolve(root, 'model/data/authored')).map((p) => p.text),
    ];
    let checked = 0;
    for (const text of texts) {
      for (const token of preprocess(text, FEATURE_SETTINGS).tokens) {
        const expected = tokenFeatureStrings(token, FEATURE_SETTINGS).map((f) => bucketOf(f, FEATURE_SETTINGS.buckets));
        expect(Array.from(tokenIds(token, FEATURE_SETTINGS))).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('give the same bigram, quoted and negated ids as hashing their strings', async () => {
    const { bucketOf, FEATURE_SETTINGS } = await import('../../../utils/classifier/features.ts');
    const { preprocess } = await import('../../../utils/classifier/preprocess.ts');
    const texts = [
      'They said "the caravan is coming" and we are not afraid',
      'ye log chuhe nahi hain, #GhazwaEHind @someone https://t.me/x 1234567 🔥',
      'وہ کہتے ہیں "قافلہ آ رہا ہے" مگر ہم نہیں ڈرتے',
    ];
    const part = (t: { kind: string; norm: string }): string =>
      t.kind === 'url' ? '<url>' : t.kind === 'mention' ? '<user>' : t.kind === 'number' ? '<num>' : t.norm;
    let checked = 0;
    for (const text of texts) {
      const { tokens, windows } = preprocess(text, FEATURE_SETTINGS);
      const window = windows[0]!;
      const idsOf = (a: number, b: number): number[] =>
        Array.from(window.ids).filter((_, i) => window.tokenA[i] === a && window.tokenB[i] === b);
      tokens.forEach((token, i) => {
        const bucket = (feature: string): number => bucketOf(feature, FEATURE_SETTINGS.buckets);
        if (i > 0) {
          expect(idsOf(i - 1, i)).toEqual([bucket(`b:${part(tokens[i - 1]!)} ${part(token)}`)]);
          checked++;
        }
        if (token.kind !== 'word' && token.kind !== 'hashtag') return;
        const own = idsOf(i, -1);
        if (token.quoted) expect(own).toContain(bucket(`q:${token.norm}`));
        if (token.negated) expect(own).toContain(bucket(`n:${token.norm}`));
        if (token.quoted || token.negated) checked++;
      });
    }
    expect(checked).toBeGreaterThan(25);
  });
});
