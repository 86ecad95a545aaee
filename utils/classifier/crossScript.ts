/**
 * A consonant skeleton shared by Urdu written in Nastaliq and in Roman letters: "jihad" and "جہاد"
 * both become "jhd", "kafir" and "کافر" "kfr", "log" and "لوگ" "lg". Featurised as `x:<skeleton>`, it
 * lets what the model learns from Urdu-script posts carry over to Roman Urdu posts and back; the
 * authored set and the public Urdu sets are small, and each script alone sees half of them.
 *
 * Urdu script writes few vowels, so both sides drop them: alef, ain, hamza and (inside a word) vao
 * and yeh in Urdu, a e i o u and (inside a word) w and y in Roman letters. A word-final heh in Urdu
 * is mostly a vowel ("بچہ" bacha), as is a Roman "h" after a vowel ("allah", "yeh", "gunah"), so both
 * are dropped. Letters with one sound in Roman spelling share it (ث س ص → s, ذ ز ض ظ → z, ت ط ٹ → t),
 * and doubled letters collapse. The mapping is coarse on purpose: a collision of two rare words costs
 * little, a missed match costs the sharing.
 */

const URDU_CONSONANTS: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'z',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ہ: 'h',
  ھ: 'h',
  ۃ: 't',
};

/** Vowel letters: dropped, except vao and yeh at the start of a word, where they are w and y. */
const URDU_VOWELS = new Set(['ا', 'ع', 'ء', 'ئ', 'ؤ', 'و', 'ی', 'ے', 'ۓ']);
const URDU_INITIAL: Record<string, string> = { و: 'w', ی: 'y' };

const URDU_WORD_RE = /^[\u0600-\u06FF]+$/;
const LATIN_WORD_RE = /^[a-z]+$/;

function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, '$1');
}

/** Skeleton of a normalised Urdu-script word ("" when nothing is left or it is not Urdu script). */
export function urduSkeleton(word: string): string {
  if (!URDU_WORD_RE.test(word)) return '';
  const letters = Array.from(word);
  if (letters.length > 1 && (letters[letters.length - 1] === 'ہ' || letters[letters.length - 1] === 'ۃ')) letters.pop();
  let out = '';
  letters.forEach((letter, index) => {
    if (index === 0 && URDU_INITIAL[letter] !== undefined) out += URDU_INITIAL[letter];
    else if (URDU_VOWELS.has(letter)) return;
    else out += URDU_CONSONANTS[letter] ?? '';
  });
  return collapse(out);
}

/** Skeleton of a normalised Roman Urdu word ("" when nothing is left or it is not [a-z]+). */
export function romanUrduSkeleton(word: string): string {
  if (!LATIN_WORD_RE.test(word)) return '';
  let text = word
    .replace(/q/g, 'k')
    .replace(/v/g, 'w')
    .replace(/c(?!h)/g, 'k');
  if (text.length > 2 && /[aeiou]h$/.test(text)) text = text.slice(0, -1);
  const first = text[0] === 'w' || text[0] === 'y' ? (text[0] as string) : '';
  const rest = (first ? text.slice(1) : text).replace(/[aeiouwy]/g, '');
  return collapse(first + rest);
}
