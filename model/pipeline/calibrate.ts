import type { Lang, Script } from '../../utils/classifier/language.ts';
import { DECISION_LANGS, ruleFor, type FlagRule, type Sensitivity } from '../../utils/classifier/metadata.ts';
import { ruleFires, type Scores } from '../../utils/classifier/postprocess.ts';

/** A scored validation example with the calibration group it belongs to. */
export interface CalibrationExample {
  scores: Scores;
  group: string;
  positive: boolean;
  /** Detected language and script(s): with per-language decisions, they pick the threshold. */
  lang?: Lang;
  script?: Script;
}

/** A negative group that one more step down of a threshold would take over its false-flag budget. */
export interface BindingGroup {
  group: string;
  n: number;
  /** Flagged with the threshold one grid step lower. */
  flagged: number;
  allowed: number;
}

export interface CalibrationResult {
  rules: Record<Sensitivity, FlagRule>;
  /** Per group: flag rate at each level (recall for positive groups, false flags for negative ones). */
  report: Record<Sensitivity, Record<string, { n: number; flagged: number; rate: number }>>;
  /**
   * Per level, each threshold searched there and the groups that stop it one step lower (`decision:en`
   * for per-language decisions): where a threshold sits is decided by these posts, so a change that
   * moves it is read through them, not as a change of the model.
   */
  binding: Record<Sensitivity, Record<string, BindingGroup[]>>;
}

export type Threshold = Exclude<keyof FlagRule, 'decisionByLang' | 'threatByLang'>;
const SHARED: Threshold[] = ['extremist', 'threat', 'hate', 'harmWithTechnique', 'technique'];
/**
 * Searched thresholds: the FlagRule fields, with `decision:<lang>` for per-language decisions and
 * `threat:<lang>` for per-language threat thresholds.
 */
type Values = Record<string, number>;

export function toRule(values: Values, perLanguage: boolean, hateDecisionFloor = 0): FlagRule {
  const rule = { decision: values.decision ?? 1 } as FlagRule;
  for (const param of SHARED) rule[param] = values[param] ?? 1;
  if (DECISION_LANGS.some((lang) => `threat:${lang}` in values)) {
    const byLang = Object.fromEntries(DECISION_LANGS.map((lang) => [lang, values[`threat:${lang}`] ?? 1]));
    rule.threatByLang = byLang;
    // As for the decision: mixed and undetermined posts get the strictest.
    rule.threat = Math.max(...Object.values(byLang));
  }
  if (hateDecisionFloor > 0) rule.hateDecisionFloor = hateDecisionFloor;
  // The harm-with-technique term needs both thresholds; with either at 1 it is off, so the shipped
  // rule says so with both (a lowered half beside an unused one read as if the term were in use).
  if (rule.harmWithTechnique >= 1 || rule.technique >= 1) {
    rule.harmWithTechnique = 1;
    rule.technique = 1;
  }
  if (perLanguage) {
    const byLang = Object.fromEntries(DECISION_LANGS.map((lang) => [lang, values[`decision:${lang}`] ?? 1]));
    rule.decisionByLang = byLang;
    // Mixed and undetermined posts get the strictest of the language thresholds.
    rule.decision = Math.max(...Object.values(byLang));
  }
  return rule;
}
/** Thresholds from 1 (the term is off, also for saturated outputs: see `flagStrength`) down to 0.01. */
const GRID = Array.from({ length: 100 }, (_, i) => Number((1 - i * 0.01).toFixed(2)));

/** Per calibration group: its posts, how many the rule flags, and whether they should be flagged. */
type GroupRates = Map<string, { n: number; flagged: number; positive: boolean }>;

function groupRates(examples: readonly CalibrationExample[], rule: FlagRule): GroupRates {
  const groups: GroupRates = new Map();
  for (const example of examples) {
    const entry = groups.get(example.group) ?? { n: 0, flagged: 0, positive: example.positive };
    entry.n++;
    if (ruleFires(example.scores, ruleFor(rule, example.lang, example.script))) entry.flagged++;
    groups.set(example.group, entry);
  }
  return groups;
}

/** Posts of a negative group that may be flagged, from its size (`n`) and its name. */
type Allowance = (group: string, n: number) => number;

/**
 * The allowance at one level: `target` times the group's budget multiplier times its size, at least
 * one post. A group smaller than `minGroupSize` is counted as that size: its few posts cannot
 * measure a rate of a few percent, and one of them would otherwise decide a threshold.
 */
function allowanceAt(target: number, budgetMultiplier: (group: string) => number, minGroupSize: number): Allowance {
  return (group, n) => Math.max(Math.floor(target * budgetMultiplier(group) * Math.max(n, minGroupSize)), 1);
}

