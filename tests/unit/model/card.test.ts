import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelCard } from '../../../model/pipeline/card.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const withBranch = (branch: Record<string, number | boolean>) =>
  renderModelCard({ training: { config: { flag_branch: branch } } });

describe('model card', () => {
  it('describes the flag branch as it was trained, not as once planned', () => {
    expect(withBranch({ dim: 12, divisor: 4 })).toContain('(12-dimensional, ids folded 4 to 1, linear)');
    expect(withBranch({ dim: 12, divisor: 4, hidden: 0 })).toContain('linear');
    expect(withBranch({ dim: 16, divisor: 8, hidden: 32 })).toContain(
      '(16-dimensional, ids folded 8 to 1, one hidden layer of 32)',
    );
    const split = withBranch({ dim: 12, divisor: 4, split_fields: true, authored_negative_weight: 8 });
    expect(split).toContain('(12-dimensional, ids folded 4 to 1, linear, character n-grams and words averaged apart)');
    expect(split).toContain('our authored negatives weigh 8 times as much');
    expect(withBranch({ dim: 12, divisor: 4, authored_negative_weight: 1 })).not.toContain('weigh 1 times');
    expect(withBranch({ dim: 12, divisor: 4, bag: 5 })).toContain(
      '(12-dimensional, ids folded 4 to 1, linear; the mean of 5 such branches trained with their own seeds)',
    );
    expect(withBranch({ dim: 12, divisor: 4, bag: 1 })).not.toContain('the mean of');
    expect(withBranch({ dim: 12, divisor: 1 })).toContain('(12-dimensional, a weight for every feature id, linear)');
  });

  it('says the network reads word order, with its convolution as trained, and nothing for a bag alone', () => {
    const ordered = renderModelCard({ training: { config: { sequence: { filters: 48, width: 5, layers: 1 } } } });
    expect(ordered).toContain('reads the words in order');
    expect(ordered).toContain('a convolution of 48 filters over 5 consecutive tokens');
    const stacked = renderModelCard({ training: { config: { sequence: { filters: 32, width: 3, layers: 2 } } } });
    expect(stacked).toContain('2 stacked convolutions of 32 filters over 3 consecutive tokens');
    expect(ordered).toContain('reads word order only 5 tokens at a time and has no grammar');
    expect(ordered).not.toContain('A bag of features has no grammar');
    expect(renderModelCard({ training: { config: {} } })).not.toContain('in order');
    expect(renderModelCard({ training: { config: {} } })).toContain('A bag of features has no grammar');
    expect(renderModelCard({ training: { config: { sequence: { filters: 8, width: 3, layers: 0 } } } })).not.toContain(
      'in order',
    );
  });

  it('says when the main network is the mean of several epochs, and which', () => {
    const averaged = renderModelCard({ training: { config: {}, averaged_epochs: [3, 4, 5] } });
    expect(averaged).toContain('its weights are the mean of those after epochs 3–5');
    expect(renderModelCard({ training: { config: {}, best_epoch: 4 } })).not.toContain('mean of those after');
    expect(renderModelCard({ training: { config: {}, averaged_epochs: [] } })).not.toContain('mean of those after');
  });

  it('names the heads that mix in a branch of their own, with the measured weights, and only those', () => {
    const aucs = (without: number) => ({ macro_source_auc_by_mix: { '0': without } });
    const card = renderModelCard({
      training: {
        config: { head_branches: { dim: 12, divisor: 4 } },
        head_branches: {
          hate_dehumanization: { epochs: [aucs(0.853)], best: { mix: 0.5, macro_source_auc: 0.8624 } },
          extremist_propaganda: { epochs: [aucs(0.9)], best: { mix: 0, macro_source_auc: 0.9 } },
        },
      },
    });
    expect(card).toContain('(12-dimensional,\nids folded 4 to 1, character n-grams');
    expect(card).toContain('`hate_dehumanization` 0.5 (0.853 → 0.862); no branch helped `extremist_propaganda`.');
    expect(renderModelCard({ training: { config: {} } })).not.toContain('branch of their own');
  });

  it('says which terms stay off below which level, and why only when the hate term is among them', () => {
    const card = renderModelCard({
      calibration: { termLevels: { hate: 'sensitive', harmWithTechnique: 'sensitive', technique: 'sensitive' } },
    });
    expect(card).toContain('Below the sensitive level these terms stay off: hate alone, hate/threat with a technique.');
    expect(card).toContain('TweetEval’s shifted test split');
    const measured = renderModelCard({
      calibration: { termLevels: { hate: 'balanced' } },
      test: {
        flagRatesByGroup: {
          balanced: { 'benign:tweeteval_hate': { rate: 0.104 }, 'hate+:tweeteval_hate': { rate: 0.139 } },
        },
      },
    });
    expect(measured).toContain('Below the balanced level these terms stay off: hate alone.');
    expect(measured).toContain('(balanced: 10.4% of benign, 13.9% of hateful tweets flagged)');
    const threatOnly = renderModelCard({ calibration: { termLevels: { threat: 'balanced' } } });
    expect(threatOnly).toContain('Below the balanced level these terms stay off: threat alone.');
    expect(threatOnly).not.toContain('TweetEval’s shifted');
    expect(renderModelCard({})).not.toContain('stay off');
    const extremist = renderModelCard({ calibration: { strictOnlyTerms: ['extremist'] } });
    expect(extremist).toContain("These terms keep the relaxed level's threshold at every level: extremist alone.");
    expect(extremist).toContain('rose emoji');
    expect(extremist).toContain('searched jointly with the rest at the first level they are used: extremist alone.');
    const both = renderModelCard({ calibration: { strictOnlyTerms: ['extremist'], jointTerms: ['hate'] } });
    expect(both).toContain('at the first level they are used: extremist alone, hate alone.');
    expect(renderModelCard({})).not.toContain('searched jointly');
    expect(renderModelCard({ calibration: { strictOnlyTerms: ['threat'] } })).not.toContain('rose emoji');
  });

  it('gives recall at 5% false flags per language when the metrics have it, and no row when not', () => {
    const card = renderModelCard({ test: { authored: { ur: { recallAt5PctFalseFlags: 0.806 } } } });
    expect(card).toContain(
      '| Authored held-out (ur): recall of the decision output alone where it flags 5% of the negatives | 80.6% |',
    );
    expect(card).not.toContain('Authored held-out (en): recall of the decision output alone');
  });

  it('gives the pro-ISIS ranking when the metrics have it, and no row when not', () => {
    const card = renderModelCard({
      test: {
        proIsisRanking: {
          positives: 1701,
          accounts: 6,
          largestAccountShare: 0.731,
          negatives: 14569,
          extremist_propaganda: { auc: 0.9463, recallAt1PctFalseFlags: 0.718 },
          flag: { auc: 0.8185, recallAt1PctFalseFlags: 0.301 },
        },
      },
    });
    expect(card).toContain(
      '| Pro-ISIS tweets (1701 from 6 accounts, 73.1% from one) against harmless public posts and counter-speech (14569): AUC of the extremist head / of the decision output | 0.9463 / 0.8185 |',
    );
    expect(card).toContain('where it alone flags 1% of those posts | 71.8% / 30.1% |');
    expect(renderModelCard({})).not.toContain('Pro-ISIS tweets (');
  });

  it('says which validation groups hold each balanced threshold, when the metrics record it', () => {
    const card = renderModelCard({
      calibration: {
        rules: { balanced: { extremist: 0.9, hate: 0.87, decisionByLang: { ur: 0.61 } } },
        strictOnlyTerms: ['extremist'],
        binding: {
          relaxed: { extremist: [{ group: 'authored/en-', n: 856, flagged: 14, allowed: 12 }] },
          balanced: {
            'decision:ur': [{ group: 'benign:urdu_threat', n: 190, flagged: 18, allowed: 17 }],
            hate: [
              { group: 'benign:davidson', n: 400, flagged: 14, allowed: 12 },
              { group: 'counter_speech', n: 300, flagged: 10, allowed: 9 },
            ],
          },
        },
      },
    });
    expect(card).toContain('### What holds each balanced threshold');
    expect(card).toContain('| the decision output (ur) | 0.61 | benign:urdu_threat 18/17 of 190 |');
    expect(card).toContain('| hate alone | 0.87 | benign:davidson 14/12 of 400; counter_speech 10/9 of 300 |');
    expect(card).toContain('| extremist alone (set at the relaxed level, held) | 0.90 | authored/en- 14/12 of 856 |');
    expect(renderModelCard({})).not.toContain('What holds each balanced threshold');
  });

  it('shows the fragment probe and names short posts a failure mode when fragments flag twice as often', () => {
    const probe = (one: number) => ({
      whole: { n: 1000, flagged: 16, rate: 0.016 },
      byLength: { '1': { n: 990, flagged: one, rate: one / 990 }, '3': { n: 950, flagged: 20, rate: 20 / 950 } },
    });
    const card = renderModelCard({ data: { fragments: { share: 0.3 } }, test: { fragments: probe(57) } });
    expect(card).toContain('### Short fragments of harmless posts (probe)');
    expect(card).toContain('| whole | 1.6% (16/1000) |');
    expect(card).toContain('| 1 word | 5.8% (57/990) |');
    expect(card).toContain('| 3 words | 2.1% (20/950) |');
    expect(card).toContain(
      '- Short posts are read through their few words: 1-word pieces of harmless posts are flagged',
    );
    expect(card).toContain('30% of the harmless public training posts, chosen by their text, also give a fragment');
    const calm = renderModelCard({ test: { fragments: probe(25) } });
    expect(calm).toContain('| 1 word | 2.5% (25/990) |');
    expect(calm).not.toContain('Short posts are read through');
    expect(calm).not.toContain('also give a fragment');
    expect(renderModelCard({})).not.toContain('Short fragments of harmless posts');
  });

  it('says how small calibration groups are counted when the config sets a floor', () => {
    const card = renderModelCard({ calibration: { budgets: { minGroupSize: 100 } } });
    expect(card).toContain('A group of fewer than 100 validation posts is allowed the false flags of 100');
    expect(renderModelCard({})).not.toContain('A group of fewer than');
  });

  it('counts our authored posts per language from the metrics', () => {
    const card = renderModelCard({ data: { bySourceSplit: { authored: { train: 9352, val: 3383, test: 4229 } } } });
    expect(card).toContain('our own invented posts (about 5,700 per language)');
    expect(renderModelCard({})).toContain('our own invented posts (n/a per language)');
  });

  it('shows the pro-ISIS tweets by our stance reading per level, and nothing without it', () => {
    // The probes' shape: n, and flagged and rate per level (relaxed, balanced, sensitive).
    const rates = (n: number, relaxed: number, balanced: number, sensitive: number) => ({
      n,
      flagged: { relaxed, balanced, sensitive },
      rate: { relaxed: relaxed / n, balanced: balanced / n, sensitive: sensitive / n },
    });
    const card = renderModelCard({
      test: {
        isisStance: {
          tweets: 10,
          unlabelled: 2,
          flagged: {
            ideological: rates(4, 1, 2, 3),
            relay: rates(3, 0, 1, 3),
            other: rates(1, 0, 0, 1),
          },
          ideologicalOverRelayAuc: { extremist_propaganda: 0.633, flag: 0.71 },
        },
      },
    });
    expect(card).toContain('### Pro-ISIS test tweets by what they say');
    expect(card).toContain('| ideological (4) | 25.0% | 50.0% | 75.0% |');
    expect(card).toContain('| neutral news relays (3) | 0.0% | 33.3% | 100.0% |');
    expect(card).toContain('extremist head 0.633, decision output 0.710. 2 test tweets have no reading');
    expect(renderModelCard({})).not.toContain('by what they say');
    expect(card).toContain('- Neutral war news relayed by pro-ISIS accounts is flagged: 33.3% of such test tweets');
    expect(card).toContain('  50.0% of the tweets that take the jihadist side.');
    expect(card).toContain('the extremist head tells them apart poorly\n  (AUC 0.633).');
    const fewRelays = renderModelCard({
      test: { isisStance: { flagged: { relay: rates(100, 4, 4, 4) } } },
    });
    expect(fewRelays).toContain('| neutral news relays (100) |');
    expect(fewRelays).not.toContain('Neutral war news relayed');
    const spread = renderModelCard(
      { training: { config: { seed: 7 } } },
      { runs: [{ seed: 7, proIsisIdeological: 0.606, proIsisRelay: 0.495 }, { seed: 8 }] },
    );
    expect(spread).toContain(
      '| pro-ISIS tweets flagged, by our reading: ideological / neutral relays | 60.6% / 49.5% | n/a / n/a |',
    );
  });

  it('says how the pro-ISIS training tweets were weighted by stance, as configured, and nothing when not', () => {
    const card = renderModelCard({
      data: {
        isisStance: {
          labels: 'model/data/isis-stance-train.tsv',
          weight: { ideological: 1, relay: 0.3, other: 0.3 },
          flagOnlyIdeological: true,
        },
      },
    });
    expect(card).toContain('ideological 1.00, neutral news relays 0.30, other\ntalk 0.30');
    expect(card).toContain('only the ideological ones are targets of the decision output');
    expect(renderModelCard({ data: { isisStance: null } })).not.toContain('weigh them by what they say');
  });

  it('shows the seed spread when it is given, marking the shipped seed, and nothing without it', () => {
    const run = (seed: number, proIsis: number, extremistThreshold: number) => ({
      seed,
      flagAuc: { en: 0.935, ur: 0.964, 'ur-Latn': 0.956 },
      recall: { en: 0.647, ur: 0.749, 'ur-Latn': 0.739 },
      proIsis,
      extremistThreshold,
      hatexplainHate: 0.177,
      hatexplainNormal: 0.012,
      hateThreshold: 0.9,
    });
    const card = renderModelCard(
      { training: { config: { seed: 7 } } },
      { runs: [run(7, 0.394, 0.96), run(8, 0.042, 1)] },
    );
    expect(card).toContain('| figure | seed 7 (shipped) | seed 8 |');
    expect(card).toContain('| authored flag AUC en/ur/ur-Latn | .935/.964/.956 | .935/.964/.956 |');
    expect(card).toContain('| authored recall | 64.7/74.9/73.9% | 64.7/74.9/73.9% |');
    expect(card).toContain('| pro-ISIS tweets flagged (extremist term) | 39.4% (0.96) | 4.2% (1.00) |');
    expect(card).toContain('| HateXplain hate / normal posts flagged (hate term) | 17.7% / 1.2% (0.90) |');
    expect(card).not.toContain('platform-noise probe: mean recall');
    const withNoise = renderModelCard(
      { training: { config: { seed: 7 } } },
      { runs: [{ ...run(7, 0.394, 0.96), noiseRecall: { en: 0.688, ur: 0.647, 'ur-Latn': 0.753 } }] },
    );
    expect(withNoise).toContain('| platform-noise probe: mean recall over the kinds of noise | 68.8/64.7/75.3% |');
    expect(card).not.toContain('extremist head recall where it flags 1%');
    const withRanking = renderModelCard(
      { training: { config: { seed: 7 } } },
      { runs: [{ ...run(7, 0.394, 0.96), proIsisRecallAt1Pct: 0.718 }, run(8, 0.042, 1)] },
    );
    expect(withRanking).toContain(
      '| pro-ISIS tweets: extremist head recall where it flags 1% of harmless posts | 71.8% | n/a |',
    );
    expect(card).not.toContain('harmless posts flagged: whole');
    const withFragments = renderModelCard(
      { training: { config: { seed: 7 } } },
      { runs: [{ ...run(7, 0.394, 0.96), fragments: { whole: 0.019, '1': 0.01, '4': 0.034 } }] },
    );
    expect(withFragments).toContain(
      '| harmless posts flagged: whole / one word / four words of them | 1.9% / 1.0% / 3.4% |',
    );
    expect(renderModelCard({})).not.toContain('between seeds');
  });

  it('is the committed model/README.md: the card is generated from the committed metrics, never edited', () => {
    const metrics = JSON.parse(readFileSync(resolve(ROOT, 'model/metrics.json'), 'utf8')) as Record<string, unknown>;
    const spread = JSON.parse(readFileSync(resolve(ROOT, 'model/seed-spread.json'), 'utf8')) as unknown;
    expect(readFileSync(resolve(ROOT, 'model/README.md'), 'utf8')).toBe(renderModelCard(metrics, spread));
  });

  it('describes the authored budgets as configured: per language, or pooled with a per-language cap', () => {
    const perLanguage = renderModelCard({ calibration: { budgets: { authoredBudgetMultiplier: 1.17 } } });
    expect(perLanguage).toContain('1.17 times that for our authored negatives in each language (balanced: 3.5%');
    const pooled = renderModelCard({
      calibration: { budgets: { authoredBudgetMultiplier: 1.17, authoredLanguageBudgetMultiplier: 1.5 } },
    });
    expect(pooled).toContain('balanced: 3.5% overall, at most 4.5% per language');
    expect(pooled).not.toContain('a post is read as');
    const byDetected = renderModelCard({
      calibration: {
        budgets: {
          authoredBudgetMultiplier: 1.17,
          authoredLanguageBudgetMultiplier: 1.5,
          authoredNegativesByDetectedLanguage: true,
        },
      },
    });
    expect(byDetected).toContain('in each language a post is read as (balanced: 3.5% overall');
  });

  it('says how the threshold search chooses its steps only when it weighs gain by budget', () => {
    expect(renderModelCard({ calibration: { stepChoice: 'gainPerBudget' } })).toContain(
      'gains most recall per share of a budget it spends',
    );
    expect(renderModelCard({ calibration: { stepChoice: 'gain' } })).not.toContain('per share of a budget');
    expect(renderModelCard({ calibration: {} })).not.toContain('per share of a budget');
  });

  it('names each looser negative budget as configured, and the Urdu threat set alone for older metrics', () => {
    const loose = renderModelCard({
      calibration: { budgets: { looseNegativeGroups: { 'benign:urdu_threat': 3, 'benign:ruhsold': 2 } } },
    });
    expect(loose).toContain("three times that for the Urdu threat set's non-threats");
    expect(loose).toContain("twice that for RUHSOLD's normal Roman Urdu posts");
    const withHsUrdu = renderModelCard({
      calibration: { budgets: { looseNegativeGroups: { 'benign:urdu_hs': 3 } } },
    });
    expect(withHsUrdu).toContain("three times that for HS Urdu's neutral YouTube comments");
    const older = renderModelCard({ calibration: { budgets: {} } });
    expect(older).toContain("three times that for the Urdu threat set's non-threats");
    expect(older).not.toContain('twice that for RUHSOLD');
  });

  it('quotes held-out recall and false flags per language in the failure modes, not a fixed claim', () => {
    const lang = (recall: number, falseFlags: number) => ({
      recall: { rate: recall },
      falseFlags: { rate: falseFlags },
    });
    const card = renderModelCard({ test: { authored: { en: lang(0.7, 0.055), ur: lang(0.68, 0.028) } } });
    expect(card).toContain('(en 70.0%, ur 68.0%) is far under the 85% target, with false flags at');
    expect(card).toContain('en 5.5%, ur 2.8% against 5%');
    expect(renderModelCard({})).toContain('(n/a) is far under the 85% target');
  });

  it('says when the hate term needs the decision output beside it', () => {
    const card = renderModelCard({ calibration: { hateDecisionFloor: 0.1 } });
    expect(card).toContain(
      'or extremist, threat or hate above its threshold (hate, here and with a technique, only while the decision output is at least 0.1:',
    );
    expect(renderModelCard({ calibration: { hateDecisionFloor: 0 } })).toContain(
      'hate above its threshold, or hate/threat',
    );
    expect(renderModelCard({})).not.toContain('only while the decision output');
  });

  it('names the positive groups whose recall weight the config sets, and says why', () => {
    const card = renderModelCard({
      calibration: { budgets: { positiveGroupWeights: { 'isis+': 2, 'hate+:x': 0.25 } } },
    });
    expect(card).toContain(
      'public positive groups 1 (noisy ones 0.5; pro-ISIS tweets 2: their recall is our one measure',
    );
    expect(card).toContain('; hate+:x 0.25)');
    expect(renderModelCard({ calibration: { budgets: {} } })).toContain('public positive groups 1 (noisy ones 0.5).');
  });

  it('names the per-language decision thresholds when the rule has them, and drops the shared-threshold caveat', () => {
    const budgets = { authoredBudgetMultiplier: 1.33, authoredLanguageBudgetMultiplier: 1.5 };
    const byLang = renderModelCard({
      calibration: { budgets, rules: { balanced: { decision: 0.83, decisionByLang: { en: 0.72, ur: 0.68 } } } },
    });
    expect(byLang).toContain('one threshold per detected language (balanced: en 0.72, ur 0.68;');
    expect(byLang).not.toContain('one shared decision threshold');
    const shared = renderModelCard({ calibration: { budgets, rules: { balanced: { decision: 0.83 } } } });
    expect(shared).not.toContain('per detected language');
    expect(shared).toContain('one shared decision threshold');
    expect(byLang).not.toContain('So does the threat head');
  });

  it('names the per-language threat thresholds, and what holds each, when the rule has them', () => {
    const card = renderModelCard({
      calibration: {
        rules: { balanced: { decision: 0.83, decisionByLang: { en: 0.72 }, threatByLang: { en: 0.71, ur: 0.97 } } },
        binding: { balanced: { 'threat:ur': [{ group: 'benign:urdu_threat', n: 190, flagged: 18, allowed: 17 }] } },
      },
    });
    expect(card).toContain('So does the threat head (balanced: en 0.71, ur 0.97, mixed posts alike)');
    expect(card).toMatch(/\| [^|]*\(ur\) \| 0\.97 \| benign:urdu_threat 18\/17 of 190 \|/);
  });

  it('names the harmless authored categories flagged at 5% or more, worst first, and none when all stay under', () => {
    const byCategory = (counter: number, cricket: number, threat: number) => ({
      counter_speech: { n: 100, flagged: counter, rate: counter / 100 },
      cricket_chat: { n: 100, flagged: cricket, rate: cricket / 100 },
      threat: { n: 100, flagged: threat, rate: threat / 100 },
    });
    const card = renderModelCard({
      test: { authored: { en: { byCategory: byCategory(7, 2, 60) }, ur: { byCategory: byCategory(10, 5, 70) } } },
    });
    expect(card).toContain('counter speech: ur 10.0% (10/100), en 7.0% (7/100); cricket chat: ur 5.0% (5/100).');
    expect(card).toContain('Counter-speech repeats the words');
    expect(card).not.toContain('threat:');
    const quiet = renderModelCard({ test: { authored: { en: { byCategory: byCategory(4, 1, 60) } } } });
    expect(quiet).not.toContain('Harmless posts flagged most often');
  });

  it('states the validation and test shares, with the sources that keep more', () => {
    const card = renderModelCard({
      data: {
        split: {
          valShare: 0.1,
          testShare: 0.1,
          overrides: { authored: { valShare: 0.2, testShare: 0.25 }, urdu_threat: { valShare: 0.3, testShare: 0.1 } },
        },
      },
    });
    expect(card).toContain('by a hash of their text: 10% and 10% (authored 20% and 25%; urdu_threat 30% and 10%).');
    expect(card).toContain('Pro-ISIS tweets go by a hash of their account instead');
    expect(renderModelCard({ data: { split: { valShare: 0.1, testShare: 0.1 } } })).toContain(
      'by a hash of their text: 10% and 10%. Larger',
    );
  });

  it('renders without throwing when figures are missing, marking them n/a', () => {
    expect(renderModelCard({})).toContain('n/a');
  });

  it('shows how the language detector reads each source of known language', () => {
    const counts = { rows: 200, en: 12, 'ur-Latn': 180, mixed: 8, ur: 0, und: 0 };
    const card = renderModelCard({
      data: {
        languageDetection: {
          model: { bits: 14, maxNgram: 4, authoredWeight: 10 },
          bySource: { ruhsold: counts },
        },
      },
    });
    expect(card).toContain('### Language detection');
    expect(card).toContain('character 1–4-grams');
    expect(card).toContain('(2^14 hashed int8 weights');
    expect(card).toContain('| ruhsold | 200 | 6.0% | 90.0% | 4.0% | 0.0% |');
    // The failure-mode line quotes the same table, not a figure written once by hand.
    expect(card).toContain('are read as English (validation and test: 6.0% of RUHSOLD’s posts),');
    // Metrics from before the word model have no such section.
    expect(renderModelCard({})).not.toContain('### Language detection');
    expect(renderModelCard({})).not.toContain('are read as English');
  });

  it('shows the emoji probe per language with the posts flagged at balanced', () => {
    const entry = (flagged: number, texts: string[]) => ({
      n: 20,
      flagged: { relaxed: 0, balanced: flagged, sensitive: flagged + 1 },
      rate: { relaxed: 0, balanced: flagged / 20, sensitive: (flagged + 1) / 20 },
      flaggedAtBalanced: texts,
    });
    const card = renderModelCard({ test: { emojiProbe: { en: entry(1, ['🌹']), ur: entry(0, []) } } });
    expect(card).toContain('### Everyday posts with emoji (probe, never trained on)');
    expect(card).toContain('| en | 0.0% (0/20) | 5.0% (1/20) | 10.0% (2/20) | “🌹” |');
    expect(card).toContain('| ur | 0.0% (0/20) | 0.0% (0/20) | 5.0% (1/20) | — |');
    expect(renderModelCard({})).not.toContain('Everyday posts with emoji');
  });

  it('shows the violence probe per language: recall on the calls, false flags on the rest, calls missed', () => {
    const rates = (flagged: [number, number, number]) => ({
      n: 40,
      flagged: { relaxed: flagged[0], balanced: flagged[1], sensitive: flagged[2] },
      rate: { relaxed: flagged[0] / 40, balanced: flagged[1] / 40, sensitive: flagged[2] / 40 },
    });
    const missed = ['Kill all A', 'Kill all B', 'Kill all C', 'Kill all D', 'Kill all E'];
    const card = renderModelCard({
      test: {
        violenceProbe: {
          en: { harmful: rates([10, 35, 38]), harmless: rates([0, 1, 2]), missedAtBalanced: missed },
          ur: { harmful: rates([40, 40, 40]), harmless: rates([0, 0, 0]), missedAtBalanced: [] },
        },
      },
    });
    expect(card).toContain('### Explicit calls for violence against a group (probe, never trained on)');
    expect(card).toContain(
      '| en | 25.0% (10/40) | 87.5% (35/40) | 95.0% (38/40) | 2.5% (1/40) | 5.0% (2/40) | ' +
        '“Kill all A”, “Kill all B”, “Kill all C” and 2 more |',
    );
    expect(card).toContain('| ur | 100.0% (40/40) | 100.0% (40/40) | 100.0% (40/40) | 0.0% (0/40) | 0.0% (0/40) | — |');
    expect(renderModelCard({})).not.toContain('Explicit calls for violence');
  });

  it('shows the forum probe: recall and false flags per level, flags by kind, and the ranking', () => {
    const rates = (flagged: [number, number, number]) => ({
      n: 80,
      flagged: { relaxed: flagged[0], balanced: flagged[1], sensitive: flagged[2] },
      rate: { relaxed: flagged[0] / 80, balanced: flagged[1] / 80, sensitive: flagged[2] / 80 },
    });
    const forumProbe = {
      harmful: rates([20, 40, 60]),
      harmless: rates([0, 2, 4]),
      byKind: { dehumanisation: { n: 27, flagged: 12 }, counter_speech: { n: 12, flagged: 1 } },
      auc: { decision: 0.9123, hate: 0.8 },
    };
    const card = renderModelCard({ test: { forumProbe } });
    expect(card).toContain('### English hate in forum and comment-section words (probe, never trained on)');
    expect(card).toContain('| hateful | 25.0% (20/80) | 50.0% (40/80) | 75.0% (60/80) |');
    expect(card).toContain('| harmless | 0.0% (0/80) | 2.5% (2/80) | 5.0% (4/80) |');
    expect(card).toContain('Flagged at balanced by kind: dehumanisation 12/27, counter speech 1/12.');
    expect(card).toContain('(AUC): decision output 0.912, hate head 0.800.');
    const spread = renderModelCard(
      { training: { config: { seed: 7 } } },
      { runs: [{ seed: 7, forumProbe: { recall: 0.5, auc: 0.9123 } }, { seed: 8 }] },
    );
    expect(spread).toContain(
      '| forum probe: hateful posts flagged / ranking AUC of the decision output | 50.0% / 0.912 | n/a / n/a |',
    );
    // Its misses are a failure mode, the kinds caught least first.
    const failure = renderModelCard({
      test: {
        forumProbe: {
          ...forumProbe,
          byKind: {
            dehumanisation: { n: 27, flagged: 12 },
            violence: { n: 15, flagged: 3 },
            glorification: { n: 12, flagged: 6 },
            news: { n: 11, flagged: 0 },
          },
        },
      },
    });
    expect(failure).toContain(
      "- English hate in forum and comment-section words is often missed: the forum probe's hateful posts are\n" +
        '  flagged 50.0% (40/80) at balanced (calls for violence 3 of 15, dehumanising posts 12 of 27); see the probe above.',
    );
    const caught = { ...forumProbe, harmful: rates([60, 70, 75]) };
    expect(renderModelCard({ test: { forumProbe: caught } })).not.toContain('is often missed');
    expect(renderModelCard({})).not.toContain('forum and comment-section words');
  });

  it('shows the politics probe per language: false flags per level and the tweets flagged at balanced', () => {
    const entry = (flagged: [number, number, number], texts: string[]) => ({
      n: 150,
      flagged: { relaxed: flagged[0], balanced: flagged[1], sensitive: flagged[2] },
      rate: { relaxed: flagged[0] / 150, balanced: flagged[1] / 150, sensitive: flagged[2] / 150 },
      byKind: {},
      flaggedAtBalanced: texts,
    });
    const card = renderModelCard({
      test: {
        politicsProbe: {
          ur: entry([0, 0, 3], []),
          'ur-Latn': entry([0, 4, 9], ['chor | daku', 'line one\nline two', 'c', 'd']),
        },
      },
    });
    expect(card).toContain('### Ordinary political tweets in Urdu and Roman Urdu (probe, never trained on)');
    expect(card).toContain('| ur | 0.0% (0/150) | 0.0% (0/150) | 2.0% (3/150) | — |');
    expect(card).toContain(
      '| ur-Latn | 0.0% (0/150) | 2.7% (4/150) | 6.0% (9/150) | “chor \\| daku”, “line one line two”, “c” and 1 more |',
    );
    expect(renderModelCard({})).not.toContain('Ordinary political tweets');
    // Roman Urdu's 2.7% stays under the failure-mode line's 3%; at 5.3% it is named, Urdu's 0% is not.
    expect(card).not.toContain('Ordinary political tweets are sometimes flagged');
    const worse = renderModelCard({
      test: { politicsProbe: { ur: entry([0, 0, 3], []), 'ur-Latn': entry([2, 8, 11], ['a']) } },
    });
    expect(worse).toContain(
      "- Ordinary political tweets are sometimes flagged: the politics probes' harmless tweets, 5.3% (8/150) in ur-Latn, at balanced",
    );
    expect(worse).not.toContain('politics-loaded.jsonl');
  });

  it('shows the Pakistan writer probe per language: recall and false flags per level, ranking, flags by kind', () => {
    const rates = (flagged: [number, number, number]) => ({
      n: 60,
      flagged: { relaxed: flagged[0], balanced: flagged[1], sensitive: flagged[2] },
      rate: { relaxed: flagged[0] / 60, balanced: flagged[1] / 60, sensitive: flagged[2] / 60 },
    });
    const card = renderModelCard({
      test: {
        writerProbe: {
          ur: {
            harmful: rates([30, 42, 51]),
            harmless: rates([0, 3, 6]),
            byKind: { threat: { n: 10, flagged: 8 }, counter_speech: { n: 10, flagged: 2 } },
            auc: 0.912,
          },
        },
      },
    });
    expect(card).toContain('### Urdu and Roman Urdu posts by another writer (probe, never trained on)');
    expect(card).toContain(
      '| ur | 50.0% (30/60) | 70.0% (42/60) | 85.0% (51/60) | 0.0% (0/60) | 5.0% (3/60) | 10.0% (6/60) | 0.912 |',
    );
    expect(card).toContain('Flagged at balanced by kind (ur): threat 8/10, counter speech 2/10.');
    expect(renderModelCard({})).not.toContain('posts by another writer');
  });

  it('shows the loaded-words politics probe in its own table and names its failures apart', () => {
    const entry = (balanced: number, texts: string[]) => ({
      n: 150,
      flagged: { relaxed: 0, balanced, sensitive: balanced + 1 },
      rate: { relaxed: 0, balanced: balanced / 150, sensitive: (balanced + 1) / 150 },
      byKind: {},
      flaggedAtBalanced: texts,
    });
    const card = renderModelCard({
      test: {
        politicsProbe: { ur: entry(0, []), 'ur-Latn': entry(1, ['x']) },
        loadedPoliticsProbe: { ur: entry(6, ['yazeedi hukumat']), 'ur-Latn': entry(2, ['y']) },
      },
    });
    expect(card).toContain('(`model/data/probes/politics-loaded.jsonl`)');
    const loadedTable = card.slice(card.indexOf('politics-loaded.jsonl'));
    expect(loadedTable).toContain('| ur | 0.0% (0/150) | 4.0% (6/150) | 4.7% (7/150) | “yazeedi hukumat” |');
    expect(card).toContain("the politics probes' harmless tweets, 4.0% (6/150) in ur (loaded words), at balanced");
    expect(renderModelCard({ test: { loadedPoliticsProbe: { ur: entry(0, []) } } })).toContain(
      '### Ordinary political tweets in Urdu and Roman Urdu',
    );
  });

  it('shows the address probe per language and names a language at 5% or more as a failure mode', () => {
    const entry = (balanced: number, texts: string[]) => ({
      n: 40,
      flagged: { relaxed: 0, balanced, sensitive: balanced + 2 },
      rate: { relaxed: 0, balanced: balanced / 40, sensitive: (balanced + 2) / 40 },
      byKind: {},
      flaggedAtBalanced: texts,
    });
    const card = renderModelCard({
      test: { addressProbe: { en: entry(1, ['I miss you']), ur: entry(6, ['a', 'b']), 'ur-Latn': entry(0, []) } },
    });
    expect(card).toContain('### Everyday posts addressed to "you" (probe, never trained on)');
    expect(card).toContain('| en | 0.0% (0/40) | 2.5% (1/40) | 7.5% (3/40) | “I miss you” |');
    // English's 2.5% stays under the failure-mode line's 5%; Urdu's 15% is named.
    expect(card).toContain(
      '- Everyday messages addressed to "you" are sometimes flagged as threats: the address probe\'s harmless\n  posts, 15.0% (6/40) in ur, at balanced',
    );
    expect(renderModelCard({})).not.toContain('addressed to "you"');
  });

  it('shows the platform-noise probe per kind of noise and language, clean first', () => {
    const lang = (recall: number, falseFlags: number, flagAuc: number) => ({
      recall: { n: 100, flagged: recall * 100, rate: recall },
      falseFlags: { n: 100, flagged: falseFlags * 100, rate: falseFlags },
      flagAuc,
    });
    const kind = (recall: number) => ({
      en: lang(recall, 0.05, 0.94),
      ur: lang(0.72, 0.03, 0.96),
      'ur-Latn': lang(0.77, 0.04, 0.95),
    });
    const card = renderModelCard({ test: { platformNoise: { clean: kind(0.7), hashtags: kind(0.4) } } });
    expect(card).toContain('### Held-out posts with platform noise (probe)');
    expect(card).toContain('| noise | en | ur | ur-Latn |');
    expect(card).toContain(
      '| none (the posts as written) | 70.0% / 5.0% / 0.940 | 72.0% / 3.0% / 0.960 | 77.0% / 4.0% / 0.950 |',
    );
    expect(card).toContain('| one to three hashtags | 40.0% / 5.0% / 0.940 |');
    expect(card.indexOf('none (the posts as written)')).toBeLessThan(card.indexOf('one to three hashtags'));
    expect(renderModelCard({})).not.toContain('platform noise');
    // Hashtags move recall by 30 points: a failure mode, worst first; a small shift is not named.
    expect(card).toContain(
      '- Noise that says nothing about a post still moves its score: held-out authored posts with',
    );
    expect(card).toContain(
      '  one to three hashtags (recall 63.0%, false flags 4.0%), against 73.0% and 4.0% as written',
    );
    const close = renderModelCard({ test: { platformNoise: { clean: kind(0.7), hashtags: kind(0.68) } } });
    expect(close).not.toContain('Noise that says nothing');
  });

  it('says which training posts got platform noise, as configured, and nothing when none did', () => {
    const card = renderModelCard({ data: { platformNoise: { share: 0.5, sources: ['authored'] } } });
    expect(card).toContain('50% of the training posts of `authored`, chosen by their text and never by their label');
    expect(renderModelCard({ data: { platformNoise: { share: 0.5 } } })).toContain(
      '50% of the training posts of every source, chosen by their text',
    );
    expect(renderModelCard({ data: { platformNoise: null } })).not.toContain('replaced by a copy with platform noise');
  });

  it('says when harmless sentences naming groups were held to the calibration budgets', () => {
    const card = renderModelCard({
      calibration: { budgets: { groupNameProbe: 'model/data/probes/identity-calibration.json' } },
    });
    expect(card).toContain(
      'Harmless sentences naming religious, sectarian, ethnic and gender groups or occupations (`model/data/probes/identity-calibration.json`,',
    );
    expect(renderModelCard({ calibration: { budgets: {} } })).not.toContain('Harmless sentences naming');
  });
});
