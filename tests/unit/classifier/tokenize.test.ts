import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/classifier/tokenize.ts';

const words = (text: string): string[] => tokenize(text, 20_000).map((token) => token.norm);

describe('tokenize: words spelled out letter by letter', () => {
  it('reads a run of four or more single letters as the word they spell', () => {
    expect(words('in k a f i r o n ko')).toEqual(['in', 'kafiron', 'ko']);
    expect(words('j.i.h.a.d is the way')).toEqual(['jihad', 'is', 'the', 'way']);
    expect(words('k - i - l - l them')).toEqual(['kill', 'them']);
    expect(words('ک ا ف ر ہیں')).toEqual(['کافر', 'ہیں']);
  });

  it('normalises the joined word like any other (look-alikes, case)', () => {
    // A Cyrillic а folds as it does inside a word; a lone digit is a number, not a letter.
    expect(words('K \u0430 F I R')).toEqual(words('kafir'));
    expect(words('k a f 1 r')).toEqual(['k', 'a', 'f', '1', 'r']);
  });

  it('keeps the joined token’s offsets on the whole run, so evidence can point at it', () => {
    const text = 'they are k a f i r';
    const [, , joined] = tokenize(text, 20_000);
    expect(joined).toMatchObject({ kind: 'word', norm: 'kafir' });
    expect(text.slice(joined!.start, joined!.end)).toBe('k a f i r');
  });

  it('leaves short runs, mixed scripts and wide gaps apart', () => {
    expect(words('u r a star')).toEqual(['u', 'r', 'a', 'star']);
    expect(words('P T I rally')).toEqual(['p', 't', 'i', 'rally']);
    expect(words('k a ف ر')).toEqual(['k', 'a', 'ف', 'ر']);
    expect(words('a, b, c, d')).toEqual(['a', 'b', 'c', 'd']);
    expect(words('k    a    f    i')).toEqual(['k', 'a', 'f', 'i']);
  });

  it('does not join digits or emoji', () => {
    expect(words('1 2 3 4 5')).toEqual(['1', '2', '3', '4', '5']);
    expect(words('k a 🔥 f i r')).toEqual(['k', 'a', '🔥', 'f', 'i', 'r']);
  });
});
