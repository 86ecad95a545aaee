import { ADDRESS_LANGS } from './addressProbe.ts';
import { PROBE_LANGS } from './identityProbe.ts';
import { valueAt } from './jsonPath.ts';
import { POLITICS_LANGS } from './politicsProbe.ts';
import { WRITER_LANGS } from './writerProbe.ts';
import { seedSpreadRun } from './seedSpread.ts';

/*
 * Training runs side by side, one column per run and one row per figure: what an experiment is judged
 * by against the shipped seeds (scripts/compare-runs.ts). The figures are the seed spread's, plus the
 * probes' raw counts at balanced, where a change of one or two posts is the whole story and a rate
 * hides it. Never a verdict: the reader weighs a candidate's seeds against the spread.
 */

export interface RunColumn {
  name: string;
  figures: Map<string, number>;
}

/** Nested numbers as dotted paths: { recall: { en: 0.7 } } → recall.en = 0.7. */
function flatten(value: unknown, prefix: string, into: Map<string, number>): void {
  if (typeof value === 'number') {
    into.set(prefix, value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into);
}

type ProbeCount = readonly [label: string, path: readonly string[]];

/** `<label>.<lang> flagged` at balanced, for a probe whose metrics are keyed by language. */
const flaggedByLang = (label: string, key: string, langs: readonly string[]): ProbeCount[] =>
  langs.map((lang) => [`${label}.${lang} flagged`, [key, lang, 'flagged', 'balanced']]);

/** `<label>.<lang> <level> flagged` at balanced, for a probe keyed by language, then harmful or harmless. */
const flaggedByLangAndLevel = (label: string, key: string, langs: readonly string[]): ProbeCount[] =>
  (['harmful', 'harmless'] as const).flatMap((level) =>
    langs.map((lang): ProbeCount => [`${label}.${lang} ${level} flagged`, [key, lang, level, 'flagged', 'balanced']]),
  );

/** Counts at balanced (and the writer probe's ranking AUC) that metrics files hold and seed-spread rows do not. */
const PROBE_COUNTS: readonly ProbeCount[] = [
  ...(['harmful', 'harmless'] as const).map((level): ProbeCount => [
    `forum.${level} flagged`,
    ['forumProbe', level, 'flagged', 'balanced'],
  ]),
  ...flaggedByLang('politics', 'politicsProbe', POLITICS_LANGS),
  ...flaggedByLang('politics-loaded', 'loadedPoliticsProbe', POLITICS_LANGS),
  ...flaggedByLang('address', 'addressProbe', ADDRESS_LANGS),
  ...flaggedByLangAndLevel('writer', 'writerProbe', WRITER_LANGS),
  ...WRITER_LANGS.map((lang): ProbeCount => [`writer.${lang} auc`, ['writerProbe', lang, 'auc']]),
  ...flaggedByLangAndLevel('violence', 'violenceProbe', PROBE_LANGS),
];

/** The figures of one metrics file (model/metrics.json or an experiment's): the seed-spread row and the probe counts. */
export function figuresOfMetrics(metrics: unknown): Map<string, number> {
  const figures = new Map<string, number>();
  flatten(seedSpreadRun(metrics), '', figures);
  for (const [label, path] of PROBE_COUNTS) {
    const value = valueAt(metrics, 'test', ...path);
    if (typeof value === 'number') figures.set(label, value);
  }
  return figures;
}

/**
 * Columns from one parsed file: a metrics file is one run; model/seed-spread.json is one run per seed
 * (its rows hold the seed-spread figures only).
 */
export function columnsOf(name: string, parsed: unknown): RunColumn[] {
  const runs = valueAt(parsed, 'runs');
  if (Array.isArray(runs)) {
    return runs.map((run: unknown, index) => {
      const figures = new Map<string, number>();
      flatten(run, '', figures);
      const seed = figures.get('seed');
      return { name: `${name}:${seed === undefined ? index : seed}`, figures };
    });
  }
  return [{ name, figures: figuresOfMetrics(parsed) }];
}

function formatted(value: number | undefined): string {
  if (value === undefined) return '—';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3);
}

/** A plain-text table: figures down, runs across, '—' where a run lacks a figure. Rows keep first-seen order. */
export function comparisonTable(columns: readonly RunColumn[]): string {
  if (columns.length === 0) throw new Error('no runs to compare');
  const labels: string[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    for (const label of column.figures.keys()) {
      if (!seen.has(label)) {
        seen.add(label);
        labels.push(label);
      }
    }
  }
  const header = ['figure', ...columns.map((column) => column.name)];
  const rows = labels.map((label) => [label, ...columns.map((column) => formatted(column.figures.get(label)))]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
