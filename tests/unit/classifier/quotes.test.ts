import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS, bucketOf } from '../../../utils/classifier/features.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import {
  MAX_QUOTE_CHARS,
  MAX_SINGLE_QUOTE_CHARS,
  quotedFlags,
  quotedRanges,
} from '../../../utils/classifier/quotes.ts';

const quoted = (text: string): string[] => quotedRanges(text).map(([start, end]) => text.slice(start, end));
const quotedWords = (text: string): string[] =>
  preprocess(text, FEATURE_SETTINGS)
    .tokens.filter((token) => token.quoted)
    .map((token) => token.norm);

describe('quotedRanges', () => {
  it.each([
    ['They call it a "caravan". It is a "trap".', ['caravan', 'trap']],
    ['جو کہتے ہیں “کافر کو مارو” وہ دین نہیں جانتے', ['کافر کو مارو']],
    ['«sirf hum sach jaante hain» — cult wali baat', ['sirf hum sach jaante hain']],
    ['„Wake up” they say', ['Wake up']],
    // Phones often type ” on both sides.
    ['”green birds” is what they promise', ['green birds']],
  ])('%j → %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('takes single-quoted spans with word boundaries outside, and ignores apostrophes', () => {
    expect(quoted("It's Ali's bat, not 'theirs' and ‘ours’")).toEqual(['theirs', 'ours']);
    expect(quoted("'bhed bakriyan'? hamare madrassay wala Zubair")).toEqual(['bhed bakriyan']);
    expect(quoted("Qur'an ka paigham, the students' books, rock'n'roll")).toEqual([]);
    expect(quoted("the 'experts' and the students' fears")).toEqual(['experts']);
    // A span ends at the next single mark: an apostrophe inside scare quotes leaves them unread.
    expect(quoted("they say 'don't go' here")).toEqual([]);
  });

  it('does not let a single quote run across lines or past its length limit', () => {
    expect(quoted("an 'open\nmark' here")).toEqual([]);
    expect(quoted(`'${'a'.repeat(MAX_SINGLE_QUOTE_CHARS + 1)}'`)).toEqual([]);
    expect(quoted(`'${'a'.repeat(MAX_SINGLE_QUOTE_CHARS)}'`)).toHaveLength(1);
  });

  it('adds nothing for single marks inside a double-quoted span', () => {
    expect(quoted('he said "they call it \'jihad\' online" today')).toEqual(["they call it 'jihad' online"]);
    expect(quoted('"one" and \'two\'')).toEqual(['one', 'two']);
  });

  it('gives no span for a quote left open or a stray closing mark', () => {
    expect(quoted('an unclosed "quote runs to the end')).toEqual([]);
    expect(quoted('a stray » and then "one" quote')).toEqual(['one']);
  });

  it('lets a second opener replace a stray first one', () => {
    expect(quoted('“stray then “real” text')).toEqual(['real']);
  });

  it('treats a very long span as stray marks, not a quotation', () => {
    const long = `"${'word '.repeat(MAX_QUOTE_CHARS)}"`;
    expect(quoted(long)).toEqual([]);
    expect(quoted('""')).toEqual([]);
  });

  it('never throws on hostile input', () => {
    expect(() => quotedRanges('"'.repeat(100_001))).not.toThrow();
    expect(quotedRanges('"'.repeat(5))).toEqual([]);
    expect(quotedRanges(" 'a".repeat(300_000))).toEqual([]);
    expect(quotedRanges(`'${'x'.repeat(1_000_000)}`)).toEqual([]);
  });
});

describe('quotedFlags', () => {
  it('marks the starts that fall inside a range', () => {
    expect(
      quotedFlags(
        [0, 5, 9, 20, 30],
        [
          [4, 10],
          [25, 31],
        ],
      ),
    ).toEqual([false, true, true, false, true]);
  });
});

describe('quoted tokens in preprocessing', () => {
  it('marks the words inside quotation marks, in any script', () => {
    expect(quotedWords('They call it a "caravan". It is a trap.')).toEqual(['caravan']);
    expect(quotedWords('jo kehta hai “kafir ko maro” wo jahil hai')).toEqual(['kafir', 'ko', 'maro']);
    expect(quotedWords('no quotes at all')).toEqual([]);
  });

  it('marks a single-quoted word whose token carries the opening mark', () => {
    expect(quotedWords("Ahmadi ko 'kutte se upar' likhne wale")).toEqual(['kutte', 'se', 'upar']);
    expect(quotedWords('‘bhed bakriyan’? nahi, hamare bhai')).toEqual(['bhed', 'bakriyan']);
    expect(quotedWords("it's Ali's turn")).toEqual([]);
  });

  it('adds a quoted-word feature and one quote marker per window, keeping the plain features', () => {
    const ids = (text: string) => Array.from(preprocess(text, FEATURE_SETTINGS).windows[0]?.ids ?? []);
    const plain = ids('they call it a caravan');
    const withQuotes = ids('they call it a "caravan"');
    const quotedId = bucketOf('q:caravan', FEATURE_SETTINGS.buckets);
    const marker = bucketOf('quote:any', FEATURE_SETTINGS.buckets);
    expect(plain).not.toContain(quotedId);
    expect(withQuotes).toContain(quotedId);
    expect(withQuotes.filter((id) => id === marker)).toHaveLength(1);
    expect(withQuotes.filter((id) => id !== quotedId && id !== marker)).toEqual(plain);
  });
});
