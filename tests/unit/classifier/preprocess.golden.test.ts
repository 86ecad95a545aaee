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
