/**
 * Urdu threatening tweets (Amjad et al. 2021, FIRE 2022 train workbook). threat → T = 1,
 * non-threat → T = 0; no other head is annotated. No official split (the test workbook is sealed).
 *
 * Target column `S/G`: the README says 1 = group, 0 = individual, but its own counts and the
 * tweets show the train file uses 0 = group, 1 = individual (SOURCE.md caveat), so threats are
 * tagged `target_group` (0) or `target_individual` (1) on that reading; 2 marks non-threats.
 */
import { readXlsxFirstSheet } from './xlsx.ts';
import { cleanText, labelsOf, requireFile, type SourceRecord } from './common.ts';

export const DATASET = 'urdu_threat_fire2022';
export const FILE = 'Training Dataset.xlsx';

const TARGET_TAG: Record<string, string> = { '0': 'target_group', '1': 'target_individual' };

export function load(dataDir: string): SourceRecord[] {
  const path = requireFile(dataDir, DATASET, FILE);
  const rows = readXlsxFirstSheet(path);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const textCol = header.indexOf('Tweets');
  const labelCol = header.indexOf('label');
  const targetCol = header.indexOf('S/G');
  if (textCol < 0 || labelCol < 0 || targetCol < 0) {
    throw new Error(`${path}: expected columns Tweets, label, S/G; found ${header.join(', ')}`);
  }
  const out: SourceRecord[] = [];
  for (const [i, row] of rows.slice(1).entries()) {
    if (row.every((cell) => !cell.trim())) continue;
    const text = cleanText(row[textCol] ?? '');
    const label = (row[labelCol] ?? '').trim();
    const target = (row[targetCol] ?? '').trim();
    if (label !== '0' && label !== '1') throw new Error(`${path}: row ${i + 2} has label ${JSON.stringify(label)}`);
    if (!text) continue;
    const threat = label === '1';
    const record: SourceRecord = {
      source: 'urdu_threat',
      text,
      labels: labelsOf([['violent_threat_incitement', threat ? 1 : 0]]),
      original: threat ? 'threat' : 'non-threat',
    };
    const tag = threat ? TARGET_TAG[target] : undefined;
    if (tag) record.tag = tag;
    out.push(record);
  }
  return out;
}
