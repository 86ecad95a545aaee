import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS, bucketOf } from '../../../utils/classifier/features.ts';
import { isNegator, negatedFlags } from '../../../utils/classifier/negation.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import { tokenize } from '../../../utils/classifier/tokenize.ts';

/** The words of `text` that fall in a negation scope. */
function negatedWords(text: string): string[] {
  const tokens = tokenize(text, 20_000);
  const flags = negatedFlags(text, tokens);
  return tokens.filter((_, i) => flags[i]).map((token) => token.norm);
}

describe('isNegator', () => {
  it.each(['not', 'never', "aren't", 'aren’t', 'arent', "doesn't", 'nahi', 'nahin', 'nhi', 'mat', 'نہیں', 'مت'])(
    '%s negates',
    (word) => {
      expect(isNegator(tokenize(word, 100)[0]!.norm)).toBe(true);
    },
  );

  it.each(['na', 'نا', 'bilkul', 'stop', 'note', 'nation', 'hain', 'ہیں'])('%s does not', (word) => {
    expect(isNegator(tokenize(word, 100)[0]!.norm)).toBe(false);
  });

  it('recognises Urdu negators typed with Arabic letter forms', () => {
    // Arabic heh and yeh (ه ي) instead of the Urdu forms (ہ ی): normalisation folds them.
    expect(isNegator(tokenize('نهيں', 100)[0]!.norm)).toBe(true);
  });
});

describe('negatedFlags', () => {
  it('marks up to two words before and three after a negator', () => {
    expect(negatedWords('Afghans aren’t rats or dogs or snakes')).toEqual(['afghans', 'rats', 'or', 'dogs']);
    expect(negatedWords('one two three not four five six seven')).toEqual(['two', 'three', 'four', 'five', 'six']);
  });

  it('covers the words Urdu puts before its negator', () => {
    expect(negatedWords('Hazara keeray nahi hain')).toEqual(['hazara', 'keeray', 'hain']);
    expect(negatedWords('افغان چوہے نہیں ہیں')).toEqual(['افغان', 'چوہے', 'ہیں']);
  });

  it('stops at the end of a sentence', () => {
    expect(negatedWords('They are rats. Not humans')).toEqual(['humans']);
    expect(negatedWords('Never again! Kill them')).toEqual(['again']);
    expect(negatedWords('یہ کیڑے ہیں۔ نہیں')).toEqual([]);
  });

  it('marks nothing without a negator, and copes with no tokens', () => {
    expect(negatedWords('They are rats and must be driven out')).toEqual([]);
    expect(negatedFlags('', [])).toEqual([]);
  });
});

describe('negated-word features', () => {
  it('adds an n: feature for each negated word and keeps the plain ones', () => {
    const ids = (text: string) => Array.from(preprocess(text, FEATURE_SETTINGS).windows[0]?.ids ?? []);
    const feature = (word: string) => bucketOf(`n:${word}`, FEATURE_SETTINGS.buckets);
    const asserted = ids('afghans are rats');
    const denied = ids("afghans aren't rats");
    expect(asserted).not.toContain(feature('rats'));
    expect(denied).toContain(feature('rats'));
    expect(denied).toContain(feature('afghans'));
    // The negator itself gets no n: feature of its own.
    expect(denied).not.toContain(feature("aren't"));
    const tokens = preprocess("afghans aren't rats", FEATURE_SETTINGS).tokens;
    expect(tokens.map((token) => token.negated === true)).toEqual([true, false, true]);
  });
});
