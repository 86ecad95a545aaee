import { writeFileSync } from 'node:fs';
import { DECISION_LANGS, SENSITIVITY_LEVELS } from '../../utils/classifier/metadata.ts';
import { POSITIVE_CATEGORIES } from './authored.ts';
import { FORUM_HARMFUL_KINDS } from './forumProbe.ts';
import { valueAt } from './jsonPath.ts';
import { WEIGHT as ISIS_ACCOUNT_WEIGHT } from './sources/isis.ts';

/* The card is generated from model/metrics.json so that every figure in it was measured. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Metrics = Record<string, unknown>;

function get(value: unknown, ...path: string[]): Json | undefined {
  return valueAt(value, ...path) as Json | undefined;
}

/** The entries of the object at `path`; none when there is no object there (older metrics, or a list). */
function entriesAt(value: unknown, ...path: string[]): Array<[string, Json]> {
  const found = get(value, ...path);
  return found && typeof found === 'object' && !Array.isArray(found) ? Object.entries(found) : [];
}

function num(value: unknown, digits = 3): string {
  return typeof value === 'number' ? value.toFixed(digits) : 'n/a';
}

function pct(value: unknown): string {
  return typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : 'n/a';
}

function rate(entry: unknown): string {
  const n = get(entry, 'n');
  const flagged = get(entry, 'flagged');
  return `${pct(get(entry, 'rate'))} (${String(flagged)}/${String(n)})`;
}

/** How a branch maps feature ids to its weights: folded n to 1 (smaller file, more collisions) or one per id. */
function folding(divisor: unknown): string {
  return divisor === 1 ? 'a weight for every feature id' : `ids folded ${String(divisor)} to 1`;
}

/** The flag branch's shape as trained (from the training config in the metrics), e.g. "12-dimensional, ids folded 4 to 1, linear". */
function branchShape(settings: unknown): string {
  const hidden = get(settings, 'hidden');
  const layer = typeof hidden === 'number' && hidden > 0 ? `one hidden layer of ${hidden}` : 'linear';
  const fields = get(settings, 'split_fields') === true ? ', character n-grams and words averaged apart' : '';
  const bag = get(settings, 'bag');
  const bagged =
    typeof bag === 'number' && bag > 1 ? `; the mean of ${bag} such branches trained with their own seeds` : '';
  return `${String(get(settings, 'dim'))}-dimensional, ${folding(get(settings, 'divisor'))}, ${layer}${fields}${bagged}`;
}

/** The word-order convolution the config recorded (`train.sequence`), or undefined for a bag of features alone. */
function wordOrderSettings(sequence: unknown): { filters: number; width: number; layers: number } | undefined {
  const filters = get(sequence, 'filters');
  const width = get(sequence, 'width');
  const layers = get(sequence, 'layers');
  if (typeof filters !== 'number' || typeof width !== 'number' || typeof layers !== 'number' || layers < 1) {
    return undefined;
  }
  return { filters, width, layers };
}

/** The main network's weights as the mean of several epochs' (`select_epoch_by: "average"` in train.py). */
function averagedEpochsClause(epochs: unknown): string {
  if (!Array.isArray(epochs) || epochs.length === 0 || !epochs.every((e) => typeof e === 'number')) return '';
  const range = epochs.length === 1 ? `epoch ${epochs[0]}` : `epochs ${epochs[0]}–${epochs[epochs.length - 1]}`;
  return (
    ` (its weights are the mean of those after ${range}, not the one epoch of lowest validation loss, which moved ` +
    'between 1 and 5 with the seed or a small change of data)'
  );
}

/** The clause on reading word order, or nothing for a bag of features alone. */
function wordOrderClause(sequence: unknown): string {
  const settings = wordOrderSettings(sequence);
  if (!settings) return '';
  const { filters, width, layers } = settings;
  const stack = layers === 1 ? 'a convolution' : `${layers} stacked convolutions`;
  return (
    ', and also reads the words in order: each token is the mean of its own features’ embeddings (so a misspelt or ' +
    `unseen word still has a vector), and ${stack} of ${filters} filters over ${width} consecutive tokens, ` +
    'max-pooled, joins the pooled bag (the model’s second input gives, for each token, the two rows of running sums over ' +
    'the feature vectors whose difference is its sum)'
  );
}

/** How the branch's loss weighs our authored negatives, when it does (`authored_negative_weight`). */
function branchNegativeWeight(settings: unknown): string {
  const weight = get(settings, 'authored_negative_weight');
  if (typeof weight !== 'number' || weight === 1) return '';
  return (
    ` In its loss our authored negatives weigh ${weight} times as much as other posts: they share the` +
    ' positives’ vocabulary, and that contrast is what the branch is for.'
  );
}

/**
 * The per-head linear branches as trained (`head_branches` in the training log): which heads mix one
 * in and with what weight. Empty when the model has none.
 */
function headBranchesText(training: unknown): string[] {
  const settings = get(training, 'config', 'head_branches');
  const trained = get(training, 'head_branches');
  if (typeof trained !== 'object' || trained === null) return [];
  const mixed: string[] = [];
  const dropped: string[] = [];
  for (const [head, entry] of Object.entries(trained as Record<string, unknown>)) {
    const mix = get(entry, 'best', 'mix');
    const auc = get(entry, 'best', 'macro_source_auc');
    const before = get(entry, 'epochs', '0', 'macro_source_auc_by_mix', '0');
    if (typeof mix === 'number' && mix > 0 && typeof auc === 'number' && typeof before === 'number')
      mixed.push(`\`${head}\` ${mix} (${before.toFixed(3)} → ${auc.toFixed(3)})`);
    else dropped.push(`\`${head}\``);
  }
  return [
    'The shared network serves all heads from sources whose ideas of hate, threat and offence differ,',
    'and it ranked each head worse within its own sources than a plain linear bag of the same features did. So',
    `single heads also mix in a linear branch of their own (${String(get(settings, 'dim'))}-dimensional,`,
    `${folding(get(settings, 'divisor'))}, character n-grams and words averaged apart, trained after the shared network on every`,
    'source that annotates the head), with its epoch and mix weight chosen on the mean of the head’s',
    `within-source validation AUCs, so that no one source decides (see \`head_branches\` in \`model/config.json\`). Mix weights (mean within-source validation AUC without → with): ${mixed.join(', ') || 'none'}${dropped.length ? `; no branch helped ${dropped.join(', ')}` : ''}.`,
    'The heads the flag rule reads alone (hate, threat, extremist) keep the shared network. Measured on 0.21.0’s',
    'shared network: a hate branch lifted TweetEval hate from 0.521 to 0.536, but HateXplain fell from 0.611 to',
    '0.599 and the calibrated rule flagged more harmless posts (counter-speech 1.8% → 2.5%, our Roman Urdu',
    'identity probe 18.8% → 25.6%, English authored negatives 5.4% → 5.8%); a threat branch ranked our held-out',
    'threats better (AUC 0.898 → 0.917) but changed no flag at the balanced level; an extremist branch flagged',
    'fewer pro-ISIS tweets (52.2% → 49.3%) and more harmless Roman Urdu posts of ours (4.6% → 5.0%).',
  ];
}

/**
 * How the language detector reads each source of known language (validation and test splits):
 * the language picks the decision threshold and whether cross-script features apply.
 */
function languageDetection(metrics: Metrics): string[] {
  const bySource = get(metrics, 'data', 'languageDetection', 'bySource');
  if (typeof bySource !== 'object' || bySource === null || Array.isArray(bySource)) return [];
  const model = get(metrics, 'data', 'languageDetection', 'model');
  const lines = [
    '',
    '### Language detection',
    '',
    'Arabic-script text is Urdu. Latin-script text is English or Roman Urdu by the share of its words',
    `that a small word model reads as each: a logistic model over each word’s character 1–${String(get(model, 'maxNgram'))}-grams`,
    `(2^${String(get(model, 'bits'))} hashed int8 weights, \`utils/classifier/latinWordWeights.ts\`) trained by \`npm run train\``,
    'on the words of the training splits, each labelled by its post’s language (Roman Urdu sets, English sets,',
    `our authored posts weighing ${String(get(model, 'authoredWeight'))} times as much). Words in both languages' posts alike`,
    `(names, "me", "to") do not vote. A post with at least 60% Roman Urdu votes is \`ur-Latn\`, with at most 25% \`en\`,`,
    'otherwise `mixed`. How it reads the validation and test splits of sources of known language:',
    '',
    '| source | posts | en | ur-Latn | mixed | ur |',
    '|---|---|---|---|---|---|',
  ];
  for (const [source, counts] of Object.entries(bySource)) {
    const rows = get(counts, 'rows');
    const of = (lang: string) => {
      const value = get(counts, lang);
      return typeof value === 'number' && typeof rows === 'number' && rows > 0 ? pct(value / rows) : 'n/a';
    };
    lines.push(`| ${source} | ${String(rows)} | ${of('en')} | ${of('ur-Latn')} | ${of('mixed')} | ${of('ur')} |`);
  }
  lines.push(
    '',
    'Our "English" authored posts include code-mixed ones written for Pakistani readers, so some of them',
    'are rightly read as Roman Urdu or mixed.',
  );
  return lines;
}

/**
 * The detector's known failure, from the recorded table: Roman Urdu posts read as English meet the
 * English decision threshold, and their false flags then bind it.
 */
