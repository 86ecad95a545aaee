import { describe, expect, it } from 'vitest';
import { decide, evidenceFromDrops, flagStrength, maxScores } from '../../../utils/classifier/postprocess.ts';
import {
  parseMetadata,
  ruleFor,
  SENSITIVITY_LEVELS,
  type FlagRule,
  type ModelMetadata,
} from '../../../utils/classifier/metadata.ts';
import { scores, testMetadata } from './fixtures.ts';

const meta = testMetadata();

/** Test metadata whose rule at every level has `patch` applied. */
function withRules(patch: Partial<FlagRule>): ModelMetadata {
  const patched = testMetadata();
  for (const level of SENSITIVITY_LEVELS) patched.rules[level] = { ...patched.rules[level], ...patch };
  return patched;
}

describe('decide', () => {
  it.each([
    ['nothing', {}, 'balanced', false, 'none'],
    ['extremist over balanced but under relaxed', { extremist_propaganda: 0.8 }, 'balanced', true, 'medium'],
    ['extremist over relaxed', { extremist_propaganda: 0.95 }, 'balanced', true, 'high'],
    ['only at sensitive', { extremist_propaganda: 0.6 }, 'sensitive', true, 'low'],
    ['only at sensitive, user on balanced', { extremist_propaganda: 0.6 }, 'balanced', false, 'none'],
    ['hate words alone, moderate', { hate_dehumanization: 0.6 }, 'balanced', false, 'none'],
    ['moderate hate with a technique', { hate_dehumanization: 0.6, propaganda_any: 0.7 }, 'balanced', true, 'medium'],
    ['swearing never flags', { offensive_abusive: 0.99 }, 'sensitive', false, 'none'],
  ] as const)('%s', (_, partial, level, flagged, severity) => {
    const decision = decide(scores(partial), meta, level);
    expect(decision.flagged).toBe(flagged);
    expect(decision.severity).toBe(severity);
  });

  it('names harms and at least one technique for every flag', () => {
    const decision = decide(
      scores({ violent_threat_incitement: 0.9, us_vs_them_flag_waving: 0.2, slogans_cliches_repetition: 0.1 }),
      meta,
      'balanced',
    );
    expect(decision.harms).toEqual(['violent_threat_incitement']);
    expect(decision.techniques).toEqual(['us_vs_them_flag_waving']);
  });

  it('lists techniques over threshold strongest first and none for clear posts', () => {
    const flagged = decide(
      scores({ extremist_propaganda: 0.9, appeal_to_fear_exaggeration: 0.6, loaded_language_name_calling: 0.8 }),
      meta,
      'balanced',
    );
    expect(flagged.techniques).toEqual(['loaded_language_name_calling', 'appeal_to_fear_exaggeration']);
    expect(decide(scores({ loaded_language_name_calling: 0.9 }), meta, 'balanced').techniques).toEqual([]);
  });
});

describe('per-language decision thresholds', () => {
  const perLang = withRules({ decision: 0.9, decisionByLang: { ur: 0.5, en: 0.9 } });

  it('uses the post language’s threshold, and the shared one for other languages', () => {
    const post = scores({ flag: 0.6 });
    expect(decide(post, perLang, 'balanced', 'ur').flagged).toBe(true);
    expect(decide(post, perLang, 'balanced', 'en').flagged).toBe(false);
    expect(decide(post, perLang, 'balanced', 'mixed').flagged).toBe(false);
    expect(decide(post, perLang, 'balanced').flagged).toBe(false);
  });

  it('gives a mixed post in Latin letters alone the stricter Latin threshold, other mixed posts the strictest', () => {
    const latin = withRules({ decision: 0.8, decisionByLang: { en: 0.4, 'ur-Latn': 0.5, ur: 0.8 } });
    const post = scores({ flag: 0.6 });
    expect(decide(post, latin, 'balanced', 'mixed', 'latin')).toMatchObject({ flagged: true, severity: 'high' });
    expect(decide(post, latin, 'balanced', 'mixed', 'both').flagged).toBe(false);
    expect(decide(post, latin, 'balanced', 'mixed').flagged).toBe(false);
    // The stricter of the two, not the English one.
    expect(decide(scores({ flag: 0.45 }), latin, 'balanced', 'mixed', 'latin').flagged).toBe(false);
    // Script matters only for mixed posts: an English post keeps its own threshold.
    expect(decide(scores({ flag: 0.45 }), latin, 'balanced', 'en', 'latin').flagged).toBe(true);
    // Without both Latin thresholds there is nothing to take the stricter of: the shared one holds.
    expect(ruleFor(perLang.rules.balanced, 'mixed', 'latin').decision).toBe(0.9);
  });

  it('is part of the metadata contract', () => {
    const raw = JSON.parse(JSON.stringify(perLang)) as Record<string, unknown>;
    expect(parseMetadata(raw).rules.balanced.decisionByLang).toEqual({ ur: 0.5, en: 0.9 });
    const unknownLang = JSON.parse(JSON.stringify(perLang)) as { rules: { balanced: { decisionByLang: object } } };
    unknownLang.rules.balanced.decisionByLang = { fr: 0.5 };
    expect(() => parseMetadata(unknownLang)).toThrow(/unknown language "fr"/);
    const notProbability = JSON.parse(JSON.stringify(perLang)) as { rules: { balanced: { decisionByLang: object } } };
    notProbability.rules.balanced.decisionByLang = { ur: 2 };
    expect(() => parseMetadata(notProbability)).toThrow(/decisionByLang.ur must be a probability/);
  });
});

