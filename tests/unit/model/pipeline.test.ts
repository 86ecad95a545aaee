import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import type { FlagRule } from '../../../utils/classifier/metadata.ts';
import { ruleFires, type Scores } from '../../../utils/classifier/postprocess.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import { bestF1Threshold, calibrateRules, toRule, type CalibrationExample } from '../../../model/pipeline/calibrate.ts';
import { buildDataset, type DatasetRow, type SplitPolicy } from '../../../model/pipeline/dataset.ts';
import {
  budgetMultiplier,
  calibrationExamples,
  evaluate,
  flagTarget,
  positiveWeight,
  proIsisRanking,
  type ScoredRow,
} from '../../../model/pipeline/evaluate.ts';
import { macroF1, recallAtFalseFlagRate, rocAuc } from '../../../model/pipeline/metrics.ts';
import type { LabeledRecord } from '../../../model/pipeline/record.ts';
import { scores } from '../classifier/fixtures.ts';

const policy: SplitPolicy = { heldOutSources: ['held'], valShare: 0.2, testShare: 0.2, overrides: {} };

describe('buildDataset', () => {
  it('deduplicates on normalised text, keeping the test copy over a training copy', () => {
    const records: LabeledRecord[] = [
      { source: 'a', split: 'train', text: 'Join the CARAVAN', labels: { extremist_propaganda: 1 } },
      { source: 'b', split: 'test', text: 'join the caravan', labels: { extremist_propaganda: 1 } },
      { source: 'a', split: 'train', text: 'join\u200b the caravan', labels: { extremist_propaganda: 1 } },
      { source: 'a', split: 'train', text: '   ', labels: {} },
    ];
    const { rows, stats } = buildDataset(records, FEATURE_SETTINGS, policy);
    expect(rows.map((r) => `${r.source}:${r.split}`)).toEqual(['b:test']);
    expect(stats.duplicatesDropped).toBe(2);
    expect(stats.emptyDropped).toBe(1);
  });

  it('holds out whole sources, keeps official splits, and hashes the rest deterministically', () => {
    const records: LabeledRecord[] = Array.from({ length: 400 }, (_, i) => ({
      source: 'free',
      text: `post ${i} text`,
      labels: {},
    }));
    records.push(
      { source: 'held', text: 'unseen source', labels: {} },
      { source: 'official', split: 'val', text: 'given val', labels: {} },
    );
    const first = buildDataset(records, FEATURE_SETTINGS, policy).rows;
    const second = buildDataset(records, FEATURE_SETTINGS, policy).rows;
    expect(first.map((r) => r.split)).toEqual(second.map((r) => r.split));
    expect(first.find((r) => r.source === 'held')?.split).toBe('test');
    expect(first.find((r) => r.source === 'official')?.split).toBe('val');
    const free = first.filter((r) => r.source === 'free');
    const share = (split: string) => free.filter((r) => r.split === split).length / free.length;
    expect(share('val')).toBeGreaterThan(0.12);
    expect(share('test')).toBeGreaterThan(0.12);
    expect(share('train')).toBeGreaterThan(0.5);
  });

  it('keeps a group (an article, an account) in one split', () => {
    const records: LabeledRecord[] = Array.from({ length: 200 }, (_, i) => ({
      source: 'ptc',
      text: `sentence ${i}`,
      group: `article-${i % 10}`,
      labels: {},
    }));
    const rows = buildDataset(records, FEATURE_SETTINGS, policy).rows;
    for (let g = 0; g < 10; g++) {
      expect(new Set(rows.filter((r) => r.group === `article-${g}`).map((r) => r.split)).size).toBe(1);
    }
  });
});

