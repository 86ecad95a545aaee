/*
 * Training runs side by side (model/pipeline/compareRuns.ts): the shipped model, the seed spread and
 * experiment runs, one column each.
 *
 *   npx tsx scripts/compare-runs.ts model/metrics.json model/seed-spread.json model/.cache-x/experiment-metrics.json
 *
 * An experiment's column is named after its cache folder; other files after their file name.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { columnsOf, comparisonTable, type RunColumn } from '../model/pipeline/compareRuns.ts';

function columnName(path: string): string {
  const file = basename(path);
  if (file === 'experiment-metrics.json') return basename(dirname(path)).replace(/^\.cache-/, '');
  return file.replace(/\.json$/, '');
}

function main(): void {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: compare-runs.ts <metrics.json | seed-spread.json> ...');
  const columns: RunColumn[] = paths.flatMap((path) => {
    try {
      return columnsOf(columnName(path), JSON.parse(readFileSync(path, 'utf8')) as unknown);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
  });
  process.stdout.write(comparisonTable(columns));
}

try {
  main();
} catch (error) {
  process.stderr.write(`compare-runs: ${(error as Error).message}\n`);
  process.exit(1);
}
