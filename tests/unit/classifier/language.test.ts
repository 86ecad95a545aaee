import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';

const lang = (text: string) => preprocess(text, FEATURE_SETTINGS).lang;
const script = (text: string) => preprocess(text, FEATURE_SETTINGS).script;

describe('language detection', () => {
  it.each([
    ['The match was postponed because of the rain in Lahore.', 'en'],
    ['یہ میچ بارش کی وجہ سے ملتوی ہو گیا', 'ur'],
    ['yaar aaj match nahi hoga, barish ho rahi hai', 'ur-Latn'],
    ['Bhai ye kya ho raha hai, the government is doing nothing about it', 'mixed'],
    // One Urdu greeting does not make an English sentence code-mixed.
    ['Bhai, the government is not doing anything about it and the people are tired of it', 'en'],
    // Roman Urdu without any of the commonest function words, in the spellings people type.
    ['sahi baat ha yr', 'ur-Latn'],
    ['kal milty hn phr', 'ur-Latn'],
    ['ye log kabhi nai sudhrengy', 'ur-Latn'],
    // Pakistani names in an English sentence stay English; contractions count as English words.
    ['Imran Khan addressed a rally in Lahore on Sunday and promised to return to parliament.', 'en'],
    ["It's Ali's bat, not theirs", 'en'],
    ['یہ میچ بارش کی وجہ سے ملتوی ہو گیا this is so annoying for the fans', 'mixed'],
    ['🔥🔥🔥', 'und'],
    ['', 'und'],
    ['\u200F\u200E', 'und'],
    ['یہ خبر ہے #Breaking', 'ur'],
  ])('%j → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it.each([
    ['Bhai ye kya ho raha hai, the government is doing nothing about it', 'mixed', 'latin'],
    ['یہ میچ بارش کی وجہ سے ملتوی ہو گیا this is so annoying for the fans', 'mixed', 'both'],
    // A Latin hashtag is not a word, and a quarter of the letters is needed to count as a script.
    ['یہ خبر ہے #Breaking', 'ur', 'arabic'],
    ['یہ میچ بارش کی وجہ سے ملتوی ہو گیا ok', 'ur', 'arabic'],
    ['yaar aaj match nahi hoga, barish ho rahi hai', 'ur-Latn', 'latin'],
    ['🔥🔥🔥', 'und', 'none'],
  ])('%j is %s in script(s) %s', (text, expectedLang, expectedScript) => {
    expect(lang(text)).toBe(expectedLang);
    expect(script(text)).toBe(expectedScript);
  });

  // Kept visible: the English training text is mostly American, so Pakistani names ("imran", "nawaz",
  // "lahore") sit near the vote margin, and a short English headline full of them flips between English
  // and mixed from one retrain to the next (0.19.0 mixed, 0.19.1 English, 0.19.2–0.25.2 mixed, 0.26.0's
  // word model English, 0.29.0's mixed again; Latin-only mixed posts get the stricter of the English and Roman
  // Urdu thresholds, so either reading holds the post to English's). What must not happen is Roman Urdu alone.
  it('a short English headline of Pakistani names is read as English or mixed, never as Roman Urdu', () => {
    expect(['en', 'mixed']).toContain(lang('Imran Khan addressed a rally in Lahore on Sunday.'));
  });

  // 0.25.0–0.25.2's word model read this as mixed: of "tm log bht bury ho" only "bht" voted Roman Urdu
  // and "bury" (an English word) voted English, with "log" under the vote margin (logit 1.13 → 0.86 once
  // English posts full of Arabic names joined training). 0.26.0's, trained with more Roman Urdu, reads it
  // as Roman Urdu again.
  it('a short Roman Urdu post with an English look-alike word is read as Roman Urdu', () => {
    expect(lang('tm log bht bury ho')).toBe('ur-Latn');
  });
});
