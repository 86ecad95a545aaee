import type { Lang } from '../../utils/classifier/language.ts';
import type { DatasetRow } from './dataset.ts';
import type { LabeledRecord } from './record.ts';
import { sourceLanguage } from './sources/index.ts';

/** The language a record is written in, when its source tells; authored posts carry their own. */
export function knownLanguage(record: LabeledRecord): 'en' | 'ur' | 'ur-Latn' | undefined {
  if (record.source === 'authored') {
    const lang = record.tag?.split('/')[0];
    return lang === 'en' || lang === 'ur' || lang === 'ur-Latn' ? lang : undefined;
  }
  return sourceLanguage(record.source);
}

export type LanguageCounts = Record<Lang, number> & { rows: number };

/**
 * What the detector reads each validation and test source (or authored language) as: how often a
 * Roman Urdu set is taken for English decides which threshold and features its posts get.
 */
export function detectedLanguageBySource(
  rows: readonly DatasetRow[],
  languageOf: (row: DatasetRow) => Lang = (row) => row.pre.lang,
): Record<string, LanguageCounts> {
  const bySource: Record<string, LanguageCounts> = {};
  for (const row of rows) {
    const language = knownLanguage(row);
    if (row.split === 'train' || language === undefined) continue;
    const key = row.source === 'authored' ? `authored/${language}` : row.source;
    const counts = (bySource[key] ??= { rows: 0, en: 0, ur: 0, 'ur-Latn': 0, mixed: 0, und: 0 });
    counts.rows++;
    counts[languageOf(row)]++;
  }
  return Object.fromEntries(Object.entries(bySource).sort(([a], [b]) => a.localeCompare(b)));
}
