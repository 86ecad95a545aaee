/**
 * Fixture posts the shipped model misjudges, by fixture and a fragment of the post's `contains`.
 * The site tests check that the extension shows exactly the model's judgement; these entries say
 * which of the model's judgements are wrong, so that a model miss is visible and tracked instead of
 * failing every run. Strict: a listed post that the model gets right fails the test, so the list
 * shrinks as the model improves (issue #2; see model/README.md for the measured recall).
 * Model: public/model/basirat-model.json version 0.18.1 (0.18.0's weights, recalibrated; 2026-11-29). Its
 * balanced English decision threshold is 0.62 (0.18.0: 0.73; 0.17.0: 0.42), and these two English posts
 * score 0.57 and 0.54 (scripts/fixture-misses.ts). 0.17.0, 0.16.0 and 0.15.0 misjudged none;
 * 0.14.2 missed "the army posts burn" (reddit/new) and "جو بھائی تیار ہیں قافلے میں شامل ہوں" (telegram/a).
 */
export const KNOWN_MODEL_MISSES: Record<string, string[]> = {
  'facebook/feed': ['Yesterday’s attack on the convoy was a blessed day'],
  'youtube/watch': ['join the caravan, message me on Telegram'],
};

export function isKnownMiss(fixture: string, contains: string): boolean {
  return (KNOWN_MODEL_MISSES[fixture] ?? []).some((fragment) => contains.includes(fragment));
}
