import { HEADS, type Head } from '../../utils/classifier/heads.ts';
import type { Lang, Script } from '../../utils/classifier/language.ts';
import {
  DECISION_LANGS,
  ruleFor,
  type DecisionLang,
  type FlagRule,
  type Sensitivity,
} from '../../utils/classifier/metadata.ts';
import { ruleFires, type Scores } from '../../utils/classifier/postprocess.ts';
import type { ClassifierService } from '../../utils/classifier/service.ts';
import { bestF1Threshold, type CalibrationExample } from './calibrate.ts';
import type { DatasetRow } from './dataset.ts';
import { macroF1, recallAtFalseFlagRate, rocAuc, round } from './metrics.ts';

export interface ScoredRow {
  row: DatasetRow;
  scores: Scores;
  /** The language and script(s) the classifier detected (they pick the decision threshold). */
  lang?: Lang;
  script?: Script;
}

/**
 * `rows` as the model scores `texts`, one text per row: the row's own text, or a changed copy of it
 * (a probe's noisy or cut version), so that the row's labels and tags go with the new scores.
 */
export async function scoreTextsAs(
  classifier: ClassifierService,
  rows: readonly DatasetRow[],
  texts: readonly string[],
): Promise<ScoredRow[]> {
  const results = await classifier.classify(texts, { evidence: false });
  return rows.map((row, i) => ({
    row,
    scores: results[i]!.scores,
    lang: results[i]!.lang,
    script: results[i]!.script,
  }));
}

/** How the calibration weighs groups (model/config.json `calibration`). */
export interface CalibrationWeights {
  /** Weight of our own authored positives in the recall objective (public positive groups weigh 1). */
  authoredPositiveWeight?: number;
  /** Multiplier of the false-flag budget for our authored negatives (the issue allows 5% there). */
  authoredBudgetMultiplier?: number;
  /**
   * When set, `authoredBudgetMultiplier` bounds the authored negatives of all languages together
   * (group `authored/all-`) and this multiplier each language's own. One shared decision threshold
   * bound by three per-language groups of ~500 posts sits where the noisiest of them puts it; the
   * pooled group has three times the posts, and the per-language bound still caps each language.
   */
  authoredLanguageBudgetMultiplier?: number;
  /** Each authored negative counts against the budget of the language it is read as (`authoredNegativeGroup`). */
  authoredNegativesByDetectedLanguage?: boolean;
  /**
   * Negative groups too noisy for the normal budget but still bounded, with their multiplier
   * (e.g. `benign:urdu_threat`: its non-threats come from the threads of its threats).
   */
  looseNegativeGroups?: Record<string, number>;
  /**
   * Positive groups whose weight in the recall objective is set here rather than by the defaults of
   * `positiveWeight` (e.g. `isis+`: see model/config.json and the model card).
   */
  positiveGroupWeights?: Record<string, number>;
}

/** The authored negatives of all languages as one calibration group (see `authoredLanguageBudgetMultiplier`). */
export const POOLED_AUTHORED_NEGATIVES = 'authored/all-';

const DETECTED_LANGS: ReadonlySet<string> = new Set(DECISION_LANGS);

/**
 * The per-language budget group of an authored negative, by the language the detector reads it as
 * (`byDetectedLanguage`) when that is one of the decision languages: each per-language threshold is
 * then bounded by the posts it decides. By the file's language, English posts read as Roman Urdu
 * (about 8% of them: code-mixed) held the Roman Urdu threshold through the English budget, which the
 * English threshold had already spent; in two runs Roman Urdu stopped at 0.59–0.62 (recall 68%).
 * Mixed posts get a group of their own: in Latin letters they take the stricter of the English and
 * Roman Urdu thresholds, so in the English group they let English posts hold Roman Urdu again.
 */
function authoredNegativeGroup(group: string, lang: Lang | undefined, byDetectedLanguage: boolean): string {
  if (!byDetectedLanguage || lang === undefined) return group;
  if (DETECTED_LANGS.has(lang) || lang === 'mixed') return `authored/${lang}-`;
  return group;
}