/** Every negative group must stay within its false-flag budget. */
function feasible(groups: GroupRates, allowed: Allowance): boolean {
  return overBudget(groups, allowed).length === 0;
}

function overBudget(groups: GroupRates, allowance: Allowance): BindingGroup[] {
  const over: BindingGroup[] = [];
  for (const [group, entry] of groups) {
    const allowed = allowance(group, entry.n);
    if (!entry.positive && entry.flagged > allowed) over.push({ group, n: entry.n, flagged: entry.flagged, allowed });
  }
  return over;
}

/** For each threshold searched at a level, the groups one grid step lower would take over budget. */
function bindingGroups(search: Search, values: Values, searched: readonly string[]): Record<string, BindingGroup[]> {
  const out: Record<string, BindingGroup[]> = {};
  for (const param of searched) {
    const next = GRID[GRID.indexOf(values[param] ?? 1) + 1];
    if (next === undefined) continue;
    const rule = toRule({ ...values, [param]: next }, search.perLanguage, search.hateDecisionFloor);
    const over = overBudget(groupRates(search.examples, rule), search.allowed);
    if (over.length > 0) out[param] = over.sort((a, b) => b.flagged - b.allowed - (a.flagged - a.allowed));
  }
  return out;
}

function objective(groups: GroupRates, weightOf: (group: string) => number): number {
  let total = 0;
  let weightSum = 0;
  for (const [group, entry] of groups) {
    if (!entry.positive || entry.n === 0) continue;
    const weight = weightOf(group);
    total += (weight * entry.flagged) / entry.n;
    weightSum += weight;
  }
  return weightSum === 0 ? 0 : total / weightSum;
}

export interface CalibrationOptions {
  /** One decision threshold per detected language (`FlagRule.decisionByLang`). */
  perLanguageDecision?: boolean;
  /**
   * One threat threshold per detected language (`FlagRule.threatByLang`), so heated posts of one
   * language (Urdu political tweets) do not hold back the threat term in the others.
   */
  perLanguageThreat?: boolean;
  /** Lower the decision output as far as the budget allows before the single heads may spend the rest. */
  decisionFirst?: boolean;
  /**
   * The first level at which a term may be used; at stricter levels it stays off (1). A head
   * trained on the public sets' labels can hold its validation budget and still fire on a shifted
   * source as often on benign posts as on harmful ones (the hate head on TweetEval's test split).
   */
  termLevels?: Partial<Record<Threshold, Sensitivity>>;
  /**
   * Terms searched only at the strictest level and held there at the looser ones: a head whose
   * single outputs are trusted only when very confident (the extremist head fires on single
   * features, e.g. a rose emoji in a Friday greeting, at the thresholds a looser budget allows).
   */
  strictOnlyTerms?: Threshold[];
  /**
   * Terms whose threshold is searched jointly with the rest at the first level they are used (see
   * `JOINT_GRID`), then lowered greedily like any other at looser levels. Strict-only terms are
   * always searched this way.
   */
  jointTerms?: Threshold[];
  /** Fixed, not searched: the decision output the hate term needs beside it (`FlagRule.hateDecisionFloor`). */
  hateDecisionFloor?: number;
  /** A negative group with fewer validation posts is allowed the false flags of a group this size (`allowanceAt`). */
  minGroupSize?: number;
  /**
   * How the greedy descent picks its next step among those within budget: `gain`, the most recall;
   * `gainPerBudget`, the most recall per share of a budget spent (see `stepValue`).
   */
  stepChoice?: StepChoice;
}

export type StepChoice = 'gain' | 'gainPerBudget';
/** Plain greedy, as calibrations were before `stepChoice` existed. */
export const DEFAULT_STEP_CHOICE: StepChoice = 'gain';

/**
 * Candidate thresholds of a jointly searched term: each is fixed in turn, the rest descended greedily,
 * and the best recall kept. A greedy descent lowers the decision output first and can leave a single
 * head no budget at all, so whether the term was used turned on one validation post: the extremist
 * term (most pro-ISIS recall) came out 0.96, 0.97 and off for three seeds of one configuration, the
 * hate term 0.90 to 0.98. Below 0.5 a single head's output is no confident reason to flag.
 */
const JOINT_GRID = GRID.filter((threshold) => threshold >= 0.5);

interface Search {
  examples: readonly CalibrationExample[];
  allowed: Allowance;
  perLanguage: boolean;
  hateDecisionFloor: number;
  weightOf: (group: string) => number;
  stepChoice: StepChoice;
}

