import { readFileSync } from 'node:fs';
import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { isPair, PROBE_LANGS, probeFires, probeRatesOf, type ProbeLang, type ProbeRates } from './identityProbe.ts';

/**
 * A probe of explicit calls for violence against a group ("Kill all …", "… ko qatal kar do") and, in
 * the same words, harmless posts about such violence: a news report, a condemnation, an arrest, a
 * rejected chant (model/data/probes/violence.json). Never trained on. Our authored harmful posts are
 * mostly veiled, and most of our posts with "kill" or "qatal" are news, so held-out recall did not
 * show that model 0.25.2 missed "Kill all Christians." and every "Saare … ko qatal kar do".
 */
export interface ViolenceProbePost {
  lang: ProbeLang;
  /** The group named, in its first form. */
  group: string;
  harmful: boolean;
  text: string;
}

interface ProbeSpec {
  /** [direct form ("Hindus", "ہندو"), oblique form ("Hinduon", "ہندوؤں"); the same in English] */
  groups: Array<[string, string]>;
  /** Templates with {D} (direct form) or {O} (oblique form). */
  harmful: string[];
  harmless: string[];
}

function templates(path: string, lang: ProbeLang, field: 'harmful' | 'harmless', value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${path}: ${lang}.${field} is empty`);
  for (const template of value) {
    if (typeof template !== 'string' || !/\{[DO]\}/.test(template))
      throw new Error(`${path}: ${lang}.${field} template ${JSON.stringify(template)} has no {D} or {O}`);
  }
  return value as string[];
}

/** Reads and expands the probe: every template with every group, per language. */
export function readViolenceProbe(path: string): ViolenceProbePost[] {
  const spec = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Partial<ProbeSpec>>;
  const posts: ViolenceProbePost[] = [];
  for (const lang of PROBE_LANGS) {
    const { groups, harmful, harmless } = spec[lang] ?? {};
    if (!Array.isArray(groups) || groups.length === 0 || !groups.every(isPair))
      throw new Error(`${path}: ${lang}.groups must be a non-empty list of [direct, oblique] pairs`);
    const kinds = [
      { harmful: true, list: templates(path, lang, 'harmful', harmful) },
      { harmful: false, list: templates(path, lang, 'harmless', harmless) },
    ];
    for (const kind of kinds) {
      for (const template of kind.list) {
        for (const [direct, oblique] of groups) {
          const text = template.replaceAll('{D}', direct).replaceAll('{O}', oblique);
          posts.push({ lang, group: direct, harmful: kind.harmful, text });
        }
      }
    }
  }
  return posts;
}

export interface ViolenceProbeLanguageResult {
  /** Flag rates of the calls for violence: recall. */
  harmful: ProbeRates;
  /** Flag rates of the harmless posts in the same words: false flags. */
  harmless: ProbeRates;
  /** The calls for violence missed at balanced (our own probe text, so it may be shown). */
  missedAtBalanced: string[];
}

export function violenceProbeRates(
  scored: ReadonlyArray<{ post: ViolenceProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): Record<ProbeLang, ViolenceProbeLanguageResult> {
  const out = {} as Record<ProbeLang, ViolenceProbeLanguageResult>;
  for (const lang of PROBE_LANGS) {
    const harmful = scored.filter(({ post }) => post.lang === lang && post.harmful);
    const harmless = scored.filter(({ post }) => post.lang === lang && !post.harmful);
    out[lang] = {
      harmful: probeRatesOf(harmful, rules),
      harmless: probeRatesOf(harmless, rules),
      missedAtBalanced: harmful.filter((item) => !probeFires(item, rules.balanced)).map(({ post }) => post.text),
    };
  }
  return out;
}