function romanUrduReadAsEnglish(metrics: Metrics): string[] {
  const shares = ROMAN_URDU_REFERENCE_SOURCES.flatMap(([source, name]) => {
    const counts = get(metrics, 'data', 'languageDetection', 'bySource', source);
    const rows = get(counts, 'rows');
    const english = get(counts, 'en');
    return typeof rows === 'number' && rows > 0 && typeof english === 'number'
      ? [`${pct(english / rows)} of ${name}`]
      : [];
  });
  if (shares.length === 0) return [];
  return [
    `- Some Roman Urdu posts are read as English (validation and test: ${shares.join(' and ')}),`,
    '  so they meet the English decision threshold; their false flags then bind that threshold, and by seed the',
    '  rule settles at fewer false flags and less recall on English posts (see the seed table).',
  ];
}

/** Roman Urdu sources whose posts the detector should read as Roman Urdu, with their names in the card. */
const ROMAN_URDU_REFERENCE_SOURCES: ReadonlyArray<[string, string]> = [
  ['ruhsold', 'RUHSOLD’s posts'],
  ['roman_urdu_uci', 'the Roman Urdu sentiment set'],
];

const TERM_NAMES: Record<string, string> = {
  decision: 'the decision output',
  extremist: 'extremist alone',
  threat: 'threat alone',
  hate: 'hate alone',
  harmWithTechnique: 'hate/threat with a technique',
  technique: 'hate/threat with a technique',
};

function share(value: unknown): string {
  return typeof value === 'number' ? `${Math.round(value * 100)}%` : 'n/a';
}

/** How rows without an official split are divided (`split` in model/config.json), in words; "" when not recorded. */
function splitPolicy(split: unknown): string {
  if (typeof get(split, 'valShare') !== 'number') return '';
  const overrides = get(split, 'overrides');
  const special =
    typeof overrides === 'object' && overrides !== null && !Array.isArray(overrides)
      ? Object.entries(overrides).map(
          ([source, shares]) => `${source} ${share(get(shares, 'valShare'))} and ${share(get(shares, 'testShare'))}`,
        )
      : [];
  return (
    `Rows without an official split go to validation and test by a hash of their text: ` +
    `${share(get(split, 'valShare'))} and ${share(get(split, 'testShare'))}` +
    (special.length > 0 ? ` (${special.join('; ')})` : '') +
    '. Larger shares are kept where a calibrated threshold or our own measurement would otherwise rest' +
    ' on a few hundred posts (or on a few accounts). Pro-ISIS tweets go by a hash of their account instead,' +
    ' so that no validation or test account is trained on.'
  );
}

/** A rule's per-language thresholds of one term (`decisionByLang`, `threatByLang`) as "en 0.3, ur 0.5"; "" when none. */
function listedByLang(rule: unknown, key: string): string {
  const byLang = get(rule, key);
  if (typeof byLang !== 'object' || byLang === null) return '';
  return Object.entries(byLang)
    .map(([lang, value]) => `${lang} ${String(value)}`)
    .join(', ');
}

/** The balanced level's per-language decision and threat thresholds, in words; "" when there are none. */
function languageThresholds(balancedRule: unknown): string {
  const decision = listedByLang(balancedRule, 'decisionByLang');
  const threat = listedByLang(balancedRule, 'threatByLang');
  const decisionText =
    decision === ''
      ? ''
      : ` The decision output has one threshold per detected language (balanced: ${decision}; mixed posts` +
        ' in Latin letters alone, English and Roman Urdu, get the stricter of those two, other mixed posts the' +
        ' strictest of all, and posts without letters are never flagged), so that each language is held to its own negatives: the' +
        ' public reference sets are mostly English, and one shared threshold sat where the noisiest language put it.';
  const threatText =
    threat === ''
      ? ''
      : ` So does the threat head (balanced: ${threat}, mixed posts alike): heated Urdu political tweets held one` +
        ' shared threat threshold near 1, where English threats went unflagged.';
  return decisionText + threatText;
}

/**
 * What holds each balanced threshold where it is (`calibration.binding`): the validation groups one
 * grid step lower would take over budget. Metrics written before it was recorded have no section.
 */
function bindingSection(calibration: unknown): string[] {
  const balanced = get(calibration, 'binding', 'balanced');
  if (typeof balanced !== 'object' || balanced === null) return [];
  const rule = get(calibration, 'rules', 'balanced');
  // Strict-only terms are searched at the relaxed level and held: what holds them is found there.
  const strictOnlyTerms = get(calibration, 'strictOnlyTerms');
  const held = (Array.isArray(strictOnlyTerms) ? strictOnlyTerms : [])
    .map(String)
    .filter((term) => get(calibration, 'binding', 'relaxed', term) !== undefined)
    .map((term) => [term, get(calibration, 'binding', 'relaxed', term), ' (set at the relaxed level, held)'] as const);
  const searched = Object.entries(balanced).map(([param, groups]) => [param, groups, ''] as const);
  const rows = [...searched, ...held].map(([param, groups, note]) => {
    const [term = param, lang] = param.split(':');
    const value = lang === undefined ? get(rule, term) : get(rule, `${term}ByLang`, lang);
    const name = `${TERM_NAMES[term] ?? term}${lang === undefined ? '' : ` (${lang})`}${note}`;
    const over = (Array.isArray(groups) ? groups : [])
      .map(
        (group) =>
          `${String(get(group, 'group'))} ${String(get(group, 'flagged'))}/${String(get(group, 'allowed'))} of ${String(get(group, 'n'))}`,
      )
      .join('; ');
    return `| ${name} | ${num(value, 2)} | ${over} |`;
  });
  if (rows.length === 0) return [];
  return [
    '### What holds each balanced threshold',
    '',
    'One grid step (0.01) lower, each threshold searched at the balanced level would take these validation',
    'groups over their false-flag budget (flagged / allowed of the group’s posts). A change that moves a',
    'threshold is read through these posts first: often it is one or two of them, not a change of the model.',
    'Groups: `benign:<set>` a public set’s harmless posts, `authored/<language>-` our harmless posts in that',
    'language (the language the detector reads, `mixed` included, when the budgets say so above) and',
    '`authored/all-` all of them, `counter_speech` public counter-speech.',
    '',
    '| threshold | value | groups over budget one step lower |',
    '|---|---|---|',
    ...rows,
    '',
  ];
}

/** How the authored negatives are bounded (`calibration.authored*BudgetMultiplier`), in words. */
function authoredBudgets(budgets: unknown, perLanguageDecision: boolean): string {
  const pooled = get(budgets, 'authoredBudgetMultiplier');
  const perLanguage = get(budgets, 'authoredLanguageBudgetMultiplier');
  const byDetected = get(budgets, 'authoredNegativesByDetectedLanguage') === true;
  const balanced = (multiplier: unknown): string =>
    typeof multiplier === 'number' ? `${(3 * multiplier).toFixed(1)}%` : 'n/a';
  if (perLanguage === undefined)
    return `${String(pooled ?? 1)} times that for our authored negatives in each language (balanced: ${balanced(pooled ?? 1)} against the 5% target);`;
  return (
    `${String(pooled)} times that for our authored negatives of all languages together and ${String(perLanguage)} times` +
    ` that in each language${byDetected ? ' a post is read as' : ''} (balanced: ${balanced(pooled)} overall, at most ${balanced(perLanguage)} per language,` +
    ' against the 5% target' +
    (perLanguageDecision
      ? ');'
      : '; one shared decision threshold bound by three groups of about 500 posts sits where the noisiest of them puts it);')
  );
}

/** Why a noisy negative group gets a looser budget (`calibration.looseNegativeGroups`). */
const LOOSE_GROUP_REASONS: Readonly<Record<string, string>> = {
  'benign:urdu_threat': "the Urdu threat set's non-threats, which come from the same heated threads as its threats",
  'benign:ruhsold':
    "RUHSOLD's normal Roman Urdu posts, whose flagged validation posts include takfir, death wishes and sexual insults",
  'benign:urdu_hs':
    "HS Urdu's neutral YouTube comments, low-trust labels from sectarian and political threads, where the hate term read" +
    ' posts that name a sect beside “کافر” (many of them against takfir) as hate',
};

/** The looser budgets in words; metrics written before they were recorded had the Urdu threat set's alone. */
function looseBudgets(budgets: unknown): string {
  const recorded = get(budgets, 'looseNegativeGroups');
  const groups = (recorded ?? { 'benign:urdu_threat': 3 }) as Record<string, number>;
  const times = (n: number): string => (n === 2 ? 'twice' : n === 3 ? 'three times' : `${String(n)} times`);
  return Object.entries(groups)
    .map(([group, multiplier]) => `${times(multiplier)} that for ${LOOSE_GROUP_REASONS[group] ?? group}`)
    .join('; ');
}

/** How each step of the threshold search is chosen (`calibration.stepChoice`), in words. */
function stepChoiceText(stepChoice: unknown): string {
  if (stepChoice !== 'gainPerBudget') return '';
  return (
    ' Each step lowers the threshold that gains most recall per share of a budget it spends (steps that' +
    ' spend nothing first): thresholds share budgets (the pooled authored one, and any group whose posts' +
    ' several thresholds decide), and the step that gains most can spend what a cheaper gain needed.'
  );
}

/** The decision output the hate term needs beside it (`calibration.hateDecisionFloor`), in words. */
function hateFloor(floor: unknown): string {
  if (typeof floor !== 'number' || floor <= 0) return '';
  return (
    ` (hate, here and with a technique, only while the decision output is at least ${String(floor)}: the hate head learned single words of` +
    ' the hate sets and fires on them in news and everyday talk (“undermine”, a newspaper’s name), where' +
    ' the decision output stays near 0)'
  );
}

/** Names of positive groups whose recall weight the config sets (`calibration.positiveGroupWeights`), and why. */
const POSITIVE_GROUP_REASONS: Readonly<Record<string, { name: string; why: string }>> = {
  'isis+': {
    name: 'pro-ISIS tweets',
    why:
      'their recall is our one measure of extremist accounts never seen in training, and at 0.5 the extremist' +
      ' term was used or left off by seed (one seed of three flagged 17% of them, the other two about half)',
  },
};