/** Shares of their budgets that a step spends: each negative group's new false flags over its allowance. */
function budgetSpent(before: GroupRates, after: GroupRates, allowed: Allowance): number {
  let spent = 0;
  for (const [group, entry] of after) {
    if (entry.positive) continue;
    const added = entry.flagged - (before.get(group)?.flagged ?? 0);
    if (added > 0) spent += added / allowed(group, entry.n);
  }
  return spent;
}

/**
 * How good a step is, compared lexicographically. With `gainPerBudget`, a step that gains recall is
 * valued by gain per budget spent (free gains first, the largest of them): a plain greedy step can
 * spend a budget two thresholds share on a small gain. Two per-language decision thresholds share
 * our English negatives (English posts with Roman Urdu words read as Roman Urdu); lowering English
 * first left the Roman Urdu threshold at 0.62 in one run where it had settled at 0.27–0.37. A step
 * that gains nothing is taken only when nothing gains, the cheapest first, so a flat stretch does
 * not stop the search.
 */
function stepValue(gain: number, spent: number, stepChoice: StepChoice): [number, number, number] {
  if (stepChoice === 'gain') return [gain, 0, 0];
  if (gain <= 0) return [0, -spent, 0];
  return spent === 0 ? [2, gain, 0] : [1, gain / spent, gain];
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  }
  return false;
}

/**
 * Greedy descent from `start`: keep taking the move whose lowering gains most recall (mean over positive
 * groups) while every negative group stays within the false-flag budget. With `firstMoves`, those are
 * exhausted before the others may be used. Returns the values reached, or undefined when `start`
 * itself is over budget.
 */
function descend(
  search: Search,
  start: Values,
  allMoves: readonly string[][],
  firstMoves?: readonly string[][],
): { values: Values; score: number } | undefined {
  const { examples, allowed, perLanguage, hateDecisionFloor, weightOf, stepChoice } = search;
  const startGroups = groupRates(examples, toRule(start, perLanguage, hateDecisionFloor));
  if (!feasible(startGroups, allowed)) return undefined;
  let values = start;
  let currentGroups = startGroups;
  let current = objective(startGroups, weightOf);
  let moves = firstMoves ?? allMoves;
  for (;;) {
    let best: { values: Values; score: number; groups: GroupRates; value: [number, number, number] } | undefined;
    for (const move of moves) {
      const candidate = { ...values };
      let changed = false;
      for (const param of move) {
        const next = GRID[GRID.indexOf(candidate[param] ?? 1) + 1];
        if (next !== undefined) {
          candidate[param] = next;
          changed = true;
        }
      }
      if (!changed) continue;
      const groups = groupRates(examples, toRule(candidate, perLanguage, hateDecisionFloor));
      if (!feasible(groups, allowed)) continue;
      const score = objective(groups, weightOf);
      // Ties are broken towards lowering, so a flat stretch does not stop the search early.
      if (score < current) continue;
      const value = stepValue(score - current, budgetSpent(currentGroups, groups, allowed), stepChoice);
      if (!best || better(value, best.value)) best = { values: candidate, score, groups, value };
    }
    if (!best) {
      if (moves === allMoves) return { values, score: current };
      moves = allMoves;
      continue;
    }
    values = best.values;
    current = best.score;
    currentGroups = best.groups;
  }
}

/**
 * Threshold search for each level, strict to loose, along one path, so a post flagged at "relaxed" is
 * also flagged at "balanced" and "sensitive". At each level the thresholds descend greedily (see
 * `descend`). A joint term (`jointTerms`, and every strict-only term) is set at the first level it is
 * used by trying each of its candidate thresholds with a full descent of the others and keeping the
 * best; strict-only terms are then held, joint terms descend like the rest at looser levels.
 */