/** How much a negative group may exceed the base false-flag budget: swearing is a softer failure than flagging news. */
export function budgetMultiplier(group: string, weights: CalibrationWeights = {}): number {
  if (group === POOLED_AUTHORED_NEGATIVES) return weights.authoredBudgetMultiplier ?? 1;
  if (group.startsWith('authored/'))
    return weights.authoredLanguageBudgetMultiplier ?? weights.authoredBudgetMultiplier ?? 1;
  const loose = weights.looseNegativeGroups?.[group];
  if (loose !== undefined) return loose;
  return group.split(':')[0] === 'offensive' ? 2 : 1;
}

/**
 * Weight of each positive group in the calibration objective. Noisy sources count less: pro-ISIS
 * tweets (many are news links), the hate sets (slurs alone count as hate) and the Urdu threat set
 * (its threats and non-threats come from the same threads, see NOT_FOR_CALIBRATION).
 */
export function positiveWeight(group: string, weights: CalibrationWeights = {}): number {
  const configured = weights.positiveGroupWeights?.[group];
  if (configured !== undefined) return configured;
  if (group.startsWith('authored/')) return weights.authoredPositiveWeight ?? 2;
  if (group.startsWith('isis') || group.startsWith('hate+') || group.startsWith('threat+')) return 0.5;
  return 1;
}

/**
 * Sources whose offensive class also holds hate speech: RUHSOLD's coarse task lumps religious hate and
 * sexism into "abusive/offensive". As a training target the class is mostly abuse, which should not be
 * flagged; as a calibration group (32 validation posts, a budget of one) its hate posts vetoed the
 * hate term, stopping it at 0.97 at every level. So its offensive rows are trained on, not calibrated on.
 */
const OFFENSIVE_MAY_BE_HATE = new Set(['ruhsold_coarse']);

/**
 * The flag target of a row, by group: which rows should be flagged and which must not be.
 * Rows that say nothing about the flag (a propaganda technique in a news article) return undefined.
 */
export function calibrationGroup(row: DatasetRow): { group: string; positive: boolean } | undefined {
  const labels = row.labels;
  if (row.source === 'authored') {
    const lang = (row.tag ?? '').split('/')[0] ?? 'und';
    const positive = row.original === 'flag:1';
    return { group: `authored/${lang}${positive ? '+' : '-'}`, positive };
  }
  if (row.tag === 'counter_speech') return { group: 'counter_speech', positive: false };
  if (row.source === 'isis_fanboy') {
    // Read tweet by tweet (isisStance.ts), a relay or a reply from a pro-ISIS account is no flag target.
    if (row.isisStance !== undefined && row.isisStance !== 'ideological') return undefined;
    return { group: 'isis+', positive: true };
  }
  if (labels.violent_threat_incitement === 1) return { group: `threat+:${row.source}`, positive: true };
  if (labels.hate_dehumanization === 1) return { group: `hate+:${row.source}`, positive: true };
  if (labels.offensive_abusive === 1) return { group: `offensive:${row.source}`, positive: false };
  const known = HEADS.filter((head) => labels[head] !== undefined);
  if (known.length > 0 && known.every((head) => labels[head] === 0))
    return { group: `benign:${row.source}`, positive: false };
  return undefined;
}

/**
 * Sources too noisy to calibrate on, still reported on test: HS Urdu's hate and offensive labels
 * overlap heavily (its SOURCE.md says so), so its "offensive" rows would veto any hate term; the
 * Urdu threat set's non-threat half was collected from the same sectarian and blasphemy threads as
 * its threats and is often hateful or abusive, so it is no benign reference either. Their negatives
 * can still be bounded with a looser budget (`calibration.looseNegativeGroups`): HS Urdu's neutral
 * comments are the only Urdu-script talk from sectarian and political threads we have, and without
 * them the hate term flagged a fifth of them.
 */
const NOT_FOR_CALIBRATION = new Set(['urdu_hs', 'urdu_threat']);

/** A public post that every head its source annotates calls harmless, from a source calibration trusts. */
export function isPublicHarmless(row: DatasetRow): boolean {
  if (row.source === 'authored' || NOT_FOR_CALIBRATION.has(row.source)) return false;
  return calibrationGroup(row)?.group.startsWith('benign:') === true;
}