describe('calibrateRules', () => {
  const examples: CalibrationExample[] = [];
  for (let i = 0; i < 100; i++) {
    examples.push({ group: 'pos', positive: true, scores: scores({ extremist_propaganda: 0.5 + i / 250 }) });
    examples.push({ group: 'neg', positive: false, scores: scores({ extremist_propaganda: i / 130 }) });
  }

  it('respects each level’s false-flag budget and nests the levels', () => {
    const { rules, report } = calibrateRules(examples, { relaxed: 0.01, balanced: 0.03, sensitive: 0.1 });
    expect(report.relaxed.neg!.flagged).toBeLessThanOrEqual(1);
    expect(report.balanced.neg!.flagged).toBeLessThanOrEqual(3);
    expect(report.sensitive.neg!.flagged).toBeLessThanOrEqual(10);
    expect(rules.sensitive.extremist).toBeLessThanOrEqual(rules.balanced.extremist);
    expect(rules.balanced.extremist).toBeLessThanOrEqual(rules.relaxed.extremist);
    for (const example of examples) {
      if (ruleFires(example.scores, rules.relaxed)) expect(ruleFires(example.scores, rules.sensitive)).toBe(true);
    }
    expect(report.sensitive.pos!.rate).toBeGreaterThan(report.relaxed.pos!.rate);
  });

  it('ships the harm-with-technique term off as a pair when either of its thresholds is unused', () => {
    const halfUsed = toRule({ decision: 0.8, harmWithTechnique: 0.4, technique: 1 }, false);
    expect([halfUsed.harmWithTechnique, halfUsed.technique]).toEqual([1, 1]);
    const used = toRule({ decision: 0.8, harmWithTechnique: 0.4, technique: 0.7 }, false);
    expect([used.harmWithTechnique, used.technique]).toEqual([0.4, 0.7]);
  });

  it('leaves a term off when any lowering would break a budget', () => {
    const hopeless: CalibrationExample[] = [
      { group: 'pos', positive: true, scores: scores({ hate_dehumanization: 0.5 }) },
      { group: 'neg', positive: false, scores: scores({ hate_dehumanization: 0.99 }) },
      { group: 'neg', positive: false, scores: scores({ hate_dehumanization: 0.98 }) },
    ];
    const { rules } = calibrateRules(hopeless, { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 });
    expect(rules.balanced.hate).toBeGreaterThan(0.98);
  });

  it('with a hate floor, lowers the hate term past harmless posts the decision output clears', () => {
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const examples: CalibrationExample[] = [];
    for (let i = 0; i < 50; i++) {
      examples.push({ group: 'pos', positive: true, scores: scores({ hate_dehumanization: 0.8, flag: 0.15 }) });
      // News the hate head misreads, and chat the decision output leans towards: each blocks one term.
      examples.push({ group: 'news', positive: false, scores: scores({ hate_dehumanization: 0.9, flag: 0 }) });
      examples.push({ group: 'chat', positive: false, scores: scores({ hate_dehumanization: 0.1, flag: 0.2 }) });
    }
    const plain = calibrateRules(examples, targets);
    expect(plain.report.balanced.pos!.flagged).toBe(0);
    expect(plain.rules.balanced.hateDecisionFloor).toBeUndefined();
    const floored = calibrateRules(examples, targets, undefined, undefined, { hateDecisionFloor: 0.1 });
    expect(floored.report.balanced.pos!.flagged).toBe(50);
    expect(floored.report.balanced.news!.flagged).toBe(0);
    expect(floored.rules.balanced.hateDecisionFloor).toBe(0.1);
    expect(floored.rules.relaxed.hateDecisionFloor).toBe(0.1);
    expect(() => calibrateRules(examples, targets, undefined, undefined, { hateDecisionFloor: 1 })).toThrow(
      /hateDecisionFloor/,
    );
  });

  it('with decisionFirst, spends the budget on the decision output before single heads', () => {
    // Threat steps gain recall bit by bit, the decision output only at 0.6; both would spend the whole
    // budget (3 negatives each). Plain greedy takes the threat steps first; decisionFirst does not.
    const contested: CalibrationExample[] = [];
    for (let i = 0; i < 50; i++) {
      contested.push({
        group: 'pos-threat',
        positive: true,
        scores: scores({ violent_threat_incitement: 0.99 - i / 250 }),
      });
      contested.push({ group: 'pos-flag', positive: true, scores: scores({ flag: 0.6 }) });
    }
    for (let i = 0; i < 97; i++) contested.push({ group: 'neg', positive: false, scores: scores({ flag: i / 200 }) });
    for (let i = 0; i < 3; i++) {
      contested.push({ group: 'neg', positive: false, scores: scores({ violent_threat_incitement: 0.88 }) });
      contested.push({ group: 'neg', positive: false, scores: scores({ flag: 0.6 }) });
    }
    const targets = { relaxed: 0.03, balanced: 0.03, sensitive: 0.03 };
    const plain = calibrateRules(contested, targets);
    expect(plain.rules.balanced.threat).toBeLessThanOrEqual(0.9);
    expect(plain.rules.balanced.decision).toBeGreaterThan(0.6);
    const first = calibrateRules(contested, targets, undefined, undefined, { decisionFirst: true });
    expect(first.rules.balanced.decision).toBeLessThanOrEqual(0.6);
    expect(first.report.balanced['pos-flag']!.rate).toBe(1);
    expect(first.report.balanced.neg!.flagged).toBeLessThanOrEqual(3);
  });

  it('gives each language its own decision threshold when its negatives allow it', () => {
    // English negatives score high on the decision output, Urdu ones low: one shared threshold would
    // have to sit above the English negatives and miss the Urdu positives.
    const mixed: CalibrationExample[] = [];
    for (let i = 0; i < 100; i++) {
      mixed.push({ group: 'pos-en', positive: true, lang: 'en', scores: scores({ flag: 0.9 + i / 2000 }) });
      mixed.push({ group: 'neg-en', positive: false, lang: 'en', scores: scores({ flag: 0.5 + i / 250 }) });
      mixed.push({ group: 'pos-ur', positive: true, lang: 'ur', scores: scores({ flag: 0.5 + i / 1000 }) });
      mixed.push({ group: 'neg-ur', positive: false, lang: 'ur', scores: scores({ flag: i / 500 }) });
    }
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const shared = calibrateRules(mixed, targets);
    expect(shared.report.balanced['pos-ur']!.rate).toBe(0);
    const { rules, report } = calibrateRules(mixed, targets, undefined, undefined, { perLanguageDecision: true });
    const byLang = rules.balanced.decisionByLang!;
    expect(byLang.ur!).toBeLessThan(byLang.en!);
    expect(report.balanced['pos-ur']!.rate).toBe(1);
    expect(report.balanced['neg-en']!.flagged).toBeLessThanOrEqual(3);
    // Posts in other languages (mixed, und) get the strictest threshold.
    expect(rules.balanced.decision).toBe(Math.max(byLang.en!, byLang.ur!, byLang['ur-Latn']!));
  });

  it('gives each language its own threat threshold when asked, so heated posts of one language do not hold the others', () => {
    // Urdu negatives score high on the threat head (heated political tweets), English ones low; English
    // threats score 0.8, under the shared threshold the Urdu negatives force.
    const heated: CalibrationExample[] = [];
    for (let i = 0; i < 100; i++) {
      heated.push({ group: 'pos-en', positive: true, lang: 'en', scores: scores({ violent_threat_incitement: 0.8 }) });
      heated.push({
        group: 'neg-en',
        positive: false,
        lang: 'en',
        scores: scores({ violent_threat_incitement: i / 200 }),
      });
      heated.push({ group: 'pos-ur', positive: true, lang: 'ur', scores: scores({ violent_threat_incitement: 0.99 }) });
      const urdu = i < 10 ? 0.95 : i / 200;
      heated.push({
        group: 'neg-ur',
        positive: false,
        lang: 'ur',
        scores: scores({ violent_threat_incitement: urdu }),
      });
    }
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const shared = calibrateRules(heated, targets);
    expect(shared.rules.balanced.threat).toBeGreaterThan(0.95);
    expect(shared.report.balanced['pos-en']!.rate).toBe(0);
    const { rules, report, binding } = calibrateRules(heated, targets, undefined, undefined, {
      perLanguageThreat: true,
    });
    const byLang = rules.balanced.threatByLang!;
    expect(byLang.en!).toBeLessThanOrEqual(0.8);
    expect(byLang.ur!).toBeGreaterThan(0.95);
    expect(report.balanced['pos-en']!.rate).toBe(1);
    expect(report.balanced['neg-ur']!.flagged).toBeLessThanOrEqual(3);
    expect(binding.balanced['threat:ur']![0]).toMatchObject({ group: 'neg-ur' });
    // Mixed and undetermined posts get the strictest.
    expect(rules.balanced.threat).toBe(Math.max(byLang.en!, byLang.ur!, byLang['ur-Latn']!));
    expect(() =>
      calibrateRules(heated, targets, undefined, undefined, { perLanguageThreat: true, jointTerms: ['threat'] }),
    ).toThrow(/per-language threat term/);
  });

  it('with gainPerBudget, spends a budget two language thresholds share where it costs least', () => {
    // English and Roman Urdu thresholds share one negative group: three English posts at 0.90, one read
    // as Roman Urdu at 0.90, three allowed. Every English positive scores 0.95; most Roman Urdu ones sit
    // under the shared posts. Plain greedy takes the first step that gains nothing (English, in language
    // order) and spends the whole budget on it; gainPerBudget takes the cheaper one first.
    const shared: CalibrationExample[] = [];
    for (let i = 0; i < 50; i++) {
      shared.push({ group: 'pos-en', positive: true, lang: 'en', scores: scores({ flag: 0.95 }) });
      const romanUrdu = i < 10 ? 0.95 : 0.85;
      shared.push({ group: 'pos-rur', positive: true, lang: 'ur-Latn', scores: scores({ flag: romanUrdu }) });
    }
    for (let i = 0; i < 100; i++) {
      const flag = i < 4 ? 0.9 : 0;
      shared.push({ group: 'neg', positive: false, lang: i === 3 ? 'ur-Latn' : 'en', scores: scores({ flag }) });
    }
    const targets = { relaxed: 0.03, balanced: 0.03, sensitive: 0.03 };
    const options = { perLanguageDecision: true, decisionFirst: true };
    const plain = calibrateRules(shared, targets, undefined, undefined, options);
    expect(plain.report.balanced['pos-rur']!.rate).toBe(0.2);
    expect(plain.rules.balanced.decisionByLang!['ur-Latn']).toBeGreaterThan(0.9);
    const cheapest = calibrateRules(shared, targets, undefined, undefined, { ...options, stepChoice: 'gainPerBudget' });
    expect(cheapest.report.balanced['pos-rur']!.rate).toBe(1);
    expect(cheapest.report.balanced['pos-en']!.rate).toBe(1);
    expect(cheapest.report.balanced.neg!.flagged).toBeLessThanOrEqual(3);
  });

  it('with minGroupSize, counts a small negative group as that size, so one of its posts cannot decide a threshold', () => {
    const small: CalibrationExample[] = [];
    for (let i = 0; i < 100; i++)
      small.push({ group: 'pos', positive: true, scores: scores({ flag: 0.5 + i / 1000 }) });
    for (let i = 0; i < 200; i++) small.push({ group: 'big', positive: false, scores: scores({ flag: i / 2000 }) });
    // Forty posts, two of which score above every positive.
    for (let i = 0; i < 40; i++)
      small.push({ group: 'small', positive: false, scores: scores({ flag: i < 2 ? 0.9 : 0 }) });
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const strict = calibrateRules(small, targets);
    // Forty posts allow one false flag at 3%: the threshold stays above the second of them.
    expect(strict.rules.balanced.decision).toBeGreaterThan(0.9);
    expect(strict.report.balanced.pos!.rate).toBe(0);
    expect(strict.binding.balanced.decision![0]).toMatchObject({ group: 'small', n: 40, flagged: 2, allowed: 1 });
    const floored = calibrateRules(small, targets, undefined, undefined, { minGroupSize: 100 });
    // Counted as 100 posts, the group may have three flagged: both are, and the positives with them.
    expect(floored.report.balanced.small!.flagged).toBe(2);
    expect(floored.report.balanced.pos!.rate).toBe(1);
    // A group at least that large keeps its own size: 3% of 200.
    expect(floored.binding.balanced.decision![0]).toMatchObject({ group: 'big', n: 200, allowed: 6 });
    // The strictest level allows 1% of 100: one post, as before.
    expect(floored.rules.relaxed.decision).toBeGreaterThan(0.9);
  });

  it('names the groups that hold each threshold: one step lower, they would be over budget', () => {
    const mixed: CalibrationExample[] = [];
    for (let i = 0; i < 100; i++) {
      mixed.push({ group: 'pos-en', positive: true, lang: 'en', scores: scores({ flag: 0.9 + i / 2000 }) });
      mixed.push({ group: 'neg-en', positive: false, lang: 'en', scores: scores({ flag: 0.5 + i / 250 }) });
      mixed.push({ group: 'neg-ur', positive: false, lang: 'ur', scores: scores({ flag: i / 500 }) });
    }
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const { rules, binding } = calibrateRules(mixed, targets, undefined, undefined, { perLanguageDecision: true });
    const heldEn = binding.balanced['decision:en']!;
    expect(heldEn.map((entry) => entry.group)).toEqual(['neg-en']);
    expect(heldEn[0]).toMatchObject({ n: 100, allowed: 3 });
    expect(heldEn[0]!.flagged).toBeGreaterThan(3);
    // The English threshold really sits at the last step the budget allows.
    expect(rules.balanced.decisionByLang!.en).toBeGreaterThan(0.5 + 96 / 250);
    expect(binding.relaxed['decision:en']![0]).toMatchObject({ group: 'neg-en', allowed: 1 });
    // Heads whose outputs never reach a negative are not held by anything, so they are not listed.
    expect(binding.balanced.extremist).toBeUndefined();
  });

  it('holds a strictOnlyTerms term at the strictest level’s threshold', () => {
    const { rules: free } = calibrateRules(examples, { relaxed: 0.01, balanced: 0.03, sensitive: 0.1 });
    expect(free.sensitive.extremist).toBeLessThan(free.relaxed.extremist);
    const { rules } = calibrateRules(
      examples,
      { relaxed: 0.01, balanced: 0.03, sensitive: 0.1 },
      undefined,
      undefined,
      {
        strictOnlyTerms: ['extremist'],
      },
    );
    expect(rules.relaxed.extremist).toBe(free.relaxed.extremist);
    expect(rules.balanced.extremist).toBe(rules.relaxed.extremist);
    expect(rules.sensitive.extremist).toBe(rules.relaxed.extremist);
    expect(() =>
      calibrateRules(examples, { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 }, undefined, undefined, {
        strictOnlyTerms: ['extremis' as never],
      }),
    ).toThrow(/no term "extremis"/);
    expect(() =>
      calibrateRules(examples, { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 }, undefined, undefined, {
        termLevels: { hat: 'relaxed' } as never,
      }),
    ).toThrow(/no term "hat"/);
  });

  /**
   * Lowering the decision output to 0.5 gains 30 of 100 weak positives and flags all three negatives
   * a 3% budget allows; the single head catches 100 other positives (scored by \`positiveScore\`) for
   * one more negative at 0.905.
   */
  const contestedBudget = (head: keyof Scores, group: string, positiveScore: (i: number) => number) => {
    const contested: CalibrationExample[] = [];
    for (const flag of [0.605, 0.555, 0.505]) {
      for (let i = 0; i < 10; i++) contested.push({ group: 'pos-flag', positive: true, scores: scores({ flag }) });
      contested.push({ group: 'neg', positive: false, scores: scores({ flag }) });
    }
    for (let i = 0; i < 70; i++) contested.push({ group: 'pos-flag', positive: true, scores: scores({ flag: 0.05 }) });
    for (let i = 0; i < 100; i++)
      contested.push({ group, positive: true, scores: scores({ [head]: positiveScore(i) }) });
    contested.push({ group: 'neg', positive: false, scores: scores({ [head]: 0.905 }) });
    for (let i = 0; i < 96; i++) contested.push({ group: 'neg', positive: false, scores: scores({ flag: 0.1 }) });
    return contested;
  };

  it('searches a strictOnlyTerms term jointly, so the decision output cannot spend its budget first', () => {
    const contested = contestedBudget('extremist_propaganda', 'pos-ext', () => 0.905);
    const targets = { relaxed: 0.03, balanced: 0.03, sensitive: 0.03 };
    const greedy = calibrateRules(contested, targets, undefined, undefined, { decisionFirst: true });
    expect(greedy.report.relaxed['pos-ext']!.rate).toBe(0);
    expect(greedy.report.relaxed['pos-flag']!.rate).toBe(0.3);
    const joint = calibrateRules(contested, targets, undefined, undefined, {
      decisionFirst: true,
      strictOnlyTerms: ['extremist'],
    });
    expect(joint.rules.relaxed.extremist).toBe(0.9);
    expect(joint.report.relaxed['pos-ext']!.rate).toBe(1);
    expect(joint.report.relaxed['pos-flag']!.rate).toBe(0.2);
    expect(joint.report.relaxed.neg!.flagged).toBe(3);
    expect(joint.rules.sensitive.extremist).toBe(0.9);
  });

  it('searches a jointTerms term jointly at the first level it is used, then lowers it freely', () => {
    // As above with the hate head, used from "balanced" on.
    const contested = contestedBudget('hate_dehumanization', 'pos-hate', (i) => 0.905 - i / 1000);
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const termLevels = { hate: 'balanced' } as const;
    const greedy = calibrateRules(contested, targets, undefined, undefined, { decisionFirst: true, termLevels });
    expect(greedy.report.balanced['pos-hate']!.rate).toBe(0);
    const joint = calibrateRules(contested, targets, undefined, undefined, {
      decisionFirst: true,
      termLevels,
      jointTerms: ['hate'],
    });
    expect(joint.rules.relaxed.hate).toBe(1);
    expect(joint.rules.balanced.hate).toBeLessThanOrEqual(0.9);
    expect(joint.report.balanced['pos-hate']!.rate).toBeGreaterThan(0.5);
    expect(joint.report.balanced.neg!.flagged).toBeLessThanOrEqual(3);
    // At the looser level the term is lowered like any other.
    expect(joint.rules.sensitive.hate).toBeLessThan(joint.rules.balanced.hate);
    expect(() => calibrateRules(contested, targets, undefined, undefined, { jointTerms: ['hat' as never] })).toThrow(
      /calibration.jointTerms: no term "hat"/,
    );
  });

  it('keeps a term off until the level termLevels names, joint term included', () => {
    const hateful: CalibrationExample[] = [];
    for (let i = 0; i < 100; i++) {
      hateful.push({
        group: 'pos',
        positive: true,
        scores: scores({ hate_dehumanization: 0.95, propaganda_any: 0.9 }),
      });
      hateful.push({ group: 'neg', positive: false, scores: scores({ hate_dehumanization: i / 200 }) });
    }
    const targets = { relaxed: 0.01, balanced: 0.03, sensitive: 0.06 };
    const free = calibrateRules(hateful, targets);
    expect(free.report.relaxed.pos!.rate).toBe(1);
    const late = calibrateRules(hateful, targets, undefined, undefined, {
      termLevels: { hate: 'sensitive', harmWithTechnique: 'sensitive', technique: 'sensitive' },
    });
    for (const level of ['relaxed', 'balanced'] as const) {
      expect(late.rules[level]).toMatchObject({ hate: 1, harmWithTechnique: 1, technique: 1 });
      expect(late.report[level].pos!.rate).toBe(0);
    }
    expect(late.report.sensitive.pos!.rate).toBe(1);
    expect(() =>
      calibrateRules(hateful, targets, undefined, undefined, { termLevels: { hate: 'loud' as never } }),
    ).toThrow(/no level "loud"/);
  });
});

