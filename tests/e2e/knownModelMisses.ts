/**
 * Fixture posts the shipped model misjudges, by fixture and a fragment of the post's `contains`.
 * The site tests check that the extension shows exactly the model's judgement; these entries say
 * which of the model's judgements are wrong, so that a model miss is visible and tracked instead of
 * failing every run. Strict: a listed post that the model gets right fails the test, so the list
 * shrinks as the model improves (issue #2; see model/README.md for the measured recall).
 * Model: public/model/basirat-model.json version 0.33.0 (2026-12-02) misjudges none, like 0.19.1–0.32.0. 0.19.0 flagged a
 * Friday greeting with a rose (extremist head 0.98; the rose was in 177 of our authored harmful posts and
 * 34 harmless ones, until authored batches 22 and 23); 0.18.1 missed "Yesterday’s attack on the convoy
 * was a blessed day" (facebook/feed) and "join the caravan, message me on Telegram" (youtube/watch).
 * 0.17.0, 0.16.0 and 0.15.0 misjudged none; 0.14.2 missed "the army posts burn" (reddit/new) and
 * "جو بھائی تیار ہیں قافلے میں شامل ہوں" (telegram/a).
 */
export const KNOWN_MODEL_MISSES: Record<string, string[]> = {};

export function isKnownMiss(fixture: string, contains: string): boolean {
  return (KNOWN_MODEL_MISSES[fixture] ?? []).some((fragment) => contains.includes(fragment));
}
