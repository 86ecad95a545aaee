/** `npm run bench`: prints measured figures (never asserted). `--only classifier|extension`. */
import { parseArgs } from 'node:util';
import { benchClassifier } from './bench/classifier.ts';
import { benchExtension } from './bench/extension.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const sections: Array<[string, () => Promise<Record<string, string>>]> = [
    ['classifier (Node, onnxruntime-web wasm, 1 thread)', benchClassifier],
    ['extension (built Chrome MV3 in Chromium, generated 2,000-post feed)', benchExtension],
  ];
  for (const [name, run] of sections) {
    if (values.only && !name.startsWith(values.only)) continue;
    process.stdout.write(`\n## ${name}\n`);
    for (const [metric, value] of Object.entries(await run())) process.stdout.write(`${metric.padEnd(48)} ${value}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