/** The recall objective's weights of public positive groups, with any the config sets. */
function positiveWeights(budgets: unknown): string {
  const recorded = get(budgets, 'positiveGroupWeights');
  const groups = typeof recorded === 'object' && recorded !== null ? Object.entries(recorded) : [];
  const configured = groups.map(([group, weight]) => {
    const reason = POSITIVE_GROUP_REASONS[group];
    return reason ? `; ${reason.name} ${String(weight)}: ${reason.why}` : `; ${group} ${String(weight)}`;
  });
  return `public positive groups 1 (noisy ones 0.5${configured.join('')})`;
}

/** The floor on a group's counted size (`calibration.minGroupSize`), in words. */
function minGroupText(budgets: unknown): string {
  const size = get(budgets, 'minGroupSize');
  if (typeof size !== 'number' || size <= 0) return '';
  return (
    ` A group of fewer than ${String(size)} validation posts is allowed the false flags of ${String(size)}: its few posts` +
    ' cannot measure a rate of a few percent (on a candidate model, one post of a group of 44 held the Roman Urdu' +
    ' threshold at 0.66; counted as 100, it went to 0.38).'
  );
}

/** The calibration's group-name sentences (`calibration.groupNameProbe`), when it had them. */
function groupNameBudget(budgets: unknown): string {
  const path = get(budgets, 'groupNameProbe');
  if (typeof path !== 'string') return '';
  return (
    ` Harmless sentences naming religious, sectarian, ethnic and gender groups or occupations (\`${path}\`,` +
    ' other sentences than the identity probe below) are held to the same budgets, one group per language.'
  );
}

/** The terms searched only at the strictest level (`calibration.strictOnlyTerms`), in words. */
function strictOnly(terms: unknown): string {
  if (!Array.isArray(terms) || terms.length === 0) return '';
  const names = terms.map((term) => TERM_NAMES[String(term)] ?? String(term)).join(', ');
  const why = terms.includes('extremist')
    ? ' The extremist head, whose positives are mostly account-level labels (pro-ISIS tweets) and our own' +
      ' posts, fires on single features: calibrated freely to 0.76 at balanced, it flagged a Friday greeting' +
      ' for its rose emoji.'
    : '';
  return ` These terms keep the relaxed level's threshold at every level: ${names}.${why}`;
}

/** The terms searched jointly (strict-only ones and `calibration.jointTerms`), in words. */
function jointSearch(strictOnlyTerms: unknown, jointTerms: unknown): string {
  const terms = [strictOnlyTerms, jointTerms].flatMap((list) => (Array.isArray(list) ? list.map(String) : []));
  if (terms.length === 0) return '';
  const names = [...new Set(terms)].map((term) => TERM_NAMES[term] ?? term).join(', ');
  return (
    ` These terms are searched jointly with the rest at the first level they are used: ${names}. Each threshold` +
    ' from 1 down to 0.5 is fixed in turn, the rest calibrated, and the one with the most recall kept: lowering' +
    ' the decision output first could spend the whole budget, and whether a term was used at all then changed' +
    ' from seed to seed.'
  );
}

/** The terms held back to a later level (`calibration.termLevels`), in words, with what the hate term does on a shifted set. */
function heldBackTerms(termLevels: unknown, testFlagRates: unknown): string {
  if (typeof termLevels !== 'object' || termLevels === null) return '';
  const byLevel = new Map<string, Set<string>>();
  for (const [term, level] of Object.entries(termLevels)) {
    byLevel.set(String(level), (byLevel.get(String(level)) ?? new Set()).add(TERM_NAMES[term] ?? term));
  }
  const held = [...byLevel].map(
    ([level, terms]) => ` Below the ${level} level these terms stay off: ${[...terms].join(', ')}.`,
  );
  const hateLevel = (termLevels as Record<string, unknown>).hate;
  const shifted = (group: string): string => pct(get(testFlagRates, String(hateLevel), group, 'rate'));
  const why =
    typeof hateLevel === 'string'
      ? ' The hate head learns the public sets’ idea of hate (slurs count). It ranks hate well on the test' +
        ' splits of the sets it was calibrated on, but on TweetEval’s shifted test split it fires almost as' +
        ` often on benign tweets as on hateful ones (${hateLevel}: ${shifted('benign:tweeteval_hate')} of benign,` +
        ` ${shifted('hate+:tweeteval_hate')} of hateful tweets flagged).`
      : '';
  return held.join('') + why;
}

/** Our authored posts per language after deduplication, in round hundreds ("about 5,700"). */
function authoredPerLanguage(metrics: Metrics): string {
  const splits = get(metrics, 'data', 'bySourceSplit', 'authored');
  const total = ['train', 'val', 'test'].reduce((sum, split) => {
    const n = get(splits, split);
    return sum + (typeof n === 'number' ? n : 0);
  }, 0);
  if (total === 0) return 'n/a';
  return `about ${(Math.round(total / DECISION_LANGS.length / 100) * 100).toLocaleString('en-US')}`;
}

/** A per-language authored test rate at balanced, as "en 5.5%, ur 2.8%, …"; empty without figures. */
function authoredRates(metrics: Metrics, figure: 'recall' | 'falseFlags'): string {
  const parts = DECISION_LANGS.flatMap((lang) => {
    const rate = get(metrics, 'test', 'authored', lang, figure, 'rate');
    return typeof rate === 'number' ? [`${lang} ${pct(rate)}`] : [];
  });
  return parts.join(', ');
}

/** Harmless authored categories flagged at least this often at balanced are named among the failure modes. */
const HARMLESS_FLAG_RATE_TO_NAME = 0.05;

/**
 * A failure-mode bullet measured on the held-out authored posts: the harmless categories flagged most
 * often at balanced (none when every category stays under 5%).
 */
function mostFlaggedHarmless(metrics: Metrics): string[] {
  const named: Array<{ category: string; lang: string; rate: number; entry: Json }> = [];
  for (const lang of DECISION_LANGS) {
    const categories = get(metrics, 'test', 'authored', lang, 'byCategory');
    if (!categories || typeof categories !== 'object' || Array.isArray(categories)) continue;
    for (const [category, entry] of Object.entries(categories)) {
      const value = get(entry, 'rate');
      if ((POSITIVE_CATEGORIES as readonly string[]).includes(category) || typeof value !== 'number') continue;
      if (value >= HARMLESS_FLAG_RATE_TO_NAME) named.push({ category, lang, rate: value, entry });
    }
  }
  if (named.length === 0) return [];
  const byCategory = new Map<string, string[]>();
  for (const { category, lang, entry } of named.sort((a, b) => b.rate - a.rate)) {
    byCategory.set(category, [...(byCategory.get(category) ?? []), `${lang} ${rate(entry)}`]);
  }
  const listed = [...byCategory].map(([category, rates]) => `${category.replace(/_/g, ' ')}: ${rates.join(', ')}`);
  return [
    `- Harmless posts flagged most often (held-out authored posts, balanced, categories at ${Math.round(HARMLESS_FLAG_RATE_TO_NAME * 100)}% or more):`,
    `  ${listed.join('; ')}.` +
      (byCategory.has('counter_speech') ? ' Counter-speech repeats the words of what it answers.' : ''),
  ];
}

/** The identity probe's results per language; none for metrics written before the probe existed. */
function identityProbeEntries(metrics: Metrics): Array<[string, Json]> {
  return entriesAt(metrics, 'test', 'identityProbe');
}

/** One probe cell: the flag rate at a level with its count, e.g. "5.0% (1/20)". */
function cell(rates: unknown, level: string): string {
  return `${pct(get(rates, 'rate', level))} (${String(get(rates, 'flagged', level))}/${String(get(rates, 'n'))})`;
}

/** The three levels' cells of one row, relaxed first, joined as table cells. */
function levelCells(rates: unknown): string {
  return `${cell(rates, 'relaxed')} | ${cell(rates, 'balanced')} | ${cell(rates, 'sensitive')}`;
}

/**
 * Probe texts for one table cell: quoted, each on one line with pipes escaped (a text's own line breaks
 * and pipes would break the row), the first `shown` of them and how many more, or — when there are none.
 */
function quotedTexts(texts: unknown, shown = Infinity): string {
  const quote = (text: unknown) => `“${String(text).replace(/\s+/g, ' ').replaceAll('|', '\\|')}”`;
  const quoted = Array.isArray(texts) ? texts.map(quote) : [];
  if (quoted.length === 0) return '—';
  const more = quoted.length > shown ? ` and ${quoted.length - shown} more` : '';
  return quoted.slice(0, shown).join(', ') + more;
}

/**
 * The identity probe (model/pipeline/identityProbe.ts): a table per language and level, and the
 * groups flagged most. Metrics written before the probe existed render without it.
 */
function identityProbeSection(metrics: Metrics): string[] {
  const probe = identityProbeEntries(metrics);
  if (probe.length === 0) return [];
  const lines = [
    '### Harmless posts that name a group (probe, never trained on)',
    '',
    'Peaceful sentence templates ("… are our brothers and sisters", "I have many … friends at university")',
    'filled with twenty religious, sectarian, ethnic and gender groups in each language, and, as a control,',
    'with eight occupations (teachers, nurses, farmers …) (`model/data/probes/identity.json`). Every flag',
    'here is a false flag; the groups’ rate above the controls’ is what naming a group adds.',
    '',
    '| language | groups: relaxed | balanced | sensitive | occupations (control): balanced | groups flagged most (balanced) |',
    '|---|---|---|---|---|---|',
  ];
  for (const [lang, entry] of probe) {
    const groups = get(entry, 'mostFlaggedGroups');
    const named = Array.isArray(groups)
      ? groups.map((g) => `${String(get(g, 'group'))} ${String(get(g, 'flagged'))}/${String(get(g, 'n'))}`).join(', ')
      : '';
    lines.push(
      `| ${lang} | ${levelCells(entry)} | ` + `${cell(get(entry, 'controls'), 'balanced')} | ${named || '—'} |`,
    );
  }
  return [...lines, ''];
}

