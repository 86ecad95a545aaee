/**
 * Script and language detection for the three languages Basirat reads. Arabic-script text is
 * taken as Urdu (our users' only Arabic-script language in practice; quoted Arabic verses are
 * mixed into Urdu posts); Latin text is English or Roman Urdu by function words.
 */
export type Lang = 'en' | 'ur' | 'ur-Latn' | 'mixed' | 'und';

/** Frequent Roman Urdu words that are not English words (or rarely are). */
const ROMAN_URDU_MARKERS = new Set(
  (
    'hai hain hy hay ho hona hota hoti hote tha thi thay ka ki ke ko se sey mein mai ' +
    'nahi nahin nai nhi kya kia kyun kyon kyu aur bhi yeh ye woh wo wuh hum ham tum ap aap ' +
    'apna apne apni mera meri mere tera teri tere unka unki uska uski iska iski jo jab tab ab kab ' +
    'kar karo karna karte kardo raha rahi rahe gaya gayi gaye wala wali wale sab sirf bohat bahut ' +
    'bhai yaar yar kuch koi phir pe par liye lye diya kiya hoga hogi sakta sakte chahiye abhi agar ' +
    'lekin magar kaise kese kaisay kon kaun hamara hamari humara tumhara inko unko jis jin jaise'
  ).split(/\s+/),
);

const ENGLISH_MARKERS = new Set(
  (
    'the is are was were be been and of to in that it for on with as this they you he she we not ' +
    'but at by from have has had will would can could should their there what which who an a our ' +
    'your his her them its do does did so if or about all just more when than'
  ).split(/\s+/),
);

const ARABIC_LETTER_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER_RE = /[A-Za-z\u00C0-\u024F]/gu;

export interface ScriptCounts {
  arabic: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  return {
    arabic: text.match(ARABIC_LETTER_RE)?.length ?? 0,
    latin: text.match(LATIN_LETTER_RE)?.length ?? 0,
  };
}

/**
 * `latinWords` are the normalised Latin-script words of the text. A script with under a quarter of
 * the letters is a minority (a hashtag, a quoted word) and does not make the post "mixed".
 */
export function detectLanguage(counts: ScriptCounts, latinWords: readonly string[]): Lang {
  const letters = counts.arabic + counts.latin;
  if (letters === 0) return 'und';
  const arabicShare = counts.arabic / letters;
  if (arabicShare >= 0.75) return 'ur';
  if (arabicShare > 0.25) return 'mixed';
  let urdu = 0;
  let english = 0;
  for (const word of latinWords) {
    if (ROMAN_URDU_MARKERS.has(word)) urdu++;
    else if (ENGLISH_MARKERS.has(word)) english++;
  }
  if (urdu === 0) return 'en';
  if (english === 0) return 'ur-Latn';
  const urduShare = urdu / (urdu + english);
  if (urduShare >= 0.6) return 'ur-Latn';
  if (urduShare <= 0.25) return 'en';
  return 'mixed';
}
