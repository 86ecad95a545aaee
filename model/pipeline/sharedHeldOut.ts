/**
 * A candidate trained with new authored posts has a larger authored test split than the model it would
 * replace: the new posts join it (25% of them, by a hash of their text). Its card figures therefore mix
 * old and new posts, and comparing them with the shipped model's says little. This splits the candidate's
 * authored test posts into those a baseline folder also holds ("shared": the same posts, in the same split,
 * as the baseline model was measured on) and the rest ("added"), each with the card's figures.
 */
import { DECISION_LANGS, type FlagRule } from '../../utils/classifier/metadata.ts';
import { authoredFlagFigures, writtenIn, type ScoredRow } from './evaluate.ts';

export function sharedHeldOut(scored: readonly ScoredRow[], baselineTexts: ReadonlySet<string>, rule: FlagRule) {
  const test = scored.filter(({ row }) => row.source === 'authored' && row.split === 'test');
  const part = (shared: boolean) =>
    Object.fromEntries(
      DECISION_LANGS.map((lang) => [
        lang,
        authoredFlagFigures(
          test.filter(({ row }) => writtenIn(row, lang) && baselineTexts.has(row.text) === shared),
          rule,
        ),
      ]),
    );
  return { shared: part(true), added: part(false) };
}
