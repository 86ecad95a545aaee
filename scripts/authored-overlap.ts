/*
 * Checks new authored batch files before they are trained on: prints every post whose words overlap
 * (Jaccard, default 0.45) with another authored post (committed or pending), a probe sentence, or a text
 * inside the tests, the site fixtures or the bench feed, and exits 1 when there is any.
 *
 *   npx tsx scripts/authored-overlap.ts [--threshold 0.45] model/data/authored-pending/ur-28.jsonl ...
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readAuthored, readAuthoredFile } from '../model/pipeline/authored.ts';
import { closePairs, embeddedTexts, type Labelled } from '../model/pipeline/overlap.ts';

const ROOT = resolve(import.meta.dirname, '..');
const UNSEEN_DIRS = ['tests', 'model/data/probes', 'scripts/bench'];
// Golden files hold model outputs for the texts the tests already list.
const SKIPPED = /(^|\/)golden(\/|$)|\.(png|onnx|wasm|bin)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function main(): void {
  const args = process.argv.slice(2);
  let threshold = 0.45;
  const flag = args.indexOf('--threshold');
  if (flag >= 0) {
    threshold = Number(args[flag + 1]);
    if (!(threshold > 0 && threshold <= 1)) throw new Error('--threshold needs a number in (0, 1]');
    args.splice(flag, 2);
  }
  if (args.length === 0) throw new Error('usage: authored-overlap.ts [--threshold 0.45] <batch.jsonl> ...');
  const candidates: Labelled[] = args.flatMap((path) => readAuthoredFile(path));
  const references: Labelled[] = [
    ...['model/data/authored', 'model/data/authored-pending'].flatMap((dir) => readAuthored(join(ROOT, dir))),
    ...UNSEEN_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir)))
      .filter((path) => !SKIPPED.test(path))
      .flatMap((path) => embeddedTexts(readFileSync(path, 'utf8')).map((text) => ({ id: relative(ROOT, path), text }))),
  ];
  const pairs = closePairs(candidates, references, threshold);
  for (const { candidate, reference, similarity } of pairs) {
    process.stdout.write(
      `${similarity.toFixed(2)} ${candidate.id} ~ ${reference.id}\n  ${candidate.text}\n  ${reference.text}\n`,
    );
  }
  process.stderr.write(`${pairs.length} close pair(s) among ${candidates.length} posts at ${threshold}\n`);
  process.exitCode = pairs.length > 0 ? 1 : 0;
}

main();