/**
 * The emoji probe (model/pipeline/emojiProbe.ts): flag rate per language and level and the posts
 * flagged at balanced. Metrics written before the probe existed render without it.
 */
function emojiProbeSection(metrics: Metrics): string[] {
  const probe = entriesAt(metrics, 'test', 'emojiProbe');
  if (probe.length === 0) return [];
  const lines = [
    '### Everyday posts with emoji (probe, never trained on)',
    '',
    'Short harmless posts with the emoji our authored harmful posts once used far more than our harmless',
    'ones (🌹 🤔 🦁 🤫 👀 ⚠ 📢 🩸 🏔 …): greetings, exams, cricket, weather warnings, Eid animals',
    '(`model/data/probes/emoji.json`). Every flag here is a false flag.',
    '',
    '| language | relaxed | balanced | sensitive | flagged at balanced |',
    '|---|---|---|---|---|',
  ];
  for (const [lang, entry] of probe) {
    const named = quotedTexts(get(entry, 'flaggedAtBalanced'));
    lines.push(`| ${lang} | ${levelCells(entry)} | ${named} |`);
  }
  return [...lines, ''];
}

/**
 * The violence probe (model/pipeline/violenceProbe.ts): recall on explicit calls for violence against a
 * group and false flags on harmless posts in the same words, per language and level, and the calls
 * missed at balanced. Metrics written before the probe existed render without it.
 */
function violenceProbeSection(metrics: Metrics): string[] {
  const probe = entriesAt(metrics, 'test', 'violenceProbe');
  if (probe.length === 0) return [];
  const lines = [
    '### Explicit calls for violence against a group (probe, never trained on)',
    '',
    'Four short calls to kill, hang, burn out or wipe out a group ("Kill all …", "Saare … ko qatal kar do"),',
    'and four harmless posts in the same words (a news report, a condemnation, an arrest, a rejected chant),',
    'each filled with ten religious, sectarian, ethnic and national groups (`model/data/probes/violence.json`).',
    'Flags on the calls are recall; flags on the harmless posts are false flags.',
    '',
    '| language | calls flagged: relaxed | balanced | sensitive | harmless flagged: balanced | sensitive | calls missed at balanced |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [lang, entry] of probe) {
    const harmful = get(entry, 'harmful');
    const harmless = get(entry, 'harmless');
    lines.push(
      `| ${lang} | ${levelCells(harmful)} | ` +
        `${cell(harmless, 'balanced')} | ${cell(harmless, 'sensitive')} | ` +
        `${quotedTexts(get(entry, 'missedAtBalanced'), 3)} |`,
    );
  }
  return [...lines, ''];
}

/** A probe's flags at balanced by kind, as "counter speech 2/10". */
function kindCounts(probe: unknown): string[] {
  return entriesAt(probe, 'byKind').map(
    ([kind, entry]) => `${kind.replaceAll('_', ' ')} ${String(get(entry, 'flagged'))}/${String(get(entry, 'n'))}`,
  );
}

/**
 * The forum probe (model/pipeline/forumProbe.ts): English hate in forum and comment-section words, and
 * harmless posts in the same words, per level; flags at balanced by kind; and the ranking before any
 * threshold. Metrics written before the probe existed render without it.
 */
function forumProbeSection(metrics: Metrics): string[] {
  const probe = get(metrics, 'test', 'forumProbe');
  if (probe === undefined) return [];
  const harmful = get(probe, 'harmful');
  const harmless = get(probe, 'harmless');
  const kinds = kindCounts(probe);
  return [
    '### English hate in forum and comment-section words (probe, never trained on)',
    '',
    'Hateful posts as web forums, Reddit threads and YouTube comments write them, mostly without slurs',
    '(dehumanising a group, replacement and control conspiracies, calls for violence, praise of an attack,',
    'recruitment), and harmless posts in the same words (immigration-policy debate, news, condemnation,',
    'counter-speech that quotes a slur to reject it, academic talk, people of those groups on their own',
    'lives, anger about football or games), over a dozen groups (`model/data/probes/forum.jsonl`). Written',
    'by a writer who saw none of our authored posts, before we wrote posts in this register (`en-37` … `en-40`);',
    'forum and comment-section hate is part of the sealed evaluation.',
    '',
    '| posts | relaxed | balanced | sensitive |',
    '|---|---|---|---|',
    `| hateful | ${levelCells(harmful)} |`,
    `| harmless | ${levelCells(harmless)} |`,
    '',
    `Flagged at balanced by kind: ${kinds.join(', ')}. Ranking of the hateful posts above the harmless ones`,
    `(AUC): decision output ${num(get(probe, 'auc', 'decision'))}, hate head ${num(get(probe, 'auc', 'hate'))}.`,
    '',
  ];
}

/**
 * The Pakistan writer probe (model/pipeline/writerProbe.ts): Urdu and Roman Urdu extremist posts and
 * harmless posts in the same words by a writer the model did not learn from, per language and level;
 * flags at balanced by kind; and the ranking before any threshold. Metrics without it render without it.
 */
function writerProbeSection(metrics: Metrics): string[] {
  const probe = entriesAt(metrics, 'test', 'writerProbe');
  if (probe.length === 0) return [];
  const lines = [
    '### Urdu and Roman Urdu posts by another writer (probe, never trained on)',
    '',
    'Extremist posts (glorification, recruitment, takfir, dehumanisation, threats, conspiracy and fear) and',
    'harmless posts in the same words (news, condemnation, counter-speech, peaceful religion, political',
    'criticism, everyday chat), 60 of each per language, by a writer who saw none of our authored posts',
    '(`model/data/probes/pakistan-writer.jsonl`). The held-out authored posts come from the writers the model',
    'learnt from; this probe measures the same task in another hand.',
    '',
    '| language | harmful flagged: relaxed | balanced | sensitive | harmless flagged: relaxed | balanced | sensitive | ranking AUC |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [lang, entry] of probe) {
    const harmful = get(entry, 'harmful');
    const harmless = get(entry, 'harmless');
    lines.push(`| ${lang} | ${levelCells(harmful)} | ` + `${levelCells(harmless)} | ` + `${num(get(entry, 'auc'))} |`);
  }
  lines.push('');
  for (const [lang, entry] of probe) {
    const kinds = kindCounts(entry);
    lines.push(`Flagged at balanced by kind (${lang}): ${kinds.join(', ')}.`, '');
  }
  return lines;
}

/** One row per language of a harmless-only probe: false flags per level and the first posts flagged at balanced. */
function harmlessProbeRows(probe: Array<[string, unknown]>): string[] {
  return [
    '| language | relaxed | balanced | sensitive | flagged at balanced |',
    '|---|---|---|---|---|',
    ...probe.map(
      ([lang, entry]) => `| ${lang} | ${levelCells(entry)} | ` + `${quotedTexts(get(entry, 'flaggedAtBalanced'), 3)} |`,
    ),
  ];
}

/**
 * The politics probes (model/pipeline/politicsProbe.ts): harmless Urdu and Roman Urdu political tweets
 * flagged per language and level, and the tweets flagged at balanced; the second probe's tweets use the
 * loaded words of politics. Metrics written before a probe existed render without it.
 */
function politicsProbeSection(metrics: Metrics): string[] {
  const probe = entriesAt(metrics, 'test', 'politicsProbe');
  const loaded = entriesAt(metrics, 'test', 'loadedPoliticsProbe');
  if (probe.length === 0 && loaded.length === 0) return [];
  const lines = [
    '### Ordinary political tweets in Urdu and Roman Urdu (probe, never trained on)',
    '',
    'Harmless Pakistani political tweets: angry, partisan and sarcastic criticism of parties, politicians,',
    'courts and the establishment, economy and election talk, slogans and calls to peaceful protest',
    '(`model/data/probes/politics.jsonl`, written by a writer who saw none of our authored posts). The sealed',
    'evaluation set has such tweets, and a keyword-and-n-gram baseline flagged 47% of them. Every flag here',
    'is a false flag.',
    '',
  ];
  if (probe.length > 0) lines.push(...harmlessProbeRows(probe), '');
  if (loaded.length > 0) {
    lines.push(
      'A second probe by another writer (`model/data/probes/politics-loaded.jsonl`): harmless political tweets',
      'of which at least half use words extremists also use, in their political sense: "shaheed" for a',
      'leader or a protester, "jihad" against inflation, "ghaddar", "yazeedi hukumat", "inqilab".',
      '',
      ...harmlessProbeRows(loaded),
      '',
    );
  }
  return lines;
}

/**
 * The address probe (model/pipeline/addressProbe.ts): harmless everyday posts addressed to "you", per
 * language and level. Metrics written before the probe existed render without it.
 */
function addressProbeSection(metrics: Metrics): string[] {
  const probe = entriesAt(metrics, 'test', 'addressProbe');
  if (probe.length === 0) return [];
  return [
    '### Everyday posts addressed to "you" (probe, never trained on)',
    '',
    'Harmless errands, plans, family talk and affection in the second person and often the future tense,',
    '40 per language ("I\'ll return your book tomorrow", "tumhe station chor aaunga", "تمہاری یاد آ رہی ہے";',
    '`model/data/probes/address.jsonl`): the grammar of a threat without one. Every flag is a false flag.',
    '',
    ...harmlessProbeRows(probe),
    '',
  ];
}