/**
 * Training target of the `flag` decision output: the calibration groups' verdicts. Hate speech from
 * the hate datasets is a soft positive (0.6): dehumanising posts should be flagged, but those sets
 * also call slurs and insults "hate", which alone is not what Basirat flags.
 */
export function flagTarget(row: DatasetRow): number | undefined {
  const group = calibrationGroup(row);
  if (!group) return undefined;
  if (!group.positive) return 0;
  return group.group.startsWith('hate+') ? 0.6 : 1;
}

export function calibrationExamples(
  scored: readonly ScoredRow[],
  weights: CalibrationWeights = {},
): CalibrationExample[] {
  const out: CalibrationExample[] = [];
  for (const { row, scores, lang, script } of scored) {
    const group = calibrationGroup(row);
    // A noisy source's negatives are left out unless the config bounds them with a looser budget.
    const loose = group !== undefined && weights.looseNegativeGroups?.[group.group] !== undefined;
    if (NOT_FOR_CALIBRATION.has(row.source) && !group?.positive && !loose) continue;
    if (OFFENSIVE_MAY_BE_HATE.has(row.source) && group?.group.startsWith('offensive:')) continue;
    if (!group) continue;
    if (!group.group.startsWith('authored/') || group.positive) {
      out.push({ scores, lang, script, ...group });
      continue;
    }
    const byDetected = weights.authoredNegativesByDetectedLanguage === true;
    out.push({ scores, lang, script, group: authoredNegativeGroup(group.group, lang, byDetected), positive: false });
    if (weights.authoredLanguageBudgetMultiplier !== undefined)
      out.push({ scores, lang, script, group: POOLED_AUTHORED_NEGATIVES, positive: false });
  }
  return out;
}

const TECHNIQUE_OR_ANY: Head[] = HEADS.filter(
  (head) =>
    head !== 'offensive_abusive' &&
    !head.startsWith('hate') &&
    !head.startsWith('violent') &&
    !head.startsWith('extremist'),
);

/** Technique thresholds: F1-optimal on validation rows that annotate the head. */
export function techniqueThresholds(validation: readonly ScoredRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const head of TECHNIQUE_OR_ANY) {
    const pairs = validation
      .filter(({ row }) => row.labels[head] !== undefined)
      .map(({ row, scores }) => ({ score: scores[head], label: row.labels[head] as 0 | 1 }));
    out[head] = bestF1Threshold(pairs).threshold;
  }
  return out;
}

function bySource(rows: readonly ScoredRow[], source: string, split: 'val' | 'test'): ScoredRow[] {
  return rows.filter(({ row }) => row.source === source && row.split === split);
}

/** Binary macro-F1 on a source's test split with the threshold tuned on its validation split. */
function binaryBenchmark(
  rows: readonly ScoredRow[],
  source: string,
  score: (s: Scores) => number,
  label: (r: DatasetRow) => 0 | 1,
) {
  const tune = bestF1MacroThreshold(
    bySource(rows, source, 'val').map(({ row, scores }) => ({ score: score(scores), label: label(row) })),
  );
  const test = bySource(rows, source, 'test');
  const gold = test.map(({ row }) => label(row));
  const predicted = test.map(({ scores }) => (score(scores) >= tune ? 1 : 0));
  return {
    n: test.length,
    threshold: tune,
    macroF1: round(macroF1(gold, predicted)),
    auc: round(
      rocAuc(
        test.map(({ scores }) => score(scores)),
        gold,
      ),
    ),
  };
}

function bestF1MacroThreshold(pairs: ReadonlyArray<{ score: number; label: 0 | 1 }>): number {
  let best = { threshold: 0.5, value: -1 };
  for (let t = 0.02; t < 0.99; t += 0.01) {
    const value = macroF1(
      pairs.map((p) => p.label),
      pairs.map((p) => (p.score >= t ? 1 : 0)),
    );
    if (value > best.value) best = { threshold: Number(t.toFixed(2)), value };
  }
  return best.threshold;
}

function hateXplainClass(original: string | undefined): 'hate' | 'offensive' | 'normal' {
  const value = (original ?? '').toLowerCase();
  if (value.includes('hate')) return 'hate';
  if (value.includes('offens')) return 'offensive';
  return 'normal';
}

