/**
 * PTC, SemEval-2020 Task 11 (EN news articles with technique spans), as sentence lines.
 *
 * Articles are already one sentence per line (title, blank line, sentences). Each non-empty line
 * is a record; its character range is compared with the gold spans, and a technique-group head is
 * 1 when the line overlaps a span of a member technique (MANIFEST §2 table), else 0.
 * `propaganda_any` is the OR of the groups. Harm heads are masked (news propaganda says nothing
 * about hate or threats). Train articles → split `train`; dev articles → split `test`, since the
 * test gold was never released and dev is what we report on. Test articles are ignored.
 *
 * Offsets: the organizers' tools are Python, so span offsets count code points, and a leading BOM
 * counts as one. Seven articles contain characters outside the BMP, where JS UTF-16 indices would
 * drift, so line ranges are measured in code points too.
 *
 * Repetition: not counted (COUNT_REPETITION = false). A repeated phrase is only propaganda because
 * it recurs across the article; one sentence holding it looks like any other sentence, so as a
 * sentence target it is noise. It is not turned into a negative either, since the annotators did
 * mark the line: a head that would be positive only because of a Repetition span is masked instead
 * of 0 (the slogans group when no Slogans/Thought-terminating span overlaps, and `propaganda_any`
 * when Repetition is the line's only technique; those lines get tag `repetition_only`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TECHNIQUE_HEADS, type TechniqueHead } from '../../../utils/classifier/heads.ts';
import type { Split } from '../record.ts';
import { readUtf8, requireDir, requireFile, type Labels, type SourceRecord } from './common.ts';

export const DATASET = 'ptc_semeval2020_t11';
export const COUNT_REPETITION = false;

/** PTC-2020 class → technique-group head (MANIFEST §2). */
export const TECHNIQUE_GROUP: Readonly<Record<string, TechniqueHead>> = {
  Loaded_Language: 'loaded_language_name_calling',
  'Name_Calling,Labeling': 'loaded_language_name_calling',
  'Appeal_to_fear-prejudice': 'appeal_to_fear_exaggeration',
  'Exaggeration,Minimisation': 'appeal_to_fear_exaggeration',
  'Flag-Waving': 'us_vs_them_flag_waving',
  'Bandwagon,Reductio_ad_hitlerum': 'us_vs_them_flag_waving',
  'Black-and-White_Fallacy': 'black_white_oversimplification',
  Causal_Oversimplification: 'black_white_oversimplification',
  Doubt: 'doubt_conspiracy_distraction',
  'Whataboutism,Straw_Men,Red_Herring': 'doubt_conspiracy_distraction',
  Appeal_to_Authority: 'doubt_conspiracy_distraction',
  Slogans: 'slogans_cliches_repetition',
  'Thought-terminating_Cliches': 'slogans_cliches_repetition',
};
export const REPETITION = 'Repetition';
const REPETITION_GROUP: TechniqueHead = 'slogans_cliches_repetition';

const PARTS = [
  { split: 'train', articles: 'train-articles', labels: 'train-task2-TC.labels' },
  { split: 'test', articles: 'dev-articles', labels: 'dev-task-TC.labels' },
] as const satisfies ReadonlyArray<{ split: Split; articles: string; labels: string }>;

export interface Span {
  technique: string;
  start: number;
  end: number;
}

/** `article_id<TAB>technique<TAB>start<TAB>end` per line, end exclusive. */
export function readTcLabels(path: string): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const [i, line] of readUtf8(path).split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const [id, technique, start, end] = line.split('\t');
    const s = Number(start);
    const e = Number(end);
    if (!id || !technique || !Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s) {
      throw new Error(`${path}: malformed line ${i + 1}: ${JSON.stringify(line)}`);
    }
    if (technique !== REPETITION && !Object.hasOwn(TECHNIQUE_GROUP, technique)) {
      throw new Error(`${path}: unknown technique ${JSON.stringify(technique)} on line ${i + 1}`);
    }
    const list = out.get(id) ?? [];
    list.push({ technique, start: s, end: e });
    out.set(id, list);
  }
  return out;
}

export interface ArticleLine {
  /** Trimmed line text. */
  text: string;
  /** Code-point offsets of the untrimmed line in the article, end exclusive (newline excluded). */
  start: number;
  end: number;
}

/** Non-empty lines of an article with code-point offsets. */
export function articleLines(article: string): ArticleLine[] {
  const out: ArticleLine[] = [];
  let offset = 0;
  for (const line of article.split('\n')) {
    // Code points = UTF-16 units minus one per surrogate pair.
    const length = line.length - (line.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
    const text = line.trim();
    if (text) out.push({ text, start: offset, end: offset + length });
    offset += length + 1;
  }
  return out;
}

/** Head labels of one line given the spans of its article (see the header comment). */
export function lineLabels(
  line: { start: number; end: number },
  spans: readonly Span[],
): { labels: Labels; techniques: string[] } {
  const groups = new Set<TechniqueHead>();
  const techniques = new Set<string>();
  let repetition = false;
  for (const span of spans) {
    if (span.start >= line.end || span.end <= line.start) continue;
    techniques.add(span.technique);
    if (span.technique === REPETITION) {
      if (COUNT_REPETITION) groups.add(REPETITION_GROUP);
      else repetition = true;
    } else {
      const group = TECHNIQUE_GROUP[span.technique];
      if (group) groups.add(group);
    }
  }
  const labels: Labels = {};
  for (const head of TECHNIQUE_HEADS) {
    if (groups.has(head)) labels[head] = 1;
    else if (!(repetition && head === REPETITION_GROUP)) labels[head] = 0;
  }
  if (groups.size > 0) labels.propaganda_any = 1;
  else if (!repetition) labels.propaganda_any = 0;
  return { labels, techniques: [...techniques].sort() };
}

function articleId(fileName: string): string | undefined {
  return /^article(\d+)\.txt$/.exec(fileName)?.[1];
}

export function load(dataDir: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const part of PARTS) {
    const dir = requireDir(dataDir, DATASET, part.articles);
    const spansById = readTcLabels(requireFile(dataDir, DATASET, part.labels));
    const files = readdirSync(dir)
      .filter((f) => articleId(f) !== undefined)
      .sort();
    if (files.length === 0) throw new Error(`${DATASET}: no article*.txt files in ${dir}`);
    const ids = new Set(files.map((f) => articleId(f) ?? ''));
    for (const id of spansById.keys()) {
      if (!ids.has(id))
        throw new Error(`${DATASET}: ${part.labels} has spans for article ${id}, which is not in ${part.articles}/`);
    }
    for (const file of files) {
      const id = articleId(file) ?? '';
      const article = readUtf8(join(dir, file));
      const spans = spansById.get(id) ?? [];
      const lines = articleLines(article);
      const last = lines.at(-1);
      for (const span of spans) {
        if (last && span.end > last.end + 1)
          throw new Error(`${DATASET}: span ${span.start}-${span.end} is past the end of article ${id}`);
      }
      for (const line of lines) {
        const { labels, techniques } = lineLabels(line, spans);
        const record: SourceRecord = {
          source: 'ptc',
          split: part.split,
          text: line.text,
          labels,
          original: techniques.length > 0 ? techniques.join(';') : 'none',
          group: `ptc:${id}`,
        };
        if (labels.propaganda_any === undefined) record.tag = 'repetition_only';
        out.push(record);
      }
    }
  }
  return out;
}
