/*
 * Writes model/seed-spread.json from the metrics of runs of the shipped configuration with different
 * seeds: the shipped model's model/metrics.json first, then experiment metrics
 * (model/.cache-<name>/experiment-metrics.json). The card (npm run train) renders the file.
 *
 *   npx tsx scripts/seed-spread.ts [--about "text"] model/metrics.json <experiment-metrics.json> ...
 *
 * Without --about the file's current description is kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { seedSpreadRun } from '../model/pipeline/seedSpread.ts';

const OUT = 'model/seed-spread.json';

function main(): void {
  const args = process.argv.slice(2);
  const aboutFlag = args.indexOf('--about');
  let about: string | undefined;
  if (aboutFlag >= 0) {
    about = args[aboutFlag + 1];
    if (about === undefined) throw new Error('--about needs a text');
    args.splice(aboutFlag, 2);
  }
  if (args.length === 0) throw new Error('usage: seed-spread.ts [--about text] <metrics.json> ...');
  if (about === undefined && existsSync(OUT)) {
    const current = JSON.parse(readFileSync(OUT, 'utf8')) as { about?: unknown };
    if (typeof current.about === 'string') about = current.about;
  }
  const runs = args.map((path) => {
    try {
      return seedSpreadRun(JSON.parse(readFileSync(path, 'utf8')) as unknown);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
  });
  writeFileSync(OUT, `${JSON.stringify({ about: about ?? '', runs }, null, 2)}\n`);
  process.stderr.write(`wrote ${OUT}: seeds ${runs.map((run) => run.seed).join(', ')}\n`);
}

main();
