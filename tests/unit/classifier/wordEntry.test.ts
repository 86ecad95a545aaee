import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS, featurize } from '../../../utils/classifier/features.ts';
import { readingOfTokens, readingOfWords } from '../../../utils/classifier/language.ts';
import { tokenizePost } from '../../../utils/classifier/tokenize.ts';

/**
 * The tokenizer's word entries (utils/classifier/wordEntry.ts) only spare lookups: with or without
 * them, the reading and the features must be the same, whatever the entries already hold.
 */
const POSTS = [
  'Kal tumhare ghar aaunga, gate pe milna 🙂',
  'تمہاری یاد آ رہی ہے، کل ملتے ہیں',
  'they are k a f i r, "kill" them — no, we don\'t say that',
  '@user #JusticeForAll https://example.org 123 456 j.i.h.a.d',
  'K\u0430FIR k\u200ba\u200bf\u200bi\u200br ک ا ف ر ہیں',
  'mixed اردو and English, tumhara parcel',
  '',
];

describe('word entries', () => {
  it('sit beside the tokens: one per token, an entry exactly for words and numbers', () => {
    for (const post of POSTS) {
      const { tokens, words } = tokenizePost(post, FEATURE_SETTINGS.maxChars);
      expect(words).toHaveLength(tokens.length);
      tokens.forEach((token, index) => {
        const entry = words[index];
        if (token.kind === 'word' || token.kind === 'number') expect(entry?.norm).toBe(token.norm);
        else expect(entry).toBeUndefined();
      });
    }
  });

  it('give the same reading and features as the steps that look words up themselves, cold and warm', () => {
    for (let pass = 0; pass < 2; pass++) {
      for (const post of POSTS) {
        const { tokens, words } = tokenizePost(post, FEATURE_SETTINGS.maxChars);
        const reading = readingOfWords(tokens, words);
        expect(reading).toEqual(readingOfTokens(tokens));
        expect(featurize(tokens, reading.lang, FEATURE_SETTINGS, words)).toEqual(
          featurize(tokens, reading.lang, FEATURE_SETTINGS),
        );
      }
    }
  });

  it('are shared by the same word typed whole or spelled out letter by letter', () => {
    const { tokens, words } = tokenizePost('k a f i r and kafir', FEATURE_SETTINGS.maxChars);
    expect(tokens.map((token) => token.kind)).toEqual(['word', 'word', 'word']);
    expect(words[0]).toBe(words[2]);
  });
});