/** HateXplain 3-class from the hate and offensive heads, both thresholds tuned on validation. */
function hateXplainBenchmark(rows: readonly ScoredRow[]) {
  const predict = (scores: Scores, tHate: number, tOff: number) =>
    scores.hate_dehumanization >= tHate ? 'hate' : scores.offensive_abusive >= tOff ? 'offensive' : 'normal';
  const val = bySource(rows, 'hatexplain', 'val');
  let best = { tHate: 0.5, tOff: 0.5, value: -1 };
  for (let tHate = 0.05; tHate < 0.96; tHate += 0.05) {
    for (let tOff = 0.05; tOff < 0.96; tOff += 0.05) {
      const value = macroF1(
        val.map(({ row }) => hateXplainClass(row.original)),
        val.map(({ scores }) => predict(scores, tHate, tOff)),
      );
      if (value > best.value) best = { tHate: Number(tHate.toFixed(2)), tOff: Number(tOff.toFixed(2)), value };
    }
  }
  const test = bySource(rows, 'hatexplain', 'test');
  const gold = test.map(({ row }) => hateXplainClass(row.original));
  const predicted = test.map(({ scores }) => predict(scores, best.tHate, best.tOff));
  return {
    n: test.length,
    thresholds: { hate: best.tHate, offensive: best.tOff },
    macroF1: round(macroF1(gold, predicted)),
  };
}

export function flagRate(
  rows: readonly ScoredRow[],
  rule: FlagRule,
): { n: number; flagged: number; rate: number | null } {
  const flagged = rows.filter(({ scores, lang, script }) => ruleFires(scores, ruleFor(rule, lang, script))).length;
  return { n: rows.length, flagged, rate: round(rows.length ? flagged / rows.length : undefined) };
}

/** Whether an authored row was written in `lang`: its tag is `<lang>/<category>` (not the language detected). */
export function writtenIn(row: DatasetRow, lang: DecisionLang): boolean {
  return (row.tag ?? '').startsWith(`${lang}/`);
}

/**
 * Recall (`flag:1`), false flags (`flag:0`) and the decision output's ranking of scored authored posts
 * under `rule`.
 */
export function authoredFlagFigures(own: readonly ScoredRow[], rule: FlagRule) {
  const flagScores = own.map(({ scores }) => scores.flag);
  const labels = own.map(({ row }): 0 | 1 => (row.original === 'flag:1' ? 1 : 0));
  return {
    recall: flagRate(
      own.filter(({ row }) => row.original === 'flag:1'),
      rule,
    ),
    falseFlags: flagRate(
      own.filter(({ row }) => row.original === 'flag:0'),
      rule,
    ),
    // Ranking quality of the decision output, independent of where the thresholds sit: overall, and
    // as recall where the output alone would flag 5% of these negatives (the false-flag limit).
    flagAuc: round(rocAuc(flagScores, labels)),
    recallAt5PctFalseFlags: round(recallAtFalseFlagRate(flagScores, labels, 0.05)),
  };
}

/**
 * How the extremist head and the decision output rank pro-ISIS tweets above harmless public posts and
 * counter-speech: AUC, and recall where the output alone flags 1% of those posts. The shipped rule's
 * pro-ISIS rate moves with one calibrated threshold; this shows whether the ranking itself moved.
 */
export function proIsisRanking(test: readonly ScoredRow[]) {
  const positives: ScoredRow[] = [];
  const negatives: ScoredRow[] = [];
  for (const item of test) {
    const group = calibrationGroup(item.row)?.group ?? '';
    if (group === 'isis+') positives.push(item);
    else if (group.startsWith('benign:') || group === 'counter_speech') negatives.push(item);
  }
  const labels = [...positives.map((): 0 | 1 => 1), ...negatives.map((): 0 | 1 => 0)];
  const ranking = (output: 'extremist_propaganda' | 'flag') => {
    const scores = [...positives, ...negatives].map(({ scores }) => scores[output]);
    return {
      auc: round(rocAuc(scores, labels), 4),
      recallAt1PctFalseFlags: round(recallAtFalseFlagRate(scores, labels, 0.01)),
    };
  };
  // The tweets are split by account and a few accounts wrote most of them: say how concentrated they are.
  const perAccount = new Map<string, number>();
  for (const { row } of positives) perAccount.set(row.group ?? '', (perAccount.get(row.group ?? '') ?? 0) + 1);
  return {
    positives: positives.length,
    accounts: perAccount.size,
    largestAccountShare: round(positives.length ? Math.max(...perAccount.values()) / positives.length : undefined),
    negatives: negatives.length,
    extremist_propaganda: ranking('extremist_propaganda'),
    flag: ranking('flag'),
  };
}