describe('metrics', () => {
  it('recall at a false-flag rate: the positives above the highest negative left unflagged', () => {
    // Twenty negatives 0.00–0.95; 5% allows one flagged (0.95), so the bar is 0.90.
    const negatives = Array.from({ length: 20 }, (_, i) => i * 0.05);
    const positives = [0.99, 0.92, 0.9, 0.5];
    const scores = [...negatives, ...positives];
    const labels = [...negatives.map((): 0 | 1 => 0), ...positives.map((): 0 | 1 => 1)];
    expect(recallAtFalseFlagRate(scores, labels, 0.05)).toBe(0.5);
    // No allowance: only scores above every negative count.
    expect(recallAtFalseFlagRate(scores, labels, 0)).toBe(0.25);
    // Ties with the bar stay unflagged, so a rate is never exceeded.
    expect(recallAtFalseFlagRate([0.5, 0.5], [1, 0], 0)).toBe(0);
    expect(recallAtFalseFlagRate([0.5], [1], 0.05)).toBeUndefined();
  });

  it('macro-F1, AUC and the F1-optimal threshold', () => {
    expect(macroF1([1, 1, 0, 0], [1, 0, 0, 0])).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(rocAuc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(rocAuc([0.5], [1])).toBeUndefined();
    const best = bestF1Threshold([
      { score: 0.9, label: 1 },
      { score: 0.6, label: 1 },
      { score: 0.4, label: 0 },
    ]);
    expect(best.f1).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.4);
  });
});