export function calibrateRules(
  examples: readonly CalibrationExample[],
  targets: Record<Sensitivity, number>,
  weightOf: (group: string) => number = () => 1,
  budgetMultiplier: (group: string) => number = () => 1,
  options: CalibrationOptions = {},
): CalibrationResult {
  const perLanguage = options.perLanguageDecision === true;
  const hateDecisionFloor = options.hateDecisionFloor ?? 0;
  if (!(hateDecisionFloor >= 0 && hateDecisionFloor < 1))
    throw new Error(`calibration.hateDecisionFloor must be in [0, 1), got ${hateDecisionFloor}`);
  const perLanguageThreat = options.perLanguageThreat === true;
  const specialTerms = [...(options.strictOnlyTerms ?? []), ...(options.jointTerms ?? [])];
  if (perLanguageThreat && (options.termLevels?.threat !== undefined || specialTerms.includes('threat')))
    throw new Error('calibration: a per-language threat term cannot also be held back, strict-only or joint');
  const params = [
    ...(perLanguage ? DECISION_LANGS.map((lang) => `decision:${lang}`) : ['decision']),
    ...SHARED.flatMap((term) =>
      term === 'threat' && perLanguageThreat ? DECISION_LANGS.map((lang) => `threat:${lang}`) : [term],
    ),
  ];
  let values: Values = Object.fromEntries(params.map((param) => [param, 1]));
  const rules = {} as Record<Sensitivity, FlagRule>;
  const report = {} as CalibrationResult['report'];
  const binding = {} as CalibrationResult['binding'];
  const levels = (Object.keys(targets) as Sensitivity[]).sort((a, b) => targets[a] - targets[b]);
  const decisionParams = params.filter((param) => param.startsWith('decision'));
  const strictOnly = options.strictOnlyTerms ?? [];
  const firstLevelOf = (term: Threshold): number =>
    strictOnly.includes(term) ? 0 : levels.indexOf(options.termLevels?.[term] ?? levels[0]!);
  for (const [term, from] of Object.entries(options.termLevels ?? {})) {
    if (!params.includes(term)) throw new Error(`calibration.termLevels: no term "${term}"`);
    if (!levels.includes(from)) throw new Error(`calibration.termLevels.${term}: no level "${from}"`);
  }
  for (const [option, terms] of Object.entries({ strictOnlyTerms: strictOnly, jointTerms: options.jointTerms ?? [] })) {
    for (const term of terms) {
      if (!params.includes(term)) throw new Error(`calibration.${option}: no term "${term}"`);
    }
  }
  const jointTerms = [...new Set([...strictOnly, ...(options.jointTerms ?? [])])];
  for (const [index, level] of levels.entries()) {
    const search: Search = {
      examples,
      allowed: allowanceAt(targets[level], budgetMultiplier, options.minGroupSize ?? 0),
      perLanguage,
      hateDecisionFloor,
      weightOf,
      stepChoice: options.stepChoice ?? DEFAULT_STEP_CHOICE,
    };
    // Searched jointly at this level: held fixed while the rest descends.
    const jointHere = jointTerms.filter((term) => firstLevelOf(term) === index);
    // A term held back until a later level stays off (1) here; strict-only terms keep the value the
    // strictest level gave them.
    const usable = params.filter((param) => {
      if (strictOnly.includes(param as Threshold) || jointHere.includes(param as Threshold)) return false;
      const from = options.termLevels?.[param as Threshold];
      return from === undefined || levels.indexOf(from) <= index;
    });
    const allMoves: string[][] = usable.map((param) => [param]);
    // The joint term needs both thresholds lowered together before either alone gains anything.
    if (usable.includes('harmWithTechnique') && usable.includes('technique'))
      allMoves.push(['harmWithTechnique', 'technique']);
    // decisionFirst: the decision output is lowered as far as the budget allows before the single
    // heads may spend what is left (greedy steps on a head can otherwise use up the budget early).
    const firstMoves = options.decisionFirst ? decisionParams.map((param) => [param]) : undefined;
    let best: ReturnType<typeof descend>;
    if (jointHere.length === 0) best = descend(search, values, allMoves, firstMoves);
    for (const term of jointHere) {
      for (const threshold of JOINT_GRID) {
        const tried = descend(search, { ...values, [term]: threshold }, allMoves, firstMoves);
        // Ties keep the stricter threshold: the term is trusted only as far as it buys recall.
        if (tried && (!best || tried.score > best.score)) best = tried;
      }
      if (best) values = { ...values, [term]: best.values[term] ?? 1 };
    }
    if (best) values = best.values;
    const rule = toRule(values, perLanguage, hateDecisionFloor);
    rules[level] = { ...rule };
    binding[level] = bindingGroups(search, values, [...usable, ...jointHere]);
    report[level] = Object.fromEntries(
      [...groupRates(examples, rule)].map(([group, entry]) => [
        group,
        { n: entry.n, flagged: entry.flagged, rate: entry.n ? entry.flagged / entry.n : 0 },
      ]),
    );
  }
  return { rules, report, binding };
}

/** Threshold that maximises F1 for one binary label. */
export function bestF1Threshold(pairs: ReadonlyArray<{ score: number; label: 0 | 1 }>): {
  threshold: number;
  f1: number;
} {
  let best = { threshold: 0.5, f1: 0 };
  for (const threshold of GRID) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { score, label } of pairs) {
      if (score >= threshold) {
        if (label) tp++;
        else fp++;
      } else if (label) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}
