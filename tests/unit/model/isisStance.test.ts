import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetRow } from '../../../model/pipeline/dataset.ts';
import { calibrationGroup, flagTarget, type ScoredRow } from '../../../model/pipeline/evaluate.ts';
import { isisStanceFigures, readIsisStances, stanceKey, withIsisStances } from '../../../model/pipeline/isisStance.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import type { Scores } from '../../../utils/classifier/postprocess.ts';
import { decisionRule, probeFile } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A stance file with the given body lines after the header (or a raw text). */
function stanceFile(lines: string[], header = 'key\tlabel'): string {
  const path = probeFile('isis-stance.tsv', '');
  writeFileSync(path, [header, ...lines].join('\n') + '\n');
  return path;
}

const tweet = (
  text: string,
  flag: number,
  extremist: number,
  split: DatasetRow['split'] = 'test',
  source = 'isis_fanboy',
) =>
  ({
    row: { source, split, text, labels: { extremist_propaganda: 1 }, key: text } as unknown as DatasetRow,
    // Only the decision output and the extremist head are read by these rules and rankings.
    scores: { flag, extremist_propaganda: extremist } as unknown as Scores,
  }) as ScoredRow;

/** One tweet of each stance, for the training-side tests. */
const STANCES = new Map([
  [stanceKey('praise'), 'ideological'],
  [stanceKey('news'), 'relay'],
  [stanceKey('chat'), 'other'],
] as const);

const rules = { relaxed: decisionRule(0.9), balanced: decisionRule(0.5), sensitive: decisionRule(0.2) } as Record<
  Sensitivity,
  FlagRule
>;

