import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { harmlessProbeRates, type HarmlessProbeLanguageResult } from './identityProbe.ts';
import { readLangKindProbe, type LangKindPost } from './probeLines.ts';

/**
 * A probe of everyday posts addressed to "you" in English, Urdu and Roman Urdu, all harmless: errands,
 * plans, family and affection in the second person and often the future tense ("I'll return your book
 * tomorrow", "تمہاری یاد آ رہی ہے", "tumhe station chor aaunga") — the grammar of a threat without one
 * (model/data/probes/address.jsonl). Every flag is a false flag. Never trained on.
 */
export const ADDRESS_LANGS = ['en', 'ur', 'ur-Latn'] as const;
export type AddressLang = (typeof ADDRESS_LANGS)[number];
export const ADDRESS_KINDS = ['errand', 'plans', 'family', 'affection'] as const;

export type AddressProbePost = LangKindPost<AddressLang>;

/** The probe's posts, checked line by line (errors name the file and line; ids must be unique). */
export function readAddressProbe(path: string): AddressProbePost[] {
  return readLangKindProbe(path, ADDRESS_LANGS, ADDRESS_KINDS);
}

export function addressProbeRates(
  scored: ReadonlyArray<{ post: AddressProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): Record<AddressLang, HarmlessProbeLanguageResult> {
  return harmlessProbeRates(scored, rules, ADDRESS_LANGS, ADDRESS_KINDS);
}
