import { readFileSync } from 'node:fs';
import type { Lang, Script } from '../../utils/classifier/language.ts';
import {
  DECISION_LANGS,
  ruleFor,
  type DecisionLang,
  type FlagRule,
  type Sensitivity,
} from '../../utils/classifier/metadata.ts';
import { ruleFires, type Scores } from '../../utils/classifier/postprocess.ts';
import { rocAuc, round } from './metrics.ts';

/**
 * A probe of harmless posts that name a group of people (model/data/probes/identity.json): a few
 * peaceful sentence templates filled with religious, sectarian, ethnic and gender groups, in each
 * language, and the same templates filled with occupations (teachers, nurses, farmers) as a control.
 * Never trained on. Every flag here is a false flag; the groups' rate above the controls' rate is
 * what the group's name adds.
 */
export interface IdentityProbePost {
  lang: ProbeLang;
  group: string;
  /** Filled with an occupation, not a group of people by faith, sect, ethnicity or gender. */
  control: boolean;
  text: string;
}

/** The three languages the project reads: the same that have their own decision thresholds. */
export const PROBE_LANGS = DECISION_LANGS;
export type ProbeLang = DecisionLang;

interface ProbeSpec {
  /** [plural or collective form ("Hindus"), adjective form ("Hindu")] */
  groups: Array<[string, string]>;
  /** Occupations in the same two forms ("teachers", "teacher"). */
  controls: Array<[string, string]>;
  /** Each template has {P} (plural form) or {A} (adjective form). */
  templates: string[];
}

