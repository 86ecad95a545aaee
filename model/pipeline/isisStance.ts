import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { ScoredRow } from './evaluate.ts';
import { probeRatesOf } from './identityProbe.ts';
import { rocAuc, round } from './metrics.ts';

/*
 * The pro-ISIS tweets are labelled by account: every tweet of six test accounts counts as extremist, and
 * one news-relay account wrote nearly three quarters of them. The brief says news of an attack is not
 * propaganda, so "pro-ISIS tweets flagged" rewards a model for flagging neutral war news. Our own reading
 * of each test tweet (model/data/probes/isis-stance.tsv, never trained on) splits the figure: tweets whose
 * wording takes the jihadist side, neutral relays, and everything else.
 */

export const ISIS_STANCES = ['ideological', 'relay', 'other'] as const;
export type IsisStance = (typeof ISIS_STANCES)[number];

/** The key a tweet's stance is stored under: the first 16 hex digits of the sha256 of its text, so the file holds no tweet text. */
export function stanceKey(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Reads a stance file (see `parseIsisStances`). */
export function readIsisStances(path: string): Map<string, IsisStance> {
  return parseIsisStances(readFileSync(path, 'utf8'), path);
}

/** Parses `key<TAB>stance` lines after a `key\tlabel` header; a malformed line, unknown stance or repeated key is an error naming `path`. */
export function parseIsisStances(text: string, path: string): Map<string, IsisStance> {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines[0] !== 'key\tlabel') throw new Error(`${path}: the first line must be the header "key<TAB>label"`);
  const stances = new Map<string, IsisStance>();
  lines.slice(1).forEach((line, index) => {
    const [key, label, ...rest] = line.split('\t');
    const where = `${path}:${index + 2}`;
    if (rest.length > 0 || key === undefined || !/^[0-9a-f]{16}$/.test(key))
      throw new Error(`${where}: expected a 16-hex-digit key and a label`);
    if (!(ISIS_STANCES as readonly string[]).includes(label ?? ''))
      throw new Error(`${where}: unknown stance ${JSON.stringify(label)}`);
    if (stances.has(key)) throw new Error(`${where}: key ${key} appears twice`);
    stances.set(key, label as IsisStance);
  });
  return stances;
}

/**
 * Flag rates of the pro-ISIS test tweets per stance and level, and how the extremist head and the
 * decision output rank the ideological tweets above the relays. Tweets without a stance (the split
 * changed since the file was written) are counted, not guessed.
 */
export function isisStanceFigures(
  scored: readonly ScoredRow[],
  stances: ReadonlyMap<string, IsisStance>,
  rules: Record<Sensitivity, FlagRule>,
) {
  const tweets = scored.filter(({ row }) => row.source === 'isis_fanboy' && row.split === 'test');
  const byStance = new Map<IsisStance, ScoredRow[]>(ISIS_STANCES.map((stance) => [stance, []]));
  let unlabelled = 0;
  for (const item of tweets) {
    const stance = stances.get(stanceKey(item.row.text));
    if (stance === undefined) unlabelled++;
    else byStance.get(stance)?.push(item);
  }
  // The probes' shape (n, flagged and rate per level), so the card reads them all alike.
  const flagged = Object.fromEntries(
    ISIS_STANCES.map((stance) => [stance, probeRatesOf(byStance.get(stance) ?? [], rules)]),
  ) as Record<IsisStance, ReturnType<typeof probeRatesOf>>;
  const ideological = byStance.get('ideological') ?? [];
  const relays = byStance.get('relay') ?? [];
  const ranking = (output: 'extremist_propaganda' | 'flag') =>
    round(
      rocAuc(
        [...ideological, ...relays].map(({ scores }) => scores[output]),
        [...ideological.map((): 0 | 1 => 1), ...relays.map((): 0 | 1 => 0)],
      ),
    );
  return {
    tweets: tweets.length,
    unlabelled,
    flagged,
    ideologicalOverRelayAuc: { extremist_propaganda: ranking('extremist_propaganda'), flag: ranking('flag') },
  };
}

/** How the pro-ISIS training and validation tweets are read (`isisStance` in model/config.json). */
export interface IsisStanceWeights {
  /** Path of the `key<TAB>label` file of the training and validation tweets (the test tweets' file is a probe). */
  labels: string;
  /** Loss weight per stance; each must be positive (a tweet is never silently removed). */
  weight: Record<IsisStance, number>;
  /**
   * Only ideological tweets are targets of the flag output and positives of the calibration: the others
   * carry their stance (`DatasetRow.isisStance`) and say nothing about the flag, as a technique in a news
   * article says nothing (calibrationGroup in evaluate.ts).
   */
  flagOnlyIdeological?: boolean;
}

/**
 * The rows with each pro-ISIS training or validation tweet weighted by its stance instead of the
 * source's flat weight (every tweet of an account counts as extremist there, news relays included).
 * With `markStance` a tweet also carries its stance, which decides whether it is a flag target. Test
 * rows are left alone: they are measured, never trained on. A train or validation tweet without a
 * reading keeps its weight and is counted, so a stale file is visible.
 */
export function withIsisStances<
  T extends { source: string; split: string; text: string; weight?: number; isisStance?: IsisStance },
>(
  rows: readonly T[],
  stances: ReadonlyMap<string, IsisStance>,
  options: { weight: Readonly<Record<IsisStance, number>>; markStance: boolean },
): { rows: T[]; unlabelled: number } {
  for (const stance of ISIS_STANCES) {
    const value = options.weight[stance];
    if (!(typeof value === 'number' && value > 0))
      throw new Error(`isisStance.weight.${stance} must be a positive number, got ${JSON.stringify(value)}`);
  }
  let unlabelled = 0;
  const out = rows.map((row) => {
    if (row.source !== 'isis_fanboy' || row.split === 'test') return row;
    const stance = stances.get(stanceKey(row.text));
    if (stance === undefined) {
      unlabelled++;
      return row;
    }
    return { ...row, weight: options.weight[stance], ...(options.markStance ? { isisStance: stance } : {}) };
  });
  return { rows: out, unlabelled };
}
