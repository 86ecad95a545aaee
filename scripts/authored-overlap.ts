/*
 * Checks new authored batch files before they are trained on: prints every post whose words overlap
 * (Jaccard, default 0.45) with another authored post (committed or pending), a probe sentence, or a text
 * inside the tests, the site fixtures or the bench feed, and exits 1 when there is any.
 *
 *   npx tsx scripts/authored-overlap.ts [--threshold 0.45] model/data/authored-pending/ur-28.jsonl ...
 *
 * With --probe the files are JSONL probes ({"id", "text", …} per line) checked the same way before they
 * are measured: a probe close to a training post measures memory, not generalisation. The files given,
 * and the README beside them that quotes them, are left out of the references.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readAuthored, readAuthoredFile } from '../model/pipeline/authored.ts';
import { closePairs, embeddedTexts, type Labelled } from '../model/pipeline/overlap.ts';
import { readProbeLines } from '../model/pipeline/probeLines.ts';

const ROOT = resolve(import.meta.dirname, '..');
const UNSEEN_DIRS = ['tests', 'model/data/probes', 'scripts/bench'];
// Golden files hold model outputs for the texts the tests already list.
const SKIPPED = /(^|\/)golden(\/|$)|\.(png|onnx|wasm|bin)$/;

/** A probe line as a candidate: its id and text are all the check reads (readProbeLines checks both). */
function probeText(fields: Record<string, unknown>): Labelled {
  return { id: fields.id as string, text: fields.text as string };
}

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
  const probeFlag = args.indexOf('--probe');
  const probes = probeFlag >= 0;
  if (probes) args.splice(probeFlag, 1);
  if (args.length === 0) throw new Error('usage: authored-overlap.ts [--threshold 0.45] [--probe] <file.jsonl> ...');
  // A probe's folder README quotes the probe's own posts; the probe files themselves are read anyway.
  const given = new Set(
    args.flatMap((path) => [resolve(path), ...(probes ? [join(dirname(resolve(path)), 'README.md')] : [])]),
  );
  const candidates: Labelled[] = args.flatMap((path) =>
    probes ? readProbeLines(path, probeText) : readAuthoredFile(path),
  );
  const references: Labelled[] = [
    ...['model/data/authored', 'model/data/authored-pending'].flatMap((dir) => readAuthored(join(ROOT, dir))),
    ...UNSEEN_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir)))
      .filter((path) => !SKIPPED.test(path) && !given.has(resolve(path)))
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
