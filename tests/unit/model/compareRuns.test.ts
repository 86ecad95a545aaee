import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, comparisonTable, figuresOfMetrics } from '../../../model/pipeline/compareRuns.ts';
import { seedSpreadRun } from '../../../model/pipeline/seedSpread.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as unknown;

describe('compare runs', () => {
  it("takes a metrics file's seed-spread figures and its probes' counts at balanced", () => {
    const metrics = readJson('model/metrics.json') as {
      test: { forumProbe: { harmless: { flagged: { balanced: number } } } };
    };
    const figures = figuresOfMetrics(metrics);
    const run = seedSpreadRun(metrics);
    expect(figures.get('recall.ur-Latn')).toBe(run.recall['ur-Latn']);
    expect(figures.get('tweeteval_offensive')).toBe(run.tweeteval_offensive);
    expect(figures.get('forum.harmless flagged')).toBe(metrics.test.forumProbe.harmless.flagged.balanced);
  });

  it('leaves out probe counts that older metrics lack instead of failing', () => {
    const metrics = structuredClone(readJson('model/metrics.json')) as { test: Record<string, unknown> };
    delete metrics.test.politicsProbe;
    const figures = figuresOfMetrics(metrics);
    expect(figures.has('politics.ur flagged')).toBe(false);
    expect(figures.has('forum.harmful flagged')).toBe(true);
  });

  it('makes one column per seed of a seed-spread file, named by its seed', () => {
    const spread = readJson('model/seed-spread.json') as { runs: Array<{ seed: number }> };
    const columns = columnsOf('spread', spread);
    expect(columns.map((column) => column.name)).toEqual(spread.runs.map((run) => `spread:${run.seed}`));
    expect(columns[0]?.figures.get('seed')).toBe(spread.runs[0]?.seed);
  });

  it('lines figures up by name, with a dash where a run lacks one', () => {
    const table = comparisonTable([
      {
        name: 'a',
        figures: new Map([
          ['recall.en', 0.7191],
          ['forum.harmless flagged', 1],
        ]),
      },
      { name: 'candidate', figures: new Map([['recall.en', 0.75]]) },
    ]);
    expect(table.split('\n')).toEqual([
      'figure                      a  candidate',
      'recall.en               0.719      0.750',
      'forum.harmless flagged      1          —',
      '',
    ]);
  });

  it('refuses to compare nothing', () => {
    expect(() => comparisonTable([])).toThrow('no runs to compare');
  });
});