describe('withOrdinaryNegatives', () => {
  it('makes non-hateful posts of hate/offensive sets negatives for extremism and threats', async () => {
    const { withOrdinaryNegatives } = await import('../../../model/pipeline/negatives.ts');
    const offensive = withOrdinaryNegatives({
      source: 'davidson',
      text: 'x',
      labels: { hate_dehumanization: 0, offensive_abusive: 1 },
    });
    expect(offensive.labels).toMatchObject({ extremist_propaganda: 0, violent_threat_incitement: 0 });
    const hateful = withOrdinaryNegatives({ source: 'davidson', text: 'x', labels: { hate_dehumanization: 1 } });
    expect(hateful.labels.extremist_propaganda).toBeUndefined();
    const news = withOrdinaryNegatives({ source: 'ptc', text: 'x', labels: { propaganda_any: 0 } });
    expect(news.labels.extremist_propaganda).toBe(0);
    const isis = withOrdinaryNegatives({ source: 'isis_fanboy', text: 'x', labels: { extremist_propaganda: 1 } });
    expect(isis.labels.extremist_propaganda).toBe(1);
  });
});

describe('keepForTraining', () => {
  it('drops Arabic-script pro-ISIS tweets and keeps everything else', async () => {
    const { keepForTraining } = await import('../../../model/pipeline/filters.ts');
    expect(keepForTraining({ source: 'isis_fanboy', text: 'السلام عليكم يا اخوة', labels: {} })).toBe(false);
    expect(keepForTraining({ source: 'isis_fanboy', text: 'The brothers advanced today', labels: {} })).toBe(true);
    expect(keepForTraining({ source: 'urdu_threat', text: 'السلام علیکم', labels: {} })).toBe(true);
  });
});