describe('per-language threat thresholds', () => {
  const perLang = withRules({ threat: 0.97, threatByLang: { en: 0.7, 'ur-Latn': 0.8, ur: 0.97 } });

  it('uses the post language’s threat threshold, the stricter Latin one for Latin mixed posts, the shared one otherwise', () => {
    const threat = scores({ violent_threat_incitement: 0.85 });
    expect(decide(threat, perLang, 'balanced', 'en')).toMatchObject({
      flagged: true,
      harms: ['violent_threat_incitement'],
    });
    expect(decide(threat, perLang, 'balanced', 'ur-Latn').flagged).toBe(true);
    expect(decide(threat, perLang, 'balanced', 'ur').flagged).toBe(false);
    expect(decide(threat, perLang, 'balanced', 'mixed', 'latin').flagged).toBe(true);
    expect(decide(scores({ violent_threat_incitement: 0.75 }), perLang, 'balanced', 'mixed', 'latin').flagged).toBe(
      false,
    );
    expect(decide(threat, perLang, 'balanced', 'mixed', 'both').flagged).toBe(false);
    expect(decide(threat, perLang, 'balanced').flagged).toBe(false);
    // The decision threshold is untouched by the threat's.
    expect(ruleFor(perLang.rules.balanced, 'en').decision).toBe(perLang.rules.balanced.decision);
  });

  it('is part of the metadata contract', () => {
    const raw = JSON.parse(JSON.stringify(perLang)) as { rules: { balanced: { threatByLang: object } } };
    expect(parseMetadata(raw).rules.balanced.threatByLang).toEqual({ en: 0.7, 'ur-Latn': 0.8, ur: 0.97 });
    raw.rules.balanced.threatByLang = { en: -1 };
    expect(() => parseMetadata(raw)).toThrow(/threatByLang.en must be a probability/);
    raw.rules.balanced.threatByLang = { de: 0.5 };
    expect(() => parseMetadata(raw)).toThrow(/threatByLang has an unknown language "de"/);
  });
});

describe('posts with no letters', () => {
  it('are never flagged, at any level, however high their scores', () => {
    const saturated = scores({ flag: 1, extremist_propaganda: 1, hate_dehumanization: 1, propaganda_any: 1 });
    for (const level of ['relaxed', 'balanced', 'sensitive'] as const) {
      expect(decide(saturated, meta, level, 'und')).toEqual({
        flagged: false,
        severity: 'none',
        harms: [],
        techniques: [],
      });
      expect(decide(saturated, meta, level, 'en').flagged).toBe(true);
    }
  });
});

