/**
 * Fixture posts the shipped model misjudges, by fixture and a fragment of the post's `contains`.
 * The site tests check that the extension shows exactly the model's judgement; these entries say
 * which of the model's judgements are wrong, so that a model miss is visible and tracked instead of
 * failing every run. Strict: a listed post that the model gets right fails the test, so the list
 * shrinks as the model improves (issue #2; see model/README.md for the measured recall).
 * Model: public/model/basirat-model.json version 0.19.0 (2026-11-29). It flags a Friday greeting
 * with a rose (extremist head 0.98 against a threshold of 0.93): the rose emoji is in 177 of our authored
 * harmful posts and 34 harmless ones, and both 0.19.0 and 0.18.1 score "🌹" alone near 1 (0.18.1 scored
 * this whole greeting 0.40). 0.19.0's English threshold (0.48) gets right the two English posts 0.18.1
 * missed (0.57 and 0.54). 0.17.0, 0.16.0 and 0.15.0 misjudged none; 0.14.2 missed "the army posts burn"
 * (reddit/new) and "جو بھائی تیار ہیں قافلے میں شامل ہوں" (telegram/a).
 */
export const KNOWN_MODEL_MISSES: Record<string, string[]> = {
  'whatsapp/chat': ['السلام علیکم! سب کو جمعہ مبارک 🌹'],
};

export function isKnownMiss(fixture: string, contains: string): boolean {
  return (KNOWN_MODEL_MISSES[fixture] ?? []).some((fragment) => contains.includes(fragment));
}