describe('evaluate (authored held-out posts)', () => {
  const rule: FlagRule = { decision: 0.5, extremist: 1, threat: 1, hate: 1, harmWithTechnique: 1, technique: 1 };
  const rules = { relaxed: rule, balanced: rule, sensitive: rule };
  const row = (flag: 0 | 1, category: string, split: 'test' | 'val' = 'test') =>
    ({
      source: 'authored',
      text: `${category} ${flag}`,
      labels: {},
      original: `flag:${flag}`,
      tag: `ur/${category}`,
      split,
      key: '',
      pre: preprocess('', FEATURE_SETTINGS),
    }) as DatasetRow;
  const scored: ScoredRow[] = [
    { row: row(1, 'glorification'), scores: scores({ flag: 0.9 }) },
    { row: row(1, 'glorification'), scores: scores({ flag: 0.4 }) },
    { row: row(0, 'news'), scores: scores({ flag: 0.6 }) },
    { row: row(0, 'news'), scores: scores({ flag: 0.1 }) },
    { row: row(1, 'glorification', 'val'), scores: scores({ flag: 0 }) },
  ];

  it('reports recall, false flags, per-category rates and the ranking AUC per language, on test rows only', () => {
    const urdu = evaluate(scored, rules).authored.ur as Record<string, unknown>;
    expect(urdu.recall).toMatchObject({ n: 2, flagged: 1 });
    expect(urdu.falseFlags).toMatchObject({ n: 2, flagged: 1 });
    expect(urdu.byCategory).toMatchObject({ glorification: { n: 2, flagged: 1 }, news: { n: 2, flagged: 1 } });
    // Pairs (positive above negative): 0.9>0.6, 0.9>0.1, 0.4<0.6, 0.4>0.1 → 3 of 4.
    expect(urdu.flagAuc).toBe(0.75);
  });
});