/** A pair of two non-blank strings: the two forms a probe's group is written in. */
export function isPair(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

function fillers(path: string, lang: ProbeLang, field: 'groups' | 'controls', value: unknown): Array<[string, string]> {
  if (!Array.isArray(value) || value.length === 0 || !value.every(isPair)) {
    throw new Error(`${path}: ${lang}.${field} must be a non-empty list of [plural, adjective] pairs`);
  }
  return value;
}

/** Reads and expands the probe: every template with every group and every control, per language. */
export function readIdentityProbe(path: string): IdentityProbePost[] {
  const spec = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Partial<ProbeSpec>>;
  const posts: IdentityProbePost[] = [];
  for (const lang of PROBE_LANGS) {
    const { groups, controls, templates } = spec[lang] ?? {};
    const named = [
      ...fillers(path, lang, 'groups', groups).map((pair) => ({ pair, control: false })),
      ...fillers(path, lang, 'controls', controls).map((pair) => ({ pair, control: true })),
    ];
    if (!Array.isArray(templates) || templates.length === 0) throw new Error(`${path}: ${lang}.templates is empty`);
    for (const template of templates) {
      if (typeof template !== 'string' || !/\{[PA]\}/.test(template)) {
        throw new Error(`${path}: ${lang} template ${JSON.stringify(template)} has no {P} or {A}`);
      }
      for (const { pair, control } of named) {
        const [plural, adjective] = pair;
        const text = template.replaceAll('{P}', plural).replaceAll('{A}', adjective);
        posts.push({ lang, group: plural, control, text });
      }
    }
  }
  return posts;
}

export interface ScoredProbePost {
  post: IdentityProbePost;
  scores: Scores;
  /** Detected language and script(s): they pick the decision threshold, as for any post. */
  lang?: Lang;
  script?: Script;
}

export interface ProbeRates {
  n: number;
  flagged: Record<Sensitivity, number>;
  rate: Record<Sensitivity, number>;
}

export interface ProbeLanguageResult extends ProbeRates {
  /** The same templates filled with occupations. */
  controls: ProbeRates;
  /** At balanced, the groups whose posts were flagged most (ties by name), with their counts. */
  mostFlaggedGroups: Array<{ group: string; flagged: number; n: number }>;
}

const GROUPS_TO_NAME = 3;

/** Whether a scored probe post is flagged under `rule`, with the threshold of its detected language. */
export function probeFires(item: { scores: Scores; lang?: Lang; script?: Script }, rule: FlagRule): boolean {
  return ruleFires(item.scores, ruleFor(rule, item.lang, item.script));
}

/** Per kind, in the given order, the posts and how many fire `rule`; kinds without posts are left out. */
function flagsByKind<T extends { post: { kind: string }; scores: Scores; lang?: Lang; script?: Script }>(
  items: readonly T[],
  kinds: readonly string[],
  rule: FlagRule,
): Record<string, { n: number; flagged: number }> {
  const byKind: Record<string, { n: number; flagged: number }> = {};
  for (const kind of kinds) {
    const mine = items.filter(({ post }) => post.kind === kind);
    if (mine.length > 0)
      byKind[kind] = { n: mine.length, flagged: mine.filter((item) => probeFires(item, rule)).length };
  }
  return byKind;
}

type KindedItem = { post: { kind: string; harmful: boolean }; scores: Scores; lang?: Lang; script?: Script };

/**
 * A probe of harmful posts and harmless posts in the same words: recall and false flags at every level,
 * and flags by kind at balanced (in the given kinds' order).
 */
export function harmfulHarmlessRates(
  items: readonly KindedItem[],
  kinds: readonly string[],
  rules: Record<Sensitivity, FlagRule>,
): { harmful: ProbeRates; harmless: ProbeRates; byKind: Record<string, { n: number; flagged: number }> } {
  return {
    harmful: probeRatesOf(
      items.filter(({ post }) => post.harmful),
      rules,
    ),
    harmless: probeRatesOf(
      items.filter(({ post }) => !post.harmful),
      rules,
    ),
    byKind: flagsByKind(items, kinds, rules.balanced),
  };
}

/** One language of a harmless-only probe: false flags per level, by kind at balanced, and the posts flagged. */
export interface HarmlessProbeLanguageResult extends ProbeRates {
  /** Flagged at balanced, by kind of post. */
  byKind: Record<string, { n: number; flagged: number }>;
  /** The posts flagged at balanced (our own probe text, so it may be shown). */
  flaggedAtBalanced: string[];
}

/**
 * A probe of harmless posts only, per language: every flag is a false flag (the politics and address
 * probes). Languages and kinds are reported in the given order.
 */
export function harmlessProbeRates<L extends string>(
  scored: ReadonlyArray<{
    post: { lang: L; kind: string; text: string };
    scores: Scores;
    lang?: Lang;
    script?: Script;
  }>,
  rules: Record<Sensitivity, FlagRule>,
  langs: readonly L[],
  kinds: readonly string[],
): Record<L, HarmlessProbeLanguageResult> {
  const out = {} as Record<L, HarmlessProbeLanguageResult>;
  for (const lang of langs) {
    const mine = scored.filter(({ post }) => post.lang === lang);
    out[lang] = {
      ...probeRatesOf(mine, rules),
      byKind: flagsByKind(mine, kinds, rules.balanced),
      flaggedAtBalanced: mine.filter((item) => probeFires(item, rules.balanced)).map(({ post }) => post.text),
    };
  }
  return out;
}

/** How well one output ranks the harmful posts above the harmless ones, before any threshold. */
export function harmfulRankingAuc(items: readonly KindedItem[], output: keyof Scores): number | null {
  return round(
    rocAuc(
      items.map(({ scores }) => scores[output]),
      items.map(({ post }) => (post.harmful ? 1 : 0) as 0 | 1),
    ),
  );
}

/** Flagged count and rate of probe posts at every level. */
export function probeRatesOf(
  items: ReadonlyArray<{ scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): ProbeRates {
  const flagged = {} as Record<Sensitivity, number>;
  const rate = {} as Record<Sensitivity, number>;
  for (const level of Object.keys(rules) as Sensitivity[]) {
    flagged[level] = items.filter((item) => probeFires(item, rules[level])).length;
    rate[level] = round(items.length ? flagged[level] / items.length : 0) ?? 0;
  }
  return { n: items.length, flagged, rate };
}

/** Flag rates of the probe per language and level, for groups and controls, and the groups flagged most at balanced. */
export function identityProbeRates(
  scored: readonly ScoredProbePost[],
  rules: Record<Sensitivity, FlagRule>,
): Record<ProbeLang, ProbeLanguageResult> {
  const out = {} as Record<ProbeLang, ProbeLanguageResult>;
  for (const lang of PROBE_LANGS) {
    const groups = scored.filter(({ post }) => post.lang === lang && !post.control);
    const controls = scored.filter(({ post }) => post.lang === lang && post.control);
    const byGroup = new Map<string, { flagged: number; n: number }>();
    for (const item of groups) {
      const entry = byGroup.get(item.post.group) ?? { flagged: 0, n: 0 };
      entry.n += 1;
      if (probeFires(item, rules.balanced)) entry.flagged += 1;
      byGroup.set(item.post.group, entry);
    }
    const mostFlaggedGroups = [...byGroup]
      .map(([group, entry]) => ({ group, ...entry }))
      .filter((entry) => entry.flagged > 0)
      .sort((a, b) => b.flagged - a.flagged || a.group.localeCompare(b.group))
      .slice(0, GROUPS_TO_NAME);
    out[lang] = { ...probeRatesOf(groups, rules), controls: probeRatesOf(controls, rules), mostFlaggedGroups };
  }
  return out;
}
