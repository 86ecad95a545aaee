import { describe, expect, it } from 'vitest';
import { bucketOf, FEATURE_SETTINGS, tokenIds, tokenSpans } from '../../../utils/classifier/features.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';

describe('tokenSpans', () => {
  it("bounds each token's own features, in token order, leaving out the language feature and bigrams", () => {
    const post = preprocess('they are "rats" 🐀 @someone', FEATURE_SETTINGS);
    const window = post.windows[0]!;
    const count = window.lastToken - window.firstToken;
    const spans = tokenSpans(window.tokenA, window.tokenB, window.firstToken, count);
    expect(spans).toHaveLength(2 * count);
    for (let t = 0; t < count; t++) {
      const [start, end] = [spans[2 * t]!, spans[2 * t + 1]!];
      const own = Array.from(window.ids).filter((_, k) => window.tokenA[k] === t && window.tokenB[k] === -1);
      expect(Array.from(window.ids.subarray(start, end))).toEqual(own);
      // A token's own features begin with its word, skeleton and character n-grams.
      expect(own.slice(0, tokenIds(post.tokens[t]!, FEATURE_SETTINGS).length)).toEqual(
        Array.from(tokenIds(post.tokens[t]!, FEATURE_SETTINGS)),
      );
    }
    expect(spans[0]).toBeGreaterThan(0); // index 0 is the language feature
    const bigram = bucketOf('b:they are', FEATURE_SETTINGS.buckets);
    const bigramAt = Array.from(window.ids).indexOf(bigram);
    expect(bigramAt).toBeGreaterThan(0);
    for (let t = 0; t < count; t++) expect(bigramAt >= spans[2 * t]! && bigramAt < spans[2 * t + 1]!).toBe(false);
  });

  it('gives a token with no features left the empty span, and counts windows from their first token', () => {
    const tokenA = Int32Array.from([-1, 10, 10, 12, 12]);
    const tokenB = Int32Array.from([-1, -1, -1, -1, -1]);
    expect(Array.from(tokenSpans(tokenA, tokenB, 10, 3))).toEqual([1, 3, 0, 0, 3, 5]);
  });

  it('ignores ids of tokens outside the window', () => {
    const tokenA = Int32Array.from([4, 5, 9]);
    const tokenB = Int32Array.from([-1, -1, -1]);
    expect(Array.from(tokenSpans(tokenA, tokenB, 5, 2))).toEqual([1, 2, 0, 0]);
  });
});