describe('pro-ISIS ranking', () => {
  const row = (source: string, labels: DatasetRow['labels'], tag?: string, group?: string) =>
    ({
      source,
      text: source,
      labels,
      tag,
      group,
      split: 'test',
      key: '',
      pre: preprocess('', FEATURE_SETTINGS),
    }) as DatasetRow;
  const isis = row('isis_fanboy', { extremist_propaganda: 1 }, undefined, 'account-a');
  const harmless = row('tweeteval_sentiment', { extremist_propaganda: 0, hate_dehumanization: 0 });
  const counterSpeech = row('conan_kn', { hate_dehumanization: 0 }, 'counter_speech');
  const hateful = row('davidson', { hate_dehumanization: 1 });

  it('ranks pro-ISIS tweets against harmless public posts and counter-speech only', () => {
    const scored: ScoredRow[] = [
      { row: isis, scores: scores({ extremist_propaganda: 0.9, flag: 0.3 }) },
      { row: { ...isis, group: 'account-b' }, scores: scores({ extremist_propaganda: 0.5, flag: 0.9 }) },
      { row: isis, scores: scores({ extremist_propaganda: 0.55, flag: 0.95 }) },
      { row: harmless, scores: scores({ extremist_propaganda: 0.6, flag: 0.2 }) },
      { row: counterSpeech, scores: scores({ extremist_propaganda: 0.1, flag: 0.1 }) },
      // Hate speech is neither side: a hateful post scoring high must not count as a false flag.
      { row: hateful, scores: scores({ extremist_propaganda: 0.99, flag: 0.99 }) },
    ];
    const ranking = proIsisRanking(scored);
    expect(ranking).toMatchObject({ positives: 3, accounts: 2, largestAccountShare: 0.667, negatives: 2 });
    // Extremist head: 0.9 beats both negatives, 0.5 and 0.55 beat only 0.1 → 4 of 6 pairs.
    expect(ranking.extremist_propaganda.auc).toBe(0.6667);
    // At 1% of two negatives none may be flagged: only scores above the highest negative (0.6) count.
    expect(ranking.extremist_propaganda.recallAt1PctFalseFlags).toBe(0.333);
    expect(ranking.flag).toEqual({ auc: 1, recallAt1PctFalseFlags: 1 });
  });
});

