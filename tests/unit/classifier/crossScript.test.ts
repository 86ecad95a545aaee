import { describe, expect, it } from 'vitest';
import { romanUrduSkeleton, urduSkeleton } from '../../../utils/classifier/crossScript.ts';
import { FEATURE_SETTINGS, bucketOf } from '../../../utils/classifier/features.ts';
import { normalizeToken } from '../../../utils/classifier/normalize.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';

/** The same words as Roman Urdu users and Nastaliq writers spell them. */
const SAME_WORD: Array<[string, string, string]> = [
  ['jihad', 'جہاد', 'jhd'],
  ['jehad', 'جهاد', 'jhd'], // Arabic heh, folded by normalisation
  ['kafir', 'کافر', 'kfr'],
  ['kaafir', 'كافر', 'kfr'], // Arabic kaf
  ['shaheed', 'شہید', 'shd'],
  ['qatl', 'قتل', 'ktl'],
  ['qatal', 'قتل', 'ktl'],
  ['murtad', 'مرتد', 'mrtd'],
  ['log', 'لوگ', 'lg'],
  ['keeray', 'کیڑے', 'kr'],
  ['watan', 'وطن', 'wtn'],
  ['yaqeen', 'یقین', 'ykn'],
  ['iman', 'ایمان', 'mn'],
  ['allah', 'اللہ', 'l'],
  ['gunah', 'گناہ', 'gn'],
  ['bacha', 'بچہ', 'bch'],
  ['bhai', 'بھائی', 'bh'],
  ['mujahideen', 'مجاہدین', 'mjhdn'],
  ['dawat', 'دعوت', 'dt'],
  ['safaya', 'صفایا', 'sf'],
  ['zaroori', 'ضروری', 'zr'],
];

describe('cross-script skeletons', () => {
  it.each(SAME_WORD)('%s and %s share the skeleton %s', (roman, urdu, skeleton) => {
    expect(romanUrduSkeleton(normalizeToken(roman))).toBe(skeleton);
    expect(urduSkeleton(normalizeToken(urdu))).toBe(skeleton);
  });

  it('keeps different words apart', () => {
    expect(urduSkeleton('کافر')).not.toBe(urduSkeleton('کرکٹ'));
    expect(romanUrduSkeleton('jihad')).not.toBe(romanUrduSkeleton('jalsa'));
  });

  it('gives nothing for words of the other script, digits or an empty string', () => {
    expect(urduSkeleton('jihad')).toBe('');
    expect(romanUrduSkeleton('جہاد')).toBe('');
    expect(romanUrduSkeleton('2024')).toBe('');
    expect(urduSkeleton('')).toBe('');
    expect(romanUrduSkeleton('')).toBe('');
    // A word of vowels only has no consonant to share.
    expect(romanUrduSkeleton('aao')).toBe('');
  });
});

describe('cross-script features', () => {
  const ids = (text: string) => Array.from(preprocess(text, FEATURE_SETTINGS).windows[0]?.ids ?? []);
  const feature = (skeleton: string) => bucketOf(`x:${skeleton}`, FEATURE_SETTINGS.buckets);

  it('gives a Roman Urdu post and its Nastaliq twin the same x: features', () => {
    const roman = ids('kafir ka qatl jaiz hai');
    const urdu = ids('کافر کا قتل جائز ہے');
    for (const skeleton of ['kfr', 'k', 'ktl', 'jz', 'h']) {
      expect(roman).toContain(feature(skeleton));
      expect(urdu).toContain(feature(skeleton));
    }
  });

  it('leaves English posts out, so English words do not collide with Urdu ones', () => {
    expect(preprocess('the man is here', FEATURE_SETTINGS).lang).toBe('en');
    expect(ids('the man is here')).not.toContain(feature('mn'));
    expect(ids('ایمان')).toContain(feature('mn'));
  });
});
