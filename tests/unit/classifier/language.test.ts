import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';

const lang = (text: string) => preprocess(text, FEATURE_SETTINGS).lang;

describe('language detection', () => {
  it.each([
    ['The match was postponed because of the rain in Lahore.', 'en'],
    ['یہ میچ بارش کی وجہ سے ملتوی ہو گیا', 'ur'],
    ['yaar aaj match nahi hoga, barish ho rahi hai', 'ur-Latn'],
    ['Bhai ye kya hai, the government is not doing anything about it and the people are tired of it', 'mixed'],
    ['یہ میچ بارش کی وجہ سے ملتوی ہو گیا this is so annoying for the fans', 'mixed'],
    ['🔥🔥🔥', 'und'],
    ['', 'und'],
    ['\u200F\u200E', 'und'],
    ['یہ خبر ہے #Breaking', 'ur'],
  ])('%j → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });
});