/** Harmless posts addressed to "you" flagged at balanced as a failure mode, per language where it reaches this rate. */
const ADDRESS_FLAGS_A_FAILURE = 0.05;

/** The address probe's false flags as a failure mode, for each language at or above ADDRESS_FLAGS_A_FAILURE. */
function addressProbeFailure(metrics: Metrics): string[] {
  const high = entriesAt(metrics, 'test', 'addressProbe').filter(([, entry]) => {
    const rate = get(entry, 'rate', 'balanced');
    return typeof rate === 'number' && rate >= ADDRESS_FLAGS_A_FAILURE;
  });
  if (high.length === 0) return [];
  const where = high.map(([lang, entry]) => `${cell(entry, 'balanced')} in ${lang}`).join(', ');
  return [
    `- Everyday messages addressed to "you" are sometimes flagged as threats: the address probe's harmless`,
    `  posts, ${where}, at balanced (the probe above lists them).`,
  ];
}

/** The forum probe's misses as a failure mode: its hateful posts left unflagged at balanced, worst kinds first. */
function forumProbeFailure(metrics: Metrics): string[] {
  const probe = get(metrics, 'test', 'forumProbe');
  const harmful = get(probe, 'harmful');
  const recall = get(harmful, 'rate', 'balanced');
  if (typeof recall !== 'number' || recall >= FORUM_RECALL_NOT_A_FAILURE) return [];
  const kinds = entriesAt(probe, 'byKind')
    .filter(([kind]) => (FORUM_HARMFUL_KINDS as readonly string[]).includes(kind))
    .map(([kind, entry]) => ({ kind, flagged: Number(get(entry, 'flagged')), n: Number(get(entry, 'n')) }))
    .sort((a, b) => a.flagged / a.n - b.flagged / b.n);
  const worst = kinds.slice(0, 2).map(({ kind, flagged, n }) => `${FORUM_KIND_WORDS[kind] ?? kind} ${flagged} of ${n}`);
  return [
    `- English hate in forum and comment-section words is often missed: the forum probe's hateful posts are`,
    `  flagged ${cell(harmful, 'balanced')} at balanced (${worst.join(', ')}); see the probe above.`,
  ];
}

/** Harmless political tweets flagged at balanced as a failure mode, per language where it reaches this rate. */
const POLITICS_FLAGS_A_FAILURE = 0.03;

/** The politics probes' false flags as a failure mode, for each language at or above POLITICS_FLAGS_A_FAILURE. */
function politicsProbeFailure(metrics: Metrics): string[] {
  const high = [
    ...entriesAt(metrics, 'test', 'politicsProbe').map(([lang, entry]) => [lang, entry] as const),
    ...entriesAt(metrics, 'test', 'loadedPoliticsProbe').map(
      ([lang, entry]) => [`${lang} (loaded words)`, entry] as const,
    ),
  ].filter(([, entry]) => {
    const rate = get(entry, 'rate', 'balanced');
    return typeof rate === 'number' && rate >= POLITICS_FLAGS_A_FAILURE;
  });
  if (high.length === 0) return [];
  const where = high.map(([lang, entry]) => `${cell(entry, 'balanced')} in ${lang}`).join(', ');
  return [
    `- Ordinary political tweets are sometimes flagged: the politics probes' harmless tweets, ${where}, at balanced`,
    '  (the probes above list them).',
  ];
}

/** The forum probe's balanced recall from which its misses are no longer listed as a failure mode. */
const FORUM_RECALL_NOT_A_FAILURE = 0.8;

const FORUM_KIND_WORDS: Record<string, string> = {
  dehumanisation: 'dehumanising posts',
  conspiracy: 'conspiracies about a group',
  violence: 'calls for violence',
  glorification: 'praise of attacks',
  recruitment: 'recruitment',
};

/** How training posts got platform noise (`platformNoise` in model/config.json), in words; nothing when none did. */
function platformNoiseTraining(options: unknown): string[] {
  const share = get(options, 'share');
  const sources = get(options, 'sources');
  if (typeof share !== 'number' || share <= 0) return [];
  const which = Array.isArray(sources)
    ? `the training posts of ${sources.map((s) => `\`${String(s)}\``).join(', ')}`
    : 'the training posts of every source';
  return [
    `${Math.round(share * 100)}% of ${which}, chosen by their text and never by their label, are replaced by`,
    'a copy with platform noise: hashtags (half of them made of words from other training posts), a link, a',
    'mention or retweet prefix, emoji, a stretched letter or capitals (`model/pipeline/platformNoise.ts`). Our',
    'posts are written clean and the public sets, mostly harmless, carry this noise, so without it the network',
    'learned that a hashtag, a mention or a retweet means harmless and a link harmful (see the platform-noise probe below).',
  ];
}

/** How the pro-ISIS training tweets were weighted by our reading of each (`isisStance` in the config), in words. */
function isisStanceTraining(options: unknown): string[] {
  const weight = get(options, 'weight');
  if (typeof weight !== 'object' || weight === null) return [];
  const of = (stance: string) => num(get(weight, stance), 2);
  return [
    'The pro-ISIS tweets are labelled by account, so news relays and chat count as extremist with the rest. We read',
    'every training and validation tweet (`model/data/isis-stance-train.tsv`, the same rules as the test',
    `tweets' probe below) and weigh them by what they say: ideological ${of('ideological')}, neutral news relays ${of('relay')}, other`,
    `talk ${of('other')} (the source's flat weight is ${num(ISIS_ACCOUNT_WEIGHT, 2)})${
      get(options, 'flagOnlyIdeological') === true
        ? '; only the ideological ones are targets of the decision output and positives of its calibration'
        : ''
    }.`,
  ];
}

/** How training fragments were added (`fragments` in the config), in words. */
function fragmentTraining(options: unknown): string[] {
  const share = get(options, 'share');
  if (typeof share !== 'number' || share <= 0) return [];
  return [
    `${Math.round(share * 100)}% of the harmless public training posts, chosen by their text, also give a fragment of one`,
    'to six consecutive words, trained on as a harmless post (`model/pipeline/fragments.ts`): the network averages',
    'a post’s features, so a short reply was read through its few words alone, and words that propaganda also',
    'uses (“brother”, “lions”, “wake”) flagged it (see the fragment probe below).',
  ];
}

/** Harmless test posts whole and cut to a few words (`test.fragments`), flagged at balanced. */
function fragmentSection(metrics: Metrics): string[] {
  const probe = get(metrics, 'test', 'fragments');
  const lengths = entriesAt(probe, 'byLength');
  if (lengths.length === 0) return [];
  return [
    '### Short fragments of harmless posts (probe)',
    '',
    'Harmless public test posts (tweets, news sentences, reviews; every source calibration trusts) whole, and',
    'cut to a few consecutive words as a short reply would be (`model/pipeline/fragments.ts`). A piece of a',
    'harmless post is harmless, so every rate should stay at the whole posts’ one. Balanced level.',
    '',
    '| posts | flagged |',
    '|---|---|',
    `| whole | ${rate(get(probe, 'whole'))} |`,
    ...lengths.map(([length, entry]) => `| ${length} word${length === '1' ? '' : 's'} | ${rate(entry)} |`),
    '',
  ];
}

/** A failure-mode bullet when short fragments of harmless posts are flagged at twice the whole posts' rate or more. */
function fragmentFailure(metrics: Metrics): string[] {
  const whole = get(metrics, 'test', 'fragments', 'whole', 'rate');
  const lengths = entriesAt(metrics, 'test', 'fragments', 'byLength');
  if (typeof whole !== 'number' || lengths.length === 0) return [];
  const worst = lengths
    .map(([length, entry]) => ({ length, value: get(entry, 'rate') }))
    .filter((item): item is { length: string; value: number } => typeof item.value === 'number')
    .sort((a, b) => b.value - a.value)[0];
  if (worst === undefined || worst.value < 2 * whole) return [];
  return [
    `- Short posts are read through their few words: ${worst.length}-word pieces of harmless posts are flagged`,
    `  ${pct(worst.value)} of the time, the whole posts ${pct(whole)} (see the fragment probe).`,
  ];
}

/** What each kind of probe noise adds (model/pipeline/platformNoise.ts), for the card's table. */
const NOISE_DESCRIPTIONS: Record<string, string> = {
  clean: 'none (the posts as written)',
  hashtags: 'one to three hashtags',
  link: 'a link',
  mention: 'a mention',
  retweet: 'a retweet prefix ("RT @…:")',
  emoji: 'one to three emoji',
  stretch: 'a stretched letter in one or two words',
  capitals: 'capitals',
  words: 'one to three everyday words ("ok", "yaar", "سنو" …; never in training)',
};

/**
 * The platform-noise probe (model/pipeline/noiseProbe.ts): held-out authored posts with noise that says
 * nothing about them. Metrics written before the probe existed render without it.
 */
function platformNoiseSection(metrics: Metrics): string[] {
  const probe = entriesAt(metrics, 'test', 'platformNoise');
  if (probe.length === 0) return [];
  const lines = [
    '### Held-out posts with platform noise (probe)',
    '',
    'The held-out authored posts again, each with one kind of noise posts on the platforms carry: hashtags,',
    'links, mentions, emoji, stretched letters, capitals, a few everyday words (`model/pipeline/platformNoise.ts`; ' +
      (platformNoiseTraining(get(metrics, 'data', 'platformNoise')).length > 0
        ? 'hashtags, handles, link domains and emoji from other pools than the training noise above, and everyday words that training never adds).'
        : 'this model was trained without noise).'),
    'The noise changes nothing a post says, so every figure should stay at the clean one.',
    'Balanced level; recall / false flags / ranking AUC of the decision output.',
    '',
    `| noise | ${DECISION_LANGS.join(' | ')} |`,
    `|---|${DECISION_LANGS.map(() => '---').join('|')}|`,
  ];
  for (const [kind, entry] of probe) {
    const cells = DECISION_LANGS.map((lang) => {
      const own = get(entry, lang);
      return `${pct(get(own, 'recall', 'rate'))} / ${pct(get(own, 'falseFlags', 'rate'))} / ${num(get(own, 'flagAuc'))}`;
    });
    lines.push(`| ${NOISE_DESCRIPTIONS[kind] ?? kind} | ${cells.join(' | ')} |`);
  }
  return [...lines, ''];
}