describe('pro-ISIS stance reading', () => {
  it('keys a tweet by the first 16 hex digits of the sha256 of its exact text', () => {
    expect(stanceKey('abc')).toBe('ba7816bf8f01cfea');
    expect(stanceKey('abc ')).not.toBe(stanceKey('abc'));
  });

  it('rejects a missing header, an unknown stance, a bad key and a repeated key, naming the line', () => {
    expect(() => readIsisStances(stanceFile([], 'key,label'))).toThrow(/header/);
    expect(() => readIsisStances(stanceFile(['ba7816bf8f01cfea\tpraise']))).toThrow(/:2: unknown stance "praise"/);
    expect(() => readIsisStances(stanceFile(['abc\trelay']))).toThrow(/:2: expected a 16-hex-digit key/);
    expect(() => readIsisStances(stanceFile(['ba7816bf8f01cfea\trelay', 'ba7816bf8f01cfea\tother']))).toThrow(
      /:3: key ba7816bf8f01cfea appears twice/,
    );
  });

  it('splits flag rates by stance and level, ranks ideological over relays, and counts unread tweets', () => {
    const stances = readIsisStances(
      stanceFile([
        `${stanceKey('praise')}\tideological`,
        `${stanceKey('slur')}\tideological`,
        `${stanceKey('news one')}\trelay`,
        `${stanceKey('news two')}\trelay`,
        `${stanceKey('chat')}\tother`,
      ]),
    );
    const figures = isisStanceFigures(
      [
        tweet('praise', 0.95, 0.9),
        tweet('slur', 0.4, 0.7),
        tweet('news one', 0.6, 0.8),
        tweet('news two', 0.1, 0.2),
        tweet('chat', 0.3, 0.1),
        tweet('unread', 0.99, 0.99),
        // Not pro-ISIS test tweets: ignored.
        tweet('praise', 0.95, 0.9, 'val'),
        tweet('news one', 0.95, 0.9, 'test', 'authored'),
      ],
      stances,
      rules,
    );
    expect(figures.tweets).toBe(6);
    expect(figures.unlabelled).toBe(1);
    expect(figures.flagged.ideological).toEqual({
      n: 2,
      flagged: { relaxed: 1, balanced: 1, sensitive: 2 },
      rate: { relaxed: 0.5, balanced: 0.5, sensitive: 1 },
    });
    expect([
      figures.flagged.relay.n,
      figures.flagged.relay.flagged.balanced,
      figures.flagged.relay.rate.balanced,
    ]).toEqual([2, 1, 0.5]);
    expect([
      figures.flagged.other.n,
      figures.flagged.other.flagged.sensitive,
      figures.flagged.other.rate.sensitive,
    ]).toEqual([1, 1, 1]);
    // Extremist: 0.9 and 0.7 against 0.8 and 0.2 → 3 of 4 pairs; decision: 0.95 and 0.4 against 0.6 and 0.1 → 3 of 4.
    expect(figures.ideologicalOverRelayAuc).toEqual({ extremist_propaganda: 0.75, flag: 0.75 });
  });

  it('weights pro-ISIS training and validation tweets by stance, and leaves test rows and other sources alone', () => {
    const row = (text: string, split: string, source = 'isis_fanboy') => ({ source, split, text, weight: 0.3 });
    const { rows, unlabelled } = withIsisStances(
      [
        row('praise', 'train'),
        row('news', 'val'),
        row('chat', 'train'),
        row('unread', 'train'),
        row('praise', 'test'),
        row('news', 'train', 'authored'),
      ],
      STANCES,
      { weight: { ideological: 1, relay: 0.2, other: 0.1 }, markStance: false },
    );
    expect(rows.map((r) => [r.text, r.split, r.source, r.weight])).toEqual([
      ['praise', 'train', 'isis_fanboy', 1],
      ['news', 'val', 'isis_fanboy', 0.2],
      ['chat', 'train', 'isis_fanboy', 0.1],
      ['unread', 'train', 'isis_fanboy', 0.3],
      ['praise', 'test', 'isis_fanboy', 0.3],
      ['news', 'train', 'authored', 0.3],
    ]);
    expect(unlabelled).toBe(1);
  });

  it('refuses a weight that is not positive: a tweet is never silently removed', () => {
    const rows = [{ source: 'isis_fanboy', split: 'train', text: 'chat' }];
    expect(() =>
      withIsisStances(rows, STANCES, { weight: { ideological: 1, relay: 0.3, other: 0 }, markStance: false }),
    ).toThrow('isisStance.weight.other must be a positive number, got 0');
  });

  it('with markStance, only ideological tweets are flag targets and calibration positives', () => {
    const row = (text: string) =>
      ({
        source: 'isis_fanboy',
        split: 'val',
        text,
        labels: { extremist_propaganda: 1 },
        weight: 0.3,
      }) as unknown as DatasetRow;
    const weight = { ideological: 1, relay: 0.3, other: 0.3 };
    const marked = withIsisStances([row('praise'), row('news'), row('chat'), row('unread')], STANCES, {
      weight,
      markStance: true,
    }).rows;
    expect(marked.map((r) => r.isisStance)).toEqual(['ideological', 'relay', 'other', undefined]);
    expect(marked.map((r) => calibrationGroup(r)?.group)).toEqual(['isis+', undefined, undefined, 'isis+']);
    expect(marked.map((r) => flagTarget(r))).toEqual([1, undefined, undefined, 1]);
    // Unmarked, every tweet of the account stays a flag target, as before.
    const plain = withIsisStances([row('news')], STANCES, { weight, markStance: false }).rows;
    expect(plain.map((r) => [r.isisStance, calibrationGroup(r)?.group])).toEqual([[undefined, 'isis+']]);
  });

  it('reads the committed training file: every tweet once, none shared with the test probe', () => {
    const training = readIsisStances(resolve(ROOT, 'model/data/isis-stance-train.tsv'));
    const probe = readIsisStances(resolve(ROOT, 'model/data/probes/isis-stance.tsv'));
    const count = (stances: Map<string, string>) => {
      const counts: Record<string, number> = {};
      for (const stance of stances.values()) counts[stance] = (counts[stance] ?? 0) + 1;
      return counts;
    };
    expect(count(training)).toEqual({ ideological: 1609, relay: 4079, other: 5687 });
    expect(count(probe)).toEqual({ ideological: 188, relay: 976, other: 537 });
    expect([...probe.keys()].filter((key) => training.has(key))).toEqual([]);
  });
});