describe('budget groups of authored negatives', () => {
  const authored = (lang: string, flag: 0 | 1) =>
    ({
      source: 'authored',
      text: `${lang} ${flag}`,
      labels: { extremist_propaganda: flag },
      tag: `${lang}/news`,
      original: `flag:${flag}`,
      split: 'val',
      key: '',
      pre: preprocess('', FEATURE_SETTINGS),
    }) as DatasetRow;
  const scored: ScoredRow[] = [
    // An English post read as Roman Urdu, one read as mixed, one read as English, and a positive read as Roman Urdu.
    { row: authored('en', 0), scores: scores({ flag: 0.5 }), lang: 'ur-Latn', script: 'latin' },
    { row: authored('en', 0), scores: scores({ flag: 0.5 }), lang: 'mixed', script: 'latin' },
    { row: authored('en', 0), scores: scores({ flag: 0.5 }), lang: 'en', script: 'latin' },
    { row: authored('en', 1), scores: scores({ flag: 0.5 }), lang: 'ur-Latn', script: 'latin' },
  ];
  const groups = (weights: Parameters<typeof calibrationExamples>[1]) =>
    calibrationExamples(scored, weights).map((example) => example.group);

  it('puts each negative in the budget of the language it is read as, when asked, and positives by their file', () => {
    const pooled = { authoredLanguageBudgetMultiplier: 1.5 };
    expect(groups(pooled)).toEqual([
      'authored/en-',
      'authored/all-',
      'authored/en-',
      'authored/all-',
      'authored/en-',
      'authored/all-',
      'authored/en+',
    ]);
    expect(groups({ ...pooled, authoredNegativesByDetectedLanguage: true })).toEqual([
      'authored/ur-Latn-',
      'authored/all-',
      // Mixed posts in Latin letters take the stricter Latin threshold: a group of their own.
      'authored/mixed-',
      'authored/all-',
      'authored/en-',
      'authored/all-',
      'authored/en+',
    ]);
  });
});

describe('calibration groups of noisy sources', () => {
  const threatRow = (threat: 0 | 1) =>
    ({
      source: 'urdu_threat',
      text: `threat ${threat}`,
      labels: { violent_threat_incitement: threat },
      split: 'val',
      key: '',
      pre: preprocess('', FEATURE_SETTINGS),
    }) as DatasetRow;
  const scored: ScoredRow[] = [
    { row: threatRow(1), scores: scores({ violent_threat_incitement: 0.9 }) },
    { row: threatRow(0), scores: scores({ violent_threat_incitement: 0.4 }) },
  ];

  it('leaves out the Urdu threat set’s negatives unless the config bounds them with a looser budget', () => {
    expect(calibrationExamples(scored).map((e) => e.group)).toEqual(['threat+:urdu_threat']);
    const weights = { looseNegativeGroups: { 'benign:urdu_threat': 3 } };
    expect(calibrationExamples(scored, weights).map((e) => e.group)).toEqual([
      'threat+:urdu_threat',
      'benign:urdu_threat',
    ]);
    expect(budgetMultiplier('benign:urdu_threat', weights)).toBe(3);
    expect(budgetMultiplier('benign:urdu_threat')).toBe(1);
    expect(budgetMultiplier('offensive:davidson', weights)).toBe(2);
  });

  it('weighs a positive group as the config says, and by its source otherwise', () => {
    const weights = { authoredPositiveWeight: 6, positiveGroupWeights: { 'isis+': 2 } };
    expect(positiveWeight('isis+', weights)).toBe(2);
    expect(positiveWeight('isis+')).toBe(0.5);
    expect(positiveWeight('hate+:hatexplain', weights)).toBe(0.5);
    expect(positiveWeight('authored/ur+', weights)).toBe(6);
    expect(positiveWeight('hate+:conan', weights)).toBe(0.5);
  });
});

