/**
 * RUHSOLD (Roman Urdu tweets, Rizwan et al. 2020).
 *
 * `ruhsold`: task 2 (fine labels), MANIFEST §2: religious hate → H = 1 (tag `sectarian`);
 * sexism → H = 1 (tag `sexism`); abusive or profane → O = 1, H = 0; normal → harm heads 0 (the
 * technique heads stay unknown: see `harmlessLabels`).
 *
 * Task 1 (coarse) files: every task-2 text also occurs in task 1 with an agreeing coarse label
 * (fine 0/2/3/4 ↔ coarse 0, fine 1 ↔ coarse 1), so those rows are duplicates and are not used.
 * 796 task-1 texts occur in no task-2 file (the sealed task-2 test rows were already removed from
 * both). They are emitted as `ruhsold_coarse`: normal → harm heads 0; abusive → O = 1 with H masked,
 * since the coarse class also holds the religious-hate and sexism tweets.
 *
 * No official split is kept: task 2 has no test file any more and the two tasks used independent
 * random splits. Exact duplicate texts are emitted once; a text with conflicting task-2 labels
 * (one such tweet) is dropped.
 */
import { parseTsv } from './csv.ts';
import {
  cleanText,
  harmlessLabels,
  labelsOf,
  readUtf8,
  requireFile,
  type Labels,
  type SourceRecord,
} from './common.ts';

export const DATASET = 'ruhsold_roman_urdu';
export const TASK2_FILE = 'task_2_train.tsv';
export const TASK1_FILES = ['task_1_train.tsv', 'task_1_validation.tsv', 'task_1_test.tsv'] as const;

interface FineClass {
  original: string;
  labels: Labels;
  tag?: string;
}

const FINE: Record<string, FineClass> = {
  '0': {
    original: 'abusive',
    labels: labelsOf([
      ['offensive_abusive', 1],
      ['hate_dehumanization', 0],
    ]),
  },
  '1': { original: 'normal', labels: harmlessLabels() },
  '2': { original: 'religious_hate', labels: labelsOf([['hate_dehumanization', 1]]), tag: 'sectarian' },
  '3': { original: 'sexism', labels: labelsOf([['hate_dehumanization', 1]]), tag: 'sexism' },
  '4': {
    original: 'profane',
    labels: labelsOf([
      ['offensive_abusive', 1],
      ['hate_dehumanization', 0],
    ]),
  },
};

const COARSE: Record<string, FineClass> = {
  '0': { original: 'abusive_offensive', labels: labelsOf([['offensive_abusive', 1]]) },
  '1': { original: 'normal', labels: harmlessLabels() },
};

/** `text<TAB>label` rows, unquoted: tweets may start with `"`, so quoting is off. */
function readTask(path: string, classes: Record<string, FineClass>): Array<{ text: string; label: string }> {
  const out: Array<{ text: string; label: string }> = [];
  for (const [i, row] of parseTsv(readUtf8(path), { quoting: false }).entries()) {
    const label = (row[1] ?? '').trim();
    if (row.length !== 2 || !Object.hasOwn(classes, label)) {
      throw new Error(
        `${path}: line ${i + 1} is not "text<TAB>label" with a known label (${row.length} fields, label ${JSON.stringify(label)})`,
      );
    }
    out.push({ text: cleanText(row[0] ?? ''), label });
  }
  return out;
}

export function load(dataDir: string): SourceRecord[] {
  const task2Path = requireFile(dataDir, DATASET, TASK2_FILE);
  const task1Paths = TASK1_FILES.map((f) => requireFile(dataDir, DATASET, f));

  const fine = new Map<string, Set<string>>();
  const order: string[] = [];
  for (const { text, label } of readTask(task2Path, FINE)) {
    if (!text) continue;
    let labels = fine.get(text);
    if (!labels) {
      labels = new Set();
      fine.set(text, labels);
      order.push(text);
    }
    labels.add(label);
  }

  const out: SourceRecord[] = [];
  for (const text of order) {
    const labels = fine.get(text);
    if (!labels || labels.size !== 1) continue;
    const [label] = labels;
    const cls = label === undefined ? undefined : FINE[label];
    if (!cls) continue;
    const record: SourceRecord = { source: 'ruhsold', text, labels: { ...cls.labels }, original: cls.original };
    if (cls.tag) record.tag = cls.tag;
    out.push(record);
  }

  const coarse = new Map<string, Set<string>>();
  const coarseOrder: string[] = [];
  for (const path of task1Paths) {
    for (const { text, label } of readTask(path, COARSE)) {
      if (!text || fine.has(text)) continue;
      let labels = coarse.get(text);
      if (!labels) {
        labels = new Set();
        coarse.set(text, labels);
        coarseOrder.push(text);
      }
      labels.add(label);
    }
  }
  for (const text of coarseOrder) {
    const labels = coarse.get(text);
    if (!labels || labels.size !== 1) continue;
    const [label] = labels;
    const cls = label === undefined ? undefined : COARSE[label];
    if (!cls) continue;
    out.push({ source: 'ruhsold_coarse', text, labels: { ...cls.labels }, original: cls.original });
  }
  return out;
}
