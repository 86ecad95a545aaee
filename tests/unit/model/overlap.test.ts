import { describe, expect, it } from 'vitest';
import { closePairs, embeddedTexts, jaccard, wordSet } from '../../../model/pipeline/overlap.ts';

describe('authored overlap check', () => {
  it('reads words of both scripts, lowercased, without punctuation or emoji', () => {
    expect([...wordSet('Bhai, ye kya HO raha hai? 🤔')]).toEqual(['bhai', 'ye', 'kya', 'ho', 'raha', 'hai']);
    expect([...wordSet('یہ بجٹ نہیں، عوام پر بمباری ہے 💣')]).toEqual([
      'یہ',
      'بجٹ',
      'نہیں',
      'عوام',
      'پر',
      'بمباری',
      'ہے',
    ]);
  });

  it('reads a word with a vowel mark as the same word without it', () => {
    expect(jaccard(wordSet('گستاخِ رسول کی سزا'), wordSet('گستاخ رسول کی سزا'))).toBe(1);
  });

  it('measures shared words over all words', () => {
    expect(jaccard(wordSet('a b c d'), wordSet('a b c e'))).toBeCloseTo(3 / 5);
    expect(jaccard(wordSet(''), wordSet(''))).toBe(0);
  });

  it('finds sentences in string literals and markup of test and fixture files', () => {
    const source = `const x = ['parson subah Hunza ki taraf niklenge', "ok"];\n<p>Yesterday the match was postponed</p>`;
    expect(embeddedTexts(source)).toEqual([
      'parson subah Hunza ki taraf niklenge',
      'Yesterday the match was postponed',
    ]);
  });

  it('pairs a near-copy with its reference, most similar first, and skips short texts and the post itself', () => {
    const references = [
      { id: 'test', text: 'parson subah Hunza ki taraf niklenge' },
      { id: 'other', text: 'parson subah Sukkur ki taraf niklenge inshallah' },
      { id: 'short', text: 'Hunza ki taraf' },
      { id: 'p1', text: 'parson subah Hunza ki taraf niklenge yaar' },
    ];
    const pairs = closePairs([{ id: 'p1', text: 'parson subah Hunza ki taraf niklenge yaar' }], references, 0.45);
    expect(pairs.map((pair) => [pair.reference.id, Number(pair.similarity.toFixed(2))])).toEqual([
      ['test', 0.86],
      ['other', 0.56],
    ]);
    expect(closePairs([{ id: 'x', text: 'Hunza ki taraf' }], references, 0.1)).toEqual([]);
  });

  it('reports two new posts that are close to each other once', () => {
    const batch = [
      { id: 'a', text: 'kal raat Lahore mein barish hui' },
      { id: 'b', text: 'kal raat Lahore mein barish hui thi' },
    ];
    expect(closePairs(batch, batch, 0.45).map((pair) => [pair.candidate.id, pair.reference.id])).toEqual([['a', 'b']]);
  });
});