/** All the figures the model card reports, on test splits. */
export function evaluate(scored: readonly ScoredRow[], rules: Record<Sensitivity, FlagRule>) {
  const test = scored.filter(({ row }) => row.split === 'test');
  const balanced = rules.balanced;
  const authored: Record<string, unknown> = {};
  for (const lang of DECISION_LANGS) {
    const own = test.filter(({ row }) => row.source === 'authored' && writtenIn(row, lang));
    authored[lang] = {
      ...authoredFlagFigures(own, balanced),
      byCategory: Object.fromEntries(
        [...new Set(own.map(({ row }) => (row.tag ?? '').split('/')[1] ?? ''))].sort().map((category) => [
          category,
          flagRate(
            own.filter(({ row }) => (row.tag ?? '').endsWith(`/${category}`)),
            balanced,
          ),
        ]),
      ),
    };
  }
  const counterSpeech = test.filter(({ row }) => row.tag === 'counter_speech');
  const groups: Record<string, Record<string, unknown>> = {};
  for (const level of Object.keys(rules) as Sensitivity[]) {
    const byGroup = new Map<string, ScoredRow[]>();
    for (const item of test) {
      const group = calibrationGroup(item.row)?.group;
      if (group) byGroup.set(group, [...(byGroup.get(group) ?? []), item]);
    }
    groups[level] = Object.fromEntries(
      [...byGroup].sort().map(([group, rows]) => [group, flagRate(rows, rules[level])]),
    );
  }
  const headAuc: Record<string, Record<string, number | null>> = {};
  for (const source of [...new Set(test.map(({ row }) => row.source))].sort()) {
    const rows = test.filter(({ row }) => row.source === source);
    for (const head of HEADS) {
      const labelled = rows.filter(({ row }) => row.labels[head] !== undefined);
      const auc = rocAuc(
        labelled.map(({ scores }) => scores[head]),
        labelled.map(({ row }) => row.labels[head] as 0 | 1),
      );
      if (auc !== undefined) (headAuc[source] ??= {})[head] = round(auc);
    }
  }
  return {
    benchmarks: {
      tweeteval_hate: binaryBenchmark(
        scored,
        'tweeteval_hate',
        (s) => s.hate_dehumanization,
        (r) => r.labels.hate_dehumanization ?? 0,
      ),
      tweeteval_offensive: binaryBenchmark(
        scored,
        'tweeteval_offensive',
        (s) => Math.max(s.offensive_abusive, s.hate_dehumanization),
        (r) => (r.labels.offensive_abusive === 1 || r.labels.hate_dehumanization === 1 ? 1 : 0),
      ),
      hatexplain: hateXplainBenchmark(scored),
      ptc_dev_propaganda_any: binaryF1(scored, 'ptc', 'propaganda_any'),
      counter_speech_flag_rate: flagRate(counterSpeech, balanced),
    },
    authored,
    flagRatesByGroup: groups,
    headAuc,
    proIsisRanking: proIsisRanking(test),
  };
}

/** Positive-class F1 (the PTC sentence-level metric), threshold tuned on validation. */
function binaryF1(rows: readonly ScoredRow[], source: string, head: Head) {
  const pairs = (split: 'val' | 'test') =>
    bySource(rows, source, split)
      .filter(({ row }) => row.labels[head] !== undefined)
      .map(({ row, scores }) => ({ score: scores[head], label: row.labels[head] as 0 | 1 }));
  const { threshold } = bestF1Threshold(pairs('val'));
  const test = pairs('test');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { score, label } of test) {
    if (score >= threshold) {
      if (label) tp++;
      else fp++;
    } else if (label) fn++;
  }
  return {
    n: test.length,
    threshold,
    f1: round(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)),
    auc: round(
      rocAuc(
        test.map((p) => p.score),
        test.map((p) => p.label),
      ),
    ),
  };
}
