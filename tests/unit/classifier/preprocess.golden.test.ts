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
});
