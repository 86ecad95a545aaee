/**
 * `npm run train`: the language model first (trainLanguage.ts), then the propaganda model
 * (train.ts), each in its own process because the second imports the weights the first writes.
 * Arguments go to both. Recalibrating (--skip-train) or evaluating a candidate (--experiment) keeps
 * the language weights in the tree: new weights change the features, so they need a retrained
 * model, and an experiment must not touch shipped files.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

function run(script: string, scriptArgs: string[]): void {
  const result = spawnSync(process.execPath, [...process.execArgv, resolve(HERE, script), ...scriptArgs], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!args.includes('--skip-train') && !args.includes('--experiment')) {
  // trainLanguage.ts knows only these two flags.
  const shared = args.flatMap((arg, i) => {
    if (/^--(config|data-dir)=/.test(arg)) return [arg];
    return (arg === '--config' || arg === '--data-dir') && i + 1 < args.length ? [arg, args[i + 1] as string] : [];
  });
  run('trainLanguage.ts', shared);
}
run('train.ts', args);
