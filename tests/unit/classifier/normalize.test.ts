import { describe, expect, it } from 'vitest';
import { foldInPlace, normalizeEmoji, normalizeToken, romanSkeleton } from '../../../utils/classifier/normalize.ts';

describe('normalizeToken', () => {
  it.each([
    ['KILL', 'kill'],
    ['k\u200Bi\u200Cl\u200Dl', 'kill'], // zero-width splitters
    ['\u202Ekafir\u202C', 'kafir'], // bidi override around a word
    ['\u0458\u0456\u04BBad', 'ji\u04BBad'], // Cyrillic j, i fold; shha is no Latin look-alike and stays
    ['\u043A\u0430fir', 'kafir'], // Cyrillic k, a
    ['ｊｉｈａｄ', 'jihad'], // full-width (NFKC)
    ['𝐤𝐢𝐥𝐥', 'kill'], // mathematical bold (NFKC)
    ['jihaaaaad', 'jihaad'], // elongation kept at two
    ['\u0643\u0627\u0641\u0631', '\u06A9\u0627\u0641\u0631'], // Arabic kaf → Urdu keheh
    ['\u0645\u0633\u0644\u0645\u064A', '\u0645\u0633\u0644\u0645\u06CC'], // Arabic yeh → Urdu yeh
    ['\u0627\u0644\u0644\u0647', '\u0627\u0644\u0644\u06C1'], // Arabic heh → heh goal
    ['\u0634\u064E\u06C1\u0650\u06CC\u062F', '\u0634\u06C1\u06CC\u062F'], // harakat removed
    ['\u062C\u0640\u0640\u06C1\u0627\u062F', '\u062C\u06C1\u0627\u062F'], // tatweel removed
    ['\u0622\u062C', '\u0627\u062C'], // alef madda → alef
    ['\u06F1\u06F7\u06F1\u06F7', '1717'], // Urdu digits → ASCII
  ])('%j → %j', (input, expected) => {
    expect(normalizeToken(input)).toBe(expected);
  });
});

describe('foldInPlace', () => {
  it('folds leetspeak between letters and keeps the length', () => {
    const raw = 'k1ll the k@firs, j1h4d n0w';
    const folded = foldInPlace(raw);
    expect(folded).toBe('kill the kafirs, jihad now');
    expect(folded.length).toBe(raw.length);
  });

  it('leaves numbers, mentions and years alone', () => {
    expect(foldInPlace('call 1717 @ali in 2024 covid19')).toBe('call 1717 @ali in 2024 covid19');
  });

  it('replaces lone surrogates and control characters with spaces, keeping pairs', () => {
    expect(foldInPlace('a\uD800b\u0000c😀\uDC00')).toBe('a b c😀 ');
  });
});

describe('romanSkeleton', () => {
  it.each([
    ['jihad', 'jehad'],
    ['shaheed', 'shahid'],
    ['kafir', 'kaafir'],
    ['qatal', 'qatl'],
    ['wajib', 'vajib'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(romanSkeleton(a)).toBe(romanSkeleton(b));
  });

  it('keeps different words apart', () => {
    expect(romanSkeleton('jihad')).not.toBe(romanSkeleton('shaheed'));
  });
});

describe('normalizeEmoji', () => {
  it('drops variation selectors and skin tones', () => {
    expect(normalizeEmoji('🔥\uFE0F')).toBe('🔥');
    expect(normalizeEmoji('👍🏽')).toBe('👍');
  });
});
