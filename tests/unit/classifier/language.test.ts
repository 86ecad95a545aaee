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

  // Known weakness, kept visible: the English training text is mostly American, so Pakistani names
  // ("imran", "nawaz", "lahore") sit near the vote margin, and a short English headline full of them
  // flips between English and mixed from one retrain to the next (0.19.0 mixed, 0.19.1 English,
  // 0.19.2 mixed; Latin-only mixed posts get the stricter of the English and Roman Urdu thresholds).
  // This test fails when it reads as English.
  it.fails('a short English headline of Pakistani names is read as mixed', () => {
    expect(lang('Imran Khan addressed a rally in Lahore on Sunday.')).toBe('en');
  });

  // Known weakness since 0.25.0's word model: of "tm log bht bury ho" only "bht" votes Roman Urdu and
  // "bury" (an English word) votes English; "log" fell under the vote margin (logit 1.13 → 0.86 once
  // English posts full of Arabic names joined training), so one vote each reads as mixed. Abstaining
  // words that all lean Roman Urdu do not count. This test fails when it reads as Roman Urdu again.
  it.fails('a short Roman Urdu post with an English look-alike word is read as Roman Urdu', () => {
    expect(lang('tm log bht bury ho')).toBe('ur-Latn');
  });
});