describe('offensive rows that may be hate', () => {
  const row = (source: string, labels: DatasetRow['labels']) =>
    ({ source, text: source, labels, split: 'val', key: '', pre: preprocess('', FEATURE_SETTINGS) }) as DatasetRow;

  it('are trained on but not calibrated on where the source lumps hate into its offensive class', () => {
    const coarseAbusive = row('ruhsold_coarse', { offensive_abusive: 1 });
    const coarseNormal = row('ruhsold_coarse', { offensive_abusive: 0, extremist_propaganda: 0 });
    const fineAbusive = row('ruhsold', { offensive_abusive: 1, hate_dehumanization: 0 });
    expect(flagTarget(coarseAbusive)).toBe(0);
    const groups = calibrationExamples(
      [coarseAbusive, coarseNormal, fineAbusive].map((r) => ({ row: r, scores: scores({}) })),
    ).map((example) => example.group);
    expect(groups).toEqual(['benign:ruhsold_coarse', 'offensive:ruhsold']);
  });
});

describe('pooled authored negatives', () => {
  const authoredRow = (lang: string, flag: 0 | 1) =>
    ({
      source: 'authored',
      text: `${lang} ${flag}`,
      labels: {},
      original: `flag:${flag}`,
      tag: `${lang}/news`,
      split: 'val',
      key: '',
      pre: preprocess('', FEATURE_SETTINGS),
    }) as DatasetRow;

  it('adds each authored negative to one pooled group only when a per-language budget is configured', () => {
    const scored: ScoredRow[] = [
      { row: authoredRow('en', 0), scores: scores({ flag: 0.5 }) },
      { row: authoredRow('ur', 0), scores: scores({ flag: 0.5 }) },
      { row: authoredRow('ur', 1), scores: scores({ flag: 0.9 }) },
    ];
    expect(calibrationExamples(scored, { authoredBudgetMultiplier: 1.17 }).map((e) => e.group)).toEqual([
      'authored/en-',
      'authored/ur-',
      'authored/ur+',
    ]);
    const weights = { authoredBudgetMultiplier: 1.17, authoredLanguageBudgetMultiplier: 1.5 };
    expect(calibrationExamples(scored, weights).map((e) => e.group)).toEqual([
      'authored/en-',
      'authored/all-',
      'authored/ur-',
      'authored/all-',
      'authored/ur+',
    ]);
    expect(budgetMultiplier('authored/all-', weights)).toBe(1.17);
    expect(budgetMultiplier('authored/en-', weights)).toBe(1.5);
    expect(budgetMultiplier('authored/en-', { authoredBudgetMultiplier: 1.17 })).toBe(1.17);
  });

  it('lets a shared threshold follow the pooled rate while each language stays under its own cap', () => {
    // English negatives score low, Urdu ones high: per-language budgets of 3% would stop the shared
    // threshold at the Urdu negatives; pooled, the Urdu rate may rise to its 6% cap.
    const scored: ScoredRow[] = [];
    for (let i = 0; i < 100; i++) {
      scored.push({ row: authoredRow('en', 0), scores: scores({ flag: i / 200 }) });
      scored.push({ row: authoredRow('ur', 0), scores: scores({ flag: 0.3 + i / 200 }) });
      scored.push({ row: authoredRow('ur', 1), scores: scores({ flag: 0.7 + i / 1000 }) });
    }
    const targets = { relaxed: 0.03, balanced: 0.03, sensitive: 0.03 };
    const separate = calibrateRules(calibrationExamples(scored, {}), targets);
    const weights = { authoredBudgetMultiplier: 1, authoredLanguageBudgetMultiplier: 2 };
    const pooled = calibrateRules(calibrationExamples(scored, weights), targets, undefined, (group) =>
      budgetMultiplier(group, weights),
    );
    expect(separate.report.balanced['authored/ur-']!.flagged).toBeLessThanOrEqual(3);
    expect(pooled.rules.balanced.decision).toBeLessThan(separate.rules.balanced.decision);
    expect(pooled.report.balanced['authored/all-']!.flagged).toBeLessThanOrEqual(6);
    expect(pooled.report.balanced['authored/ur-']!.flagged).toBeLessThanOrEqual(6);
    expect(pooled.report.balanced['authored/ur+']!.rate).toBeGreaterThan(
      separate.report.balanced['authored/ur+']!.rate,
    );
  });
});
