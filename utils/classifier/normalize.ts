/**
 * Text normalisation, pure and deterministic. It runs in two places:
 *  - `foldInPlace` on the whole raw text: only one-to-one character folds, so that every offset in
 *    the folded text is still an offset in the raw text (evidence spans point at what the user sees);
 *  - `normalizeToken` on each token: everything that may change length (NFKC, removal of invisible
 *    characters, script normalisation, case folding).
 * Golden tests: tests/unit/classifier/normalize.test.ts.
 */

/** Zero-width and formatting characters used to split words invisibly ("k\u200Bill"). */
export const INVISIBLE_CHARS = '\u00AD\u034F\u180E\u200B\u200C\u200D\u2060\u2061\u2062\u2063\u2064\uFEFF';
/** Bidirectional controls: they reorder what is shown but carry no meaning for the classifier. */
export const BIDI_CONTROLS = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

// Each code point is matched alone on purpose; none of them combines with its neighbour here.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}${BIDI_CONTROLS}\\uFE00-\\uFE0F]`, 'gu');

/**
 * Latin look-alikes from Cyrillic and Greek. Our users write English, Urdu and Roman Urdu, so a
 * Cyrillic "а" inside a Latin word is an evasion, not Russian.
 */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ӏ: 'l',
  ɡ: 'g',
  ո: 'n',
  ս: 'u',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ѡ: 'w',
};

/** Leetspeak digits and symbols, folded only between letters (see `foldInPlace`). */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/**
 * LEET by UTF-16 code (all keys are ASCII): `foldInPlace` looks at every character of every post, and
 * a lookup by code skips building a one-character string and a property lookup for each of them.
 */
const LEET_BY_CODE: ReadonlyArray<string | undefined> = Array.from({ length: 128 }, (_, code) =>
  Object.hasOwn(LEET, String.fromCharCode(code)) ? LEET[String.fromCharCode(code)] : undefined,
);

/**
 * Arabic-script folds for Urdu: Arabic code points that look the same as the Urdu ones are mapped
 * to the Urdu form, hamza-carrying alefs to bare alef, Arabic-Indic and Urdu digits to ASCII.
 */
const ARABIC_SCRIPT: Record<string, string> = {
  '\u064A': '\u06CC', // Arabic yeh → Farsi/Urdu yeh
  '\u0649': '\u06CC', // alef maksura → yeh
  '\u0643': '\u06A9', // Arabic kaf → keheh
  '\u0647': '\u06C1', // Arabic heh → heh goal
  '\u06C2': '\u06C1', // heh goal with hamza → heh goal
  '\u0629': '\u06C3', // teh marbuta → teh marbuta goal
  '\u0623': '\u0627', // alef with hamza above → alef
  '\u0625': '\u0627', // alef with hamza below → alef
  '\u0622': '\u0627', // alef madda → alef
  '\u0671': '\u0627', // alef wasla → alef
  '\u06D3': '\u06D2', // yeh barree with hamza → yeh barree
};
for (let digit = 0; digit < 10; digit++) {
  ARABIC_SCRIPT[String.fromCharCode(0x0660 + digit)] = String(digit);
  ARABIC_SCRIPT[String.fromCharCode(0x06f0 + digit)] = String(digit);
}

/** Harakat, Quranic marks, superscript alef and tatweel: optional in written Urdu. */
const ARABIC_MARKS_RE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

const LETTER_RE = /\p{L}/u;

/**
 * Folds that keep the text's length: leetspeak between letters, and lone surrogates and control
 * characters replaced by a space (so binary garbage never reaches the tokenizer as text).
 */
export function foldInPlace(raw: string): string {
  // Most posts need no fold: the string is only rebuilt from the first change on.
  let out: string[] | undefined;
  const replace = (index: number, unit: string): void => {
    out ??= raw.slice(0, index).split('');
    out[index] = unit;
  };
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let replacement: string | undefined;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A valid pair: copy both halves unchanged.
        if (out) out.push(raw[i] as string, raw[i + 1] as string);
        i++;
        continue;
      }
      replacement = ' ';
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      replacement = ' ';
    } else if ((code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code < 0xa0) || code === 0xfffd) {
      replacement = code === 0x0d ? '\n' : ' ';
    } else if (code < 128) {
      const leet = LEET_BY_CODE[code];
      if (leet !== undefined && isLeetContext(raw, i)) replacement = leet;
    }
    if (replacement !== undefined) replace(i, replacement);
    else if (out) out.push(raw[i] as string);
  }
  return out ? out.join('') : raw;
}

/**
 * A digit or symbol is leetspeak when it has a letter on both sides ("k1ll", "k@fir"), or a letter
 * on one side at a word edge ("5hit", "jihad1" is not folded because a word-final digit is usually a
 * number). Runs of digits ("covid19", "1717") are never folded.
 */
function isLeetContext(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
  if (isDigit(before) || isDigit(after)) return false;
  const letterBefore = LETTER_RE.test(before);
  const letterAfter = LETTER_RE.test(after);
  if (letterBefore && letterAfter) return true;
  const current = text[index] ?? '';
  // A word-initial "5hit"/"@llah" only when the rest is a word; "@" alone starts a mention.
  if (!letterBefore && letterAfter && current !== '@' && current !== '!' && current !== '|') {
    const after2 = text[index + 2] ?? '';
    return LETTER_RE.test(after2) && !/[\p{L}\p{N}]/u.test(before);
  }
  return false;
}

/** Normalises one token: NFKC, invisible characters out, look-alikes folded, Urdu forms unified. */
export function normalizeToken(token: string): string {
  let text = token.normalize('NFKC').replace(INVISIBLE_RE, '');
  text = text.toLowerCase();
  let out = '';
  for (const ch of text) {
    out += HOMOGLYPHS[ch] ?? ARABIC_SCRIPT[ch] ?? ch;
  }
  out = out.replace(ARABIC_MARKS_RE, '');
  // Elongation ("jihaaaad", "killlll") is emphasis, not a different word: keep at most two.
  out = out.replace(/(.)\1{2,}/gu, '$1$1');
  return out;
}

/**
 * Roman Urdu spelling skeleton: users spell the same word many ways ("jihad/jehad",
 * "shaheed/shahid", "kafir/kaafir", "qatal/qatl"). Repeated letters are collapsed, q→k, v→w, and
 * vowels after the first letter are dropped, so the variants share one feature.
 */
export function romanSkeleton(word: string): string {
  let s = word
    .replace(/(.)\1+/gu, '$1')
    .replace(/q/g, 'k')
    .replace(/v/g, 'w');
  const first = s.slice(0, 1);
  s = first + s.slice(1).replace(/[aeiouy]/g, '');
  return s;
}

/** Removes a variation selector or skin-tone modifier so that 🔥 and 🔥️ are one feature. */
export function normalizeEmoji(emoji: string): string {
  return emoji.replace(/\uFE0E|\uFE0F|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu, '');
}