/** A noise that moves held-out recall or false flags by this much (mean over languages) is named a failure mode. */
const NOISE_SHIFT_TO_NAME = 0.05;

/**
 * A failure-mode bullet from the platform-noise probe: the kinds of noise that move recall or false flags
 * by 5 points or more (mean over the languages), worst first; none when every kind stays closer.
 */
function platformNoiseFailure(metrics: Metrics): string[] {
  const probe = get(metrics, 'test', 'platformNoise');
  const kinds = entriesAt(probe).map(([kind]) => kind);
  if (kinds.length === 0) return [];
  const mean = (kind: string, figure: string) => {
    const values = DECISION_LANGS.map((lang) => get(probe, kind, lang, figure, 'rate'));
    return values.every((v) => typeof v === 'number')
      ? (values as number[]).reduce((a, b) => a + b, 0) / values.length
      : undefined;
  };
  const clean = { recall: mean('clean', 'recall'), falseFlags: mean('clean', 'falseFlags') };
  if (clean.recall === undefined || clean.falseFlags === undefined) return [];
  const named = kinds
    .filter((kind) => kind !== 'clean')
    .flatMap((kind) => {
      const recall = mean(kind, 'recall');
      const falseFlags = mean(kind, 'falseFlags');
      if (recall === undefined || falseFlags === undefined) return [];
      const shift = Math.max(Math.abs(recall - clean.recall!), Math.abs(falseFlags - clean.falseFlags!));
      return shift >= NOISE_SHIFT_TO_NAME ? [{ kind, recall, falseFlags, shift }] : [];
    })
    .sort((a, b) => b.shift - a.shift);
  if (named.length === 0) return [];
  const listed = named.map(
    ({ kind, recall, falseFlags }) =>
      `${NOISE_DESCRIPTIONS[kind] ?? kind} (recall ${pct(recall)}, false flags ${pct(falseFlags)})`,
  );
  return [
    '- Noise that says nothing about a post still moves its score: held-out authored posts with',
    `  ${listed.join('; ')}, against ${pct(clean.recall)} and ${pct(clean.falseFlags)} as written (mean over the`,
    '  three languages, balanced; see the platform-noise probe).',
  ];
}

/** Neutral news relays from pro-ISIS accounts flagged at balanced, named as a failure when it is 5% or more. */
function newsRelayFailure(metrics: Metrics): string[] {
  const stance = get(metrics, 'test', 'isisStance');
  const relays = get(stance, 'flagged', 'relay', 'rate', 'balanced');
  if (typeof relays !== 'number' || relays < HARMLESS_FLAG_RATE_TO_NAME) return [];
  const auc = get(stance, 'ideologicalOverRelayAuc', 'extremist_propaganda');
  const apart = typeof auc === 'number' && auc < 0.75 ? 'tells them apart poorly' : 'ranks them';
  return [
    `- Neutral war news relayed by pro-ISIS accounts is flagged: ${pct(relays)} of such test tweets at balanced, against`,
    `  ${pct(get(stance, 'flagged', 'ideological', 'rate', 'balanced'))} of the tweets that take the jihadist side. The network probably learns an account's`,
    `  register (hashtags, front-line place names, casualty counts) with its ideology; the extremist head ${apart}`,
    `  (AUC ${num(auc)}).`,
  ];
}

/** What the network cannot read of a sentence's structure, with or without word order (`train.sequence`). */
function grammarFailure(sequence: unknown): string[] {
  const ordered = wordOrderSettings(sequence);
  return [
    ordered
      ? `- The network reads word order only ${ordered.width} tokens at a time and has no grammar: negation and quotation ("they say X, which is a lie")`
      : '- A bag of features has no grammar: negation and quotation ("they say X, which is a lie") are only marked',
    ordered
      ? '  beyond that span are only marked on nearby words (a negator a few words away, quotation marks), so counter-speech and news that quote'
      : '  on nearby words (a negator a few words away, quotation marks), so counter-speech and news that quote',
    '  or deny propaganda can still be flagged, and irony is not understood. The negation marks cut both ways:',
    '  "ye log insaan nahi" (they are not human) denies as counter-speech does, and can be missed.',
  ];
}

/** A failure-mode bullet when the probe's balanced flag rate reaches the harmless-category bar in a language. */
function identityProbeFailure(metrics: Metrics): string[] {
  const high = identityProbeEntries(metrics).filter(([, entry]) => {
    const value = get(entry, 'rate', 'balanced');
    return typeof value === 'number' && value >= HARMLESS_FLAG_RATE_TO_NAME;
  });
  if (high.length === 0) return [];
  const listed = high
    .map(
      ([lang, entry]) =>
        `${lang} ${pct(get(entry, 'rate', 'balanced'))} against ${pct(get(entry, 'controls', 'rate', 'balanced'))} for occupations`,
    )
    .join(', ');
  return [
    `- Harmless posts that name a religious, sectarian or ethnic group are flagged at balanced (identity probe: ${listed}).`,
    '  Short solidarity sentences score high by themselves, and in the training data group names appear mostly',
    '  in hateful posts and in the counter-speech that answers them; the network learns both.',
  ];
}

/** Three figures per language, e.g. ".935/.964/.956" or "64.7/74.9/73.9%". */
function perLanguage(values: unknown, asPercent: boolean): string {
  const parts = DECISION_LANGS.map((lang) => {
    const value = get(values, lang);
    if (typeof value !== 'number') return 'n/a';
    return asPercent ? (value * 100).toFixed(1) : value.toFixed(3).replace(/^0/, '');
  });
  return parts.join('/') + (asPercent ? '%' : '');
}

/** The pro-ISIS test tweets split by our own per-tweet reading (model/data/probes/isis-stance.tsv). */
function isisStanceSection(metrics: Metrics): string[] {
  const stance = get(metrics, 'test', 'isisStance');
  if (stance === undefined) return [];
  const row = (label: string, key: string) =>
    `| ${label} (${num(get(stance, 'flagged', key, 'n'), 0)}) | ${SENSITIVITY_LEVELS.map((level) => pct(get(stance, 'flagged', key, 'rate', level))).join(' | ')} |`;
  const unlabelled = Number(get(stance, 'unlabelled'));
  return [
    '### Pro-ISIS test tweets by what they say',
    '',
    'The pro-ISIS tweets are labelled by account, so every tweet of a test account counts as extremist, and',
    'most come from one account that relays war news. News of an attack is not propaganda, so we read each',
    'test tweet and marked whether its own wording takes the jihadist side (praise of fighters or attacks,',
    'takfir and slurs for a group, gloating, calls, the group’s own titles used approvingly), relays news in',
    'neutral words, or is something else (replies, chat, appeals, unclear fragments). One annotator read them',
    'all; a blind second reading of 300 with the same guide agreed on 95% (kappa 0.91, an upper bound: the guide',
    'came from the first reading). Never trained on (`model/data/probes/isis-stance.tsv`, keyed by a hash of the text).',
    '',
    '| tweets | relaxed | balanced | sensitive |',
    '|---|---|---|---|',
    row('ideological', 'ideological'),
    row('neutral news relays', 'relay'),
    row('other', 'other'),
    '',
    `Ranking of the ideological tweets above the relays (AUC): extremist head ${num(get(stance, 'ideologicalOverRelayAuc', 'extremist_propaganda'))}, decision output ${num(get(stance, 'ideologicalOverRelayAuc', 'flag'))}.${unlabelled > 0 ? ` ${String(unlabelled)} test tweets have no reading (the split changed since the file was written).` : ''}`,
    '',
  ];
}

/**
 * The same configuration trained with other seeds (model/seed-spread.json, measured): which figures
 * are steady and which are one draw. Nothing is rendered without the file.
 */