describe('flagStrength and maxScores', () => {
  it('is continuous and crosses 1 at the threshold', () => {
    expect(flagStrength(scores({ extremist_propaganda: 0.7 }), meta.rules.balanced)).toBeCloseTo(1);
    expect(flagStrength(scores({ extremist_propaganda: 0.35 }), meta.rules.balanced)).toBeCloseTo(0.5);
  });

  it('treats a threshold of 1 as a term switched off, even for saturated outputs', () => {
    const rule = { ...meta.rules.balanced, extremist: 1, technique: 1, harmWithTechnique: 0.01 };
    // float32 sigmoids reach exactly 1.0; an "off" term must still not fire.
    const saturated = scores({ extremist_propaganda: 1, propaganda_any: 1, hate_dehumanization: 0.5 });
    expect(flagStrength(saturated, { ...rule, hate: 1, threat: 1, decision: 1 })).toBe(0);
    const decision = decide(
      saturated,
      { ...meta, rules: { ...meta.rules, balanced: { ...rule, hate: 0.4 } } },
      'balanced',
    );
    expect(decision.flagged).toBe(true);
    expect(decision.harms).toEqual(['hate_dehumanization']);
  });

  it('lets the hate term flag only beside a decision output at its floor', () => {
    const floored = { ...meta.rules.balanced, hateDecisionFloor: 0.1 };
    const gated = { ...meta, rules: { ...meta.rules, balanced: floored } };
    // A news sentence the hate head misreads: the decision output says nothing is there.
    const news = scores({ hate_dehumanization: 0.9, flag: 0.02 });
    expect(decide(news, meta, 'balanced').flagged).toBe(true);
    expect(decide(news, gated, 'balanced').flagged).toBe(false);
    expect(flagStrength(news, floored)).toBeCloseTo(0.2);
    const corroborated = decide(scores({ hate_dehumanization: 0.9, flag: 0.1 }), gated, 'balanced');
    expect(corroborated.flagged).toBe(true);
    expect(corroborated.harms).toEqual(['hate_dehumanization']);
    // Hate with a technique needs the floor too: the calibration may set the technique threshold near 0.
    expect(decide(scores({ hate_dehumanization: 0.6, propaganda_any: 0.7 }), gated, 'balanced').flagged).toBe(false);
    const withTechnique = scores({ hate_dehumanization: 0.6, propaganda_any: 0.7, flag: 0.1 });
    expect(decide(withTechnique, gated, 'balanced').harms).toEqual(['hate_dehumanization']);
    // Other terms are not floored.
    expect(decide(scores({ extremist_propaganda: 0.9 }), gated, 'balanced').flagged).toBe(true);
    // Threat is not floored in either term.
    const loose = { ...floored, hate: 1, harmWithTechnique: 0.95, technique: 0.01 };
    const looseMeta = { ...meta, rules: { ...meta.rules, balanced: loose } };
    expect(decide(scores({ hate_dehumanization: 0.97, propaganda_any: 0.5 }), looseMeta, 'balanced').flagged).toBe(
      false,
    );
    const threat = decide(scores({ violent_threat_incitement: 0.97, propaganda_any: 0.5 }), looseMeta, 'balanced');
    expect(threat.flagged).toBe(true);
    expect(threat.harms).toEqual(['violent_threat_incitement']);
  });

  it('reads the optional token-span input from the metadata and refuses a nameless or clashing one', () => {
    const raw = JSON.parse(JSON.stringify(meta)) as Record<string, unknown>;
    expect(parseMetadata(raw).spansInput).toBeUndefined();
    raw.spansInput = 'spans';
    expect(parseMetadata(raw).spansInput).toBe('spans');
    for (const bad of ['', 'ids', 3]) {
      raw.spansInput = bad;
      expect(() => parseMetadata(raw)).toThrow(/spansInput must be a string naming a second input/);
    }
  });

  it('reads the hate floor from the metadata and refuses one that is no probability', () => {
    const raw = JSON.parse(JSON.stringify(meta)) as { rules: { balanced: Record<string, unknown> } };
    raw.rules.balanced.hateDecisionFloor = 0.1;
    expect(parseMetadata(raw).rules.balanced.hateDecisionFloor).toBe(0.1);
    expect(parseMetadata(JSON.parse(JSON.stringify(meta))).rules.balanced.hateDecisionFloor).toBeUndefined();
    raw.rules.balanced.hateDecisionFloor = -0.5;
    expect(() => parseMetadata(raw)).toThrow(/hateDecisionFloor must be a probability/);
  });

  it('takes the per-head maximum over windows', () => {
    const merged = maxScores([
      scores({ hate_dehumanization: 0.2, propaganda_any: 0.9 }),
      scores({ hate_dehumanization: 0.8 }),
    ]);
    expect(merged.hate_dehumanization).toBe(0.8);
    expect(merged.propaganda_any).toBe(0.9);
  });
});

describe('evidenceFromDrops', () => {
  const text = 'join the caravan now brothers';
  const spans = [
    { start: 0, end: 4 },
    { start: 5, end: 8 },
    { start: 9, end: 16 },
    { start: 17, end: 20 },
    { start: 21, end: 29 },
  ];

  it('merges adjacent strong tokens into phrases, strongest first', () => {
    const drops = new Map([
      [0, 0.5],
      [1, 0.05],
      [2, 0.6],
      [4, 0.3],
    ]);
    expect(evidenceFromDrops(text, spans, drops).map((e) => e.text)).toEqual(['caravan', 'join', 'brothers']);
    const adjacent = new Map([
      [2, 0.6],
      [3, 0.5],
    ]);
    expect(evidenceFromDrops(text, spans, adjacent)).toEqual([{ text: 'caravan now', start: 9, end: 20, weight: 1.1 }]);
  });

  it('returns nothing when no word pushes towards the flag', () => {
    expect(evidenceFromDrops(text, spans, new Map([[0, -0.1]]))).toEqual([]);
  });
});