function seedSpreadSection(metrics: Metrics, spread: unknown): string[] {
  const runs = get(spread, 'runs');
  if (!Array.isArray(runs) || runs.length === 0) return [];
  const shippedSeed = get(metrics, 'training', 'config', 'seed');
  const header = runs.map((run) => {
    const seed = get(run, 'seed');
    return `seed ${String(seed)}${seed === shippedSeed ? ' (shipped)' : ''}`;
  });
  const row = (label: string, cell: (run: Json) => string) => `| ${label} | ${runs.map(cell).join(' | ')} |`;
  return [
    '### How much these figures move between seeds',
    '',
    'The same data and configuration trained with other seeds (`model/seed-spread.json`, written from each',
    "run's metrics by `scripts/seed-spread.ts`; test splits, balanced level). Held-out ranking is steady; the",
    'calibrated rule less so: the hate head is steep near its threshold, so how much public hate speech is',
    'flagged moves most, and figures near a target cross it by seed. Models are compared over seeds, and a',
    'seed is never chosen by its test figures.',
    '',
    `| figure | ${header.join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    row('authored flag AUC en/ur/ur-Latn', (run) => perLanguage(get(run, 'flagAuc'), false)),
    row('authored recall', (run) => perLanguage(get(run, 'recall'), true)),
    row('authored false flags', (run) => perLanguage(get(run, 'falseFlags'), true)),
    row(
      'TweetEval hate / offensive',
      (run) => `${num(get(run, 'tweeteval_hate'))} / ${num(get(run, 'tweeteval_offensive'))}`,
    ),
    row('HateXplain / PTC', (run) => `${num(get(run, 'hatexplain'))} / ${num(get(run, 'ptc'))}`),
    row('counter-speech flagged', (run) => pct(get(run, 'counterSpeech'))),
    row(
      'pro-ISIS tweets flagged (extremist term)',
      (run) => `${pct(get(run, 'proIsis'))} (${num(get(run, 'extremistThreshold'), 2)})`,
    ),
    row(
      'HateXplain hate / normal posts flagged (hate term)',
      (run) =>
        `${pct(get(run, 'hatexplainHate'))} / ${pct(get(run, 'hatexplainNormal'))} (${num(get(run, 'hateThreshold'), 2)})`,
    ),
    ...(runs.some((run) => get(run, 'proIsisRecallAt1Pct') !== undefined)
      ? [
          row('pro-ISIS tweets: extremist head recall where it flags 1% of harmless posts', (run) =>
            pct(get(run, 'proIsisRecallAt1Pct')),
          ),
        ]
      : []),
    ...(runs.some((run) => get(run, 'proIsisIdeological') !== undefined)
      ? [
          row(
            'pro-ISIS tweets flagged, by our reading: ideological / neutral relays',
            (run) => `${pct(get(run, 'proIsisIdeological'))} / ${pct(get(run, 'proIsisRelay'))}`,
          ),
        ]
      : []),
    ...(runs.some((run) => get(run, 'fragments') !== undefined)
      ? [
          row('harmless posts flagged: whole / one word / four words of them', (run) =>
            ['whole', '1', '4'].map((length) => pct(get(run, 'fragments', length))).join(' / '),
          ),
        ]
      : []),
    row('identity probe', (run) => perLanguage(get(run, 'identityProbe'), true)),
    ...(runs.some((run) => get(run, 'forumProbe') !== undefined)
      ? [
          row(
            'forum probe: hateful posts flagged / ranking AUC of the decision output',
            (run) => `${pct(get(run, 'forumProbe', 'recall'))} / ${num(get(run, 'forumProbe', 'auc'))}`,
          ),
        ]
      : []),
    ...(runs.some((run) => get(run, 'noiseRecall') !== undefined)
      ? [
          row('platform-noise probe: mean recall over the kinds of noise', (run) =>
            perLanguage(get(run, 'noiseRecall'), true),
          ),
        ]
      : []),
    '',
  ];
}

export function renderModelCard(metrics: Metrics, seedSpread?: unknown): string {
  const bench = get(metrics, 'test', 'benchmarks');
  const mark = (value: unknown, target: number, above = true): string =>
    typeof value === 'number' ? ((above ? value >= target : value <= target) ? '✅' : '❌') : '';
  const perLanguageThresholds = languageThresholds(get(metrics, 'calibration', 'rules', 'balanced'));
  const flagBranch = get(metrics, 'training', 'config', 'flag_branch');
  const budgets = get(metrics, 'calibration', 'budgets');
  const lines: string[] = [];
  const push = (...more: string[]): void => {
    lines.push(...more);
  };
  push(
    '# Basirat propaganda model — model card',
    '',
    '<!-- Generated by `npm run train` (model/pipeline/card.ts) from model/metrics.json. Do not edit by hand. -->',
    '',
    `Version ${String(get(metrics, 'model', 'version'))}, \`public/model/basirat.onnx\`, ${(Number(get(metrics, 'model', 'bytes')) / 1e6).toFixed(2)} MB, sha256 \`${String(get(metrics, 'model', 'sha256'))}\`.`,
    '',
    '## What it is',
    '',
    'A small from-scratch model that runs in the browser (onnxruntime-web, wasm) and in the `classify` command.',
    'Text is normalised and hashed into features by `utils/classifier/` (the same TypeScript in the extension,',
    'the CLI and training): word unigrams and bigrams, character 3–5-grams, a Roman-Urdu spelling skeleton,',
    'a consonant skeleton shared by both scripts of Urdu ("jihad" and "جہاد" are both `x:jhd`; Latin words',
    'get it only in posts read as Roman Urdu), hashtags, URL domains, emoji, and a second feature for words',
    'inside quotation marks, double or single (counter-speech and',
    'news quote the lines they reject or report; "\'bhed bakriyan\'? hamare bhai hain") and for words near a',
    'negator in the same sentence (two words',
    'before it, three after: Urdu puts its negator after what it denies, "chuhe nahi hain"; counter-speech is',
    'full of denials), into 2^18 buckets. The network averages and max-pools 24-dimensional',
    `int8-quantised embeddings of those features${wordOrderClause(get(metrics, 'training', 'config', 'sequence'))}, has one hidden layer${averagedEpochsClause(get(metrics, 'training', 'averaged_epochs'))}, and outputs eleven sigmoid heads: four`,
    'harm heads (`extremist_propaganda`, `hate_dehumanization`, `violent_threat_incitement`, and the auxiliary',
    '`offensive_abusive`, which soaks up swearing), six propaganda-technique groups and `propaganda_any`,',
    'plus an internal `flag` decision output trained directly on what should be flagged (our authored posts,',
    'pro-ISIS tweets and Urdu threats as positives, hate speech as a soft positive; news, counter-speech,',
    'swearing and ordinary posts as negatives). The technique heads learn only from the sources that annotate',
    'techniques (PTC and our authored posts); other corpora leave them unknown, since their everyday tweets,',
    'reviews and news use loaded language too. The `flag` output mixes that shared network with a small',
    `second bag of features (${branchShape(flagBranch)}) trained after it on our`,
    'authored posts and a share of public posts that must not be flagged: the public sets dilute what the shared network learns',
    'about Pakistani extremist rhetoric, and the mix ranked our held-out authored validation posts better',
    `(mix weight and epoch chosen on that validation AUC; see \`flag_branch\` in \`model/config.json\`).${branchNegativeWeight(flagBranch)}`,
    ...headBranchesText(get(metrics, 'training')),
    ...isisStanceTraining(get(metrics, 'data', 'isisStance')),
    ...platformNoiseTraining(get(metrics, 'data', 'platformNoise')),
    ...fragmentTraining(get(metrics, 'data', 'fragments')),
    '',
    'A post is **flagged** by a rule calibrated on validation data and shipped in `basirat-model.json`: the',
    `decision output, or extremist, threat or hate above its threshold${hateFloor(get(metrics, 'calibration', 'hateDecisionFloor'))}, or hate/threat moderately high`,
    '*together with* a propaganda technique (the calibration may switch a term off by leaving it at 1). Three sensitivity levels (relaxed, balanced, sensitive) are calibrated to at most 1%, 3% and 6%',
    'false flags in every negative validation group (news, counter-speech, benign chat, Urdu political posts,',
    'our authored hard negatives; twice that for merely offensive posts;',
    authoredBudgets(budgets, perLanguageThresholds !== ''),
    `${looseBudgets(budgets)}).${minGroupText(budgets)}${groupNameBudget(budgets)} Our authored`,
    `positives weigh 6 in the recall objective, ${positiveWeights(budgets)}. The decision output`,
    'is lowered first, as far as the budgets allow; only then may single heads spend what is left.' +
      stepChoiceText(get(metrics, 'calibration', 'stepChoice')) +
      perLanguageThresholds +
      heldBackTerms(get(metrics, 'calibration', 'termLevels'), get(metrics, 'test', 'flagRatesByGroup')) +
      strictOnly(get(metrics, 'calibration', 'strictOnlyTerms')) +
      jointSearch(get(metrics, 'calibration', 'strictOnlyTerms'), get(metrics, 'calibration', 'jointTerms')),
    'Severity says which levels agree. Evidence is computed by occlusion: the words whose removal lowers the flag the most.',
    '',
    'Long posts: the first 20,000 characters are read, as windows of 256 tokens (stride 192, at most 16',
    'windows spread over the post); a post scores the maximum over its windows.',
    '',
    '## Intended use',
    '',
    '- Label posts in the user’s own browser with an explanation, so that a young person can see a',
    '  manipulation technique and find counter-narratives and help. The user decides what to do.',
    '',
    '## Uses to avoid',
    '',
    '- **Automated moderation**, removal, blocking or reporting of content or accounts.',
    '- **Judging people**: scoring users, building lists of people or groups, profiling anyone’s beliefs.',
    '- Any decision about a person (school discipline, policing, employment). The model is wrong often',
    '  enough, and its errors fall unevenly across languages and communities (see below).',
    '',
    '## Results (test splits, balanced level)',
    '',
    '| target | measured | goal | published reference |',
    '|---|---|---|---|',
    `| TweetEval hate, test macro-F1 | ${num(get(bench, 'tweeteval_hate', 'macroF1'))} ${mark(get(bench, 'tweeteval_hate', 'macroF1'), 0.53)} | ≥ 0.53 | FastText 0.506, LSTM 0.526, BERTweet 0.564 |`,
    `| TweetEval offensive, test macro-F1 | ${num(get(bench, 'tweeteval_offensive', 'macroF1'))} ${mark(get(bench, 'tweeteval_offensive', 'macroF1'), 0.75)} | ≥ 0.75 | FastText 0.734, best pretrained 0.822 |`,
    `| HateXplain, test 3-class macro-F1 (hate + offensive heads) | ${num(get(bench, 'hatexplain', 'macroF1'))} ${mark(get(bench, 'hatexplain', 'macroF1'), 0.63)} | ≥ 0.63 | BiRNN-HateXplain 0.629, BERT 0.687 |`,
    `| PTC dev, sentence-level \`propaganda_any\` F1 | ${num(get(bench, 'ptc_dev_propaganda_any', 'f1'))} ${mark(get(bench, 'ptc_dev_propaganda_any', 'f1'), 0.6)} | ≥ 0.60 | — |`,
    `| Counter-speech flagged (Multitarget-CONAN + KN-grounded CN, never trained on) | ${rate(get(bench, 'counter_speech_flag_rate'))} ${mark(get(bench, 'counter_speech_flag_rate', 'rate'), 0.05, false)} | ≤ 5% | — |`,
  );
  for (const lang of DECISION_LANGS) {
    const entry = get(metrics, 'test', 'authored', lang);
    push(
      `| Authored held-out (${lang}): flag recall | ${rate(get(entry, 'recall'))} ${mark(get(entry, 'recall', 'rate'), 0.85)} | ≥ 85% | — |`,
      `| Authored held-out (${lang}): false flags | ${rate(get(entry, 'falseFlags'))} ${mark(get(entry, 'falseFlags', 'rate'), 0.05, false)} | ≤ 5% | — |`,
      `| Authored held-out (${lang}): ranking AUC of the decision output | ${num(get(entry, 'flagAuc'))} | — | — |`,
      ...(get(entry, 'recallAt5PctFalseFlags') === undefined
        ? []
        : [
            `| Authored held-out (${lang}): recall of the decision output alone where it flags 5% of the negatives | ${pct(get(entry, 'recallAt5PctFalseFlags'))} | — | — |`,
          ]),
    );
  }
  const proIsis = get(metrics, 'test', 'proIsisRanking');
  if (proIsis !== undefined) {
    push(
      `| Pro-ISIS tweets (${num(get(proIsis, 'positives'), 0)} from ${num(get(proIsis, 'accounts'), 0)} accounts, ${pct(get(proIsis, 'largestAccountShare'))} from one) against harmless public posts and counter-speech (${num(get(proIsis, 'negatives'), 0)}): AUC of the extremist head / of the decision output | ${num(get(proIsis, 'extremist_propaganda', 'auc'), 4)} / ${num(get(proIsis, 'flag', 'auc'), 4)} | — | — |`,
      `| Pro-ISIS tweets: recall of the extremist head / of the decision output where it alone flags 1% of those posts | ${pct(get(proIsis, 'extremist_propaganda', 'recallAt1PctFalseFlags'))} / ${pct(get(proIsis, 'flag', 'recallAt1PctFalseFlags'))} | — | — |`,
    );
  }
  push(
    `| Model file size | ${(Number(get(metrics, 'model', 'bytes')) / 1e6).toFixed(2)} MB ${mark(Number(get(metrics, 'model', 'bytes')) / 1e6, 8, false)} | ≤ 8 MB | — |`,
    '',
    'Benchmark thresholds for the public test sets are tuned on each set’s own validation split (as the',
    'published baselines do); the flag rule is the shipped one. The authored held-out set is small',
    '(about 25% of our posts per language), so one post moves a rate by 0.7–1.5 points.',
    '',
    ...identityProbeSection(metrics),
    ...emojiProbeSection(metrics),
    ...violenceProbeSection(metrics),
    ...forumProbeSection(metrics),
    ...politicsProbeSection(metrics),
    ...addressProbeSection(metrics),
    ...writerProbeSection(metrics),
    ...isisStanceSection(metrics),
    ...platformNoiseSection(metrics),
    ...fragmentSection(metrics),
    ...seedSpreadSection(metrics, seedSpread),
    ...bindingSection(get(metrics, 'calibration')),
    '### Authored held-out posts by category (flag rate, balanced)',
    '',
    '| language | category | flagged |',
    '|---|---|---|',
  );
  for (const lang of DECISION_LANGS) {
    for (const [category, entry] of entriesAt(metrics, 'test', 'authored', lang, 'byCategory')) {
      push(`| ${lang} | ${category} | ${rate(entry)} |`);
    }
  }
  push(
    '',
    '### Flag rate by test group and level',
    '',
    '| group | relaxed | balanced | sensitive |',
    '|---|---|---|---|',
  );
  const groups = get(metrics, 'test', 'flagRatesByGroup');
  for (const [group] of entriesAt(groups, 'balanced')) {
    push(
      `| ${group} | ${rate(get(groups, 'relaxed', group))} | ${rate(get(groups, 'balanced', group))} | ${rate(get(groups, 'sensitive', group))} |`,
    );
  }
  push('', '### Per-head ROC AUC on each source’s test split', '');
  const auc = get(metrics, 'test', 'headAuc');
  if (auc && typeof auc === 'object' && !Array.isArray(auc)) {
    push('| source | head | AUC |', '|---|---|---|');
    for (const [source, heads] of Object.entries(auc)) {
      for (const [head, value] of entriesAt(heads)) push(`| ${source} | ${head} | ${num(value)} |`);
    }
  }
  push(
    '',
    '## Data',
    '',
    'Trained only on `../shared/data` (see its MANIFEST) and on posts we wrote ourselves',
    '(`model/data/authored/`, English, Urdu and Roman Urdu; a quarter is held out). No dataset text is',
    'shipped in the extension; only the weights are. Rows are deduplicated across sources on normalised text',
    '(test copies win), official splits are kept, and Multitarget-CONAN and the KN-grounded counter-narratives',
    'are held out whole to measure counter-speech on an unseen source.',
  );
  // Metrics written before the split policy was recorded (0.14.0 and older) render as they did.
  const split = splitPolicy(get(metrics, 'data', 'split'));
  if (split !== '') push(split);
  push('', '| source | license (as stated) | what it gives |', '|---|---|---|');
  const sources = get(metrics, 'data', 'sources');
  if (Array.isArray(sources)) {
    for (const source of sources)
      push(
        `| ${String(get(source, 'id'))} | ${String(get(source, 'license'))} | ${String(get(source, 'description'))} |`,
      );
  }
  push(
    '| authored | MIT (this project) | Pakistan-context posts in three languages and English forum and comment-section hate, with hard negatives |',
    '',
    'Several sources carry research-only or no licence (CONAN forbids redistribution). We ship weights',
    'only; before a public release, each source’s terms must be checked for distributing a trained model.',
    ...languageDetection(metrics),
    '',
    '## Known failure modes and limits',
    '',
    ...mostFlaggedHarmless(metrics),
    ...identityProbeFailure(metrics),
    ...newsRelayFailure(metrics),
    '- Positive extremist data is thin: weak account-level labels (pro-ISIS tweets, 2015–16), Urdu threat',
    `  tweets as a proxy, and our own invented posts (${authoredPerLanguage(metrics)} per language). Propaganda that looks unlike these`,
    '  (new slogans, other movements, memes as images, audio or video) is missed.',
    ...forumProbeFailure(metrics),
    ...politicsProbeFailure(metrics),
    ...addressProbeFailure(metrics),
    ...grammarFailure(get(metrics, 'training', 'config', 'sequence')),
    '- Words spelled out letter by letter to slip past filters are read as the word they spell only when at least',
    '  four letters of one script are separated by spaces or light punctuation ("k a f i r", "j.i.h.a.d",',
    '  "ک ا ف ر"); shorter runs ("q t l"), wider gaps and letters mixed with digits or emoji are still read as',
    '  single letters, and a post whose harm sits in such words can score near 0.',
    '- A word that means one thing in Roman Urdu and another in the pro-ISIS tweets can be read the second way',
    '  when our own posts lack the first: "abu" (dad; also the "Abu …" of militants’ noms de guerre) made the',
    '  extremist head score everyday sentences up to 0.99 on 0.23.0 (four of six clear cases flagged) and up to',
    '  0.90 on 0.24.0. This model learned the word from posts that use it as dad and from harmful posts that name',
    '  kunyas (0.00–0.40 on those sentences); other words shared by both senses may not have such posts yet.',
    '- Urdu-script offensive and hate labels come from one noisy source; Roman Urdu spelling is folded, but',
    '  unseen spellings and code-mixing reduce accuracy.',
    ...romanUrduReadAsEnglish(metrics),
    ...platformNoiseFailure(metrics),
    ...fragmentFailure(metrics),
    '- Recall is the weak side. The rule is calibrated so that no validation group of harmless posts is flagged',
    '  beyond its budget, and our hardest harmless posts (short posts that share charged words with harmful ones,',
    '  everyday posts about a religious or ethnic group, counter-speech) keep the thresholds high: held-out recall at balanced',
    `  (${authoredRates(metrics, 'recall') || 'n/a'}) is far under the 85% target, with false flags at`,
    `  ${authoredRates(metrics, 'falseFlags') || 'n/a'} against 5%, and where the thresholds settle moves by seed.`,
    '- The technique heads learned from English news articles (PTC) and our authored posts; on other social',
    '  posts and in Urdu they are rough, which is why they only explain a flag and never flag on their own.',
    '- A post with no Latin or Arabic-script letter (emoji only, numbers, links, Hindi in Devanagari) is never',
    '  flagged: the model has seen almost none, and a lone emoji scored as whatever it most often stood beside',
    '  (a rose, extremist 1.0; a laughing face and fire, flagged). Harm carried only by emoji or another script is missed.',
    '- Images, video and text inside images are not read.',
    '',
    '## Reproduce',
    '',
    '`npm run train` (needs Debian `python3-torch` and `python3-onnx`; reads `../shared/data`, or',
    '`--data-dir`/`BASIRAT_DATA_DIR`). Seeded; configuration in `model/config.json`; all figures above come',
    'from `model/metrics.json`, written by the same run.',
    '',
  );
  return lines.join('\n');
}

export function writeModelCard(path: string, metrics: Metrics, seedSpread?: unknown): void {
  writeFileSync(path, renderModelCard(metrics, seedSpread));
}
