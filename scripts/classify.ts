/**
 * `npm run classify -- --in posts.jsonl --out scores.jsonl [--sensitivity balanced] [--model path/to/basirat-model.json]`
 *
 * Contract (stable; outside checks rely on it): each input line is `{"id": ..., "text": ...}` (other
 * fields ignored); each output line, in input order, is
 * `{"id", "flagged", "severity", "scores": {head: probability}, "techniques": [...], "evidence": [...], "lang"}`.
 * A bad line becomes `{"id", "line", "error"}` and the run goes on. Streams: memory stays bounded
 * whatever the file size. `-` means stdin/stdout.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { SENSITIVITY_LEVELS, type Sensitivity } from '../utils/classifier/metadata.ts';
import { createNodeClassifier, DEFAULT_METADATA } from './lib/nodeClassifier.ts';
import { formatResult, parseInputLine, type ParsedLine } from './lib/classifyIo.ts';

const BATCH = 256;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      sensitivity: { type: 'string', default: 'balanced' },
      model: { type: 'string', default: DEFAULT_METADATA },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (!values.in || !values.out) {
    throw new Error(
      'usage: npm run classify -- --in posts.jsonl --out scores.jsonl [--sensitivity relaxed|balanced|sensitive]',
    );
  }
  const sensitivity = values.sensitivity as Sensitivity;
  if (!SENSITIVITY_LEVELS.includes(sensitivity))
    throw new Error(`--sensitivity must be one of ${SENSITIVITY_LEVELS.join(', ')}`);
  const classifier = createNodeClassifier(values.model);
  const input = values.in === '-' ? process.stdin : createReadStream(values.in);
  const output = values.out === '-' ? process.stdout : createWriteStream(values.out);
  const lines = createInterface({ input, crlfDelay: Infinity });

  let lineNumber = 0;
  let written = 0;
  let errors = 0;
  let flagged = 0;
  const started = Date.now();
  let pending: ParsedLine[] = [];

  output.on('error', (error: Error) => {
    process.stderr.write(`classify: cannot write output: ${error.message}\n`);
    process.exit(1);
  });
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => {
      // Respect back-pressure so a 100,000-line run never buffers its whole output.
      if (output.write(text)) resolve();
      else output.once('drain', resolve);
    });

  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    const valid = batch.filter((item) => item.kind === 'post');
    const results = await classifier.classify(
      valid.map((item) => item.text),
      { sensitivity },
    );
    let next = 0;
    let chunk = '';
    for (const item of batch) {
      if (item.kind === 'post') {
        const result = results[next++];
        if (!result) throw new Error('classifier returned fewer results than posts');
        if (result.flagged) flagged++;
        chunk += `${JSON.stringify(formatResult(item.id, result))}\n`;
      } else {
        errors++;
        process.stderr.write(`line ${item.line}: ${item.error}\n`);
        chunk += `${JSON.stringify({ id: item.id, line: item.line, error: item.error })}\n`;
      }
      written++;
    }
    await write(chunk);
    if (!values.quiet) {
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(
        `\r${written} lines, ${flagged} flagged, ${errors} errors, ${(written / Math.max(seconds, 0.001)).toFixed(0)} lines/s`,
      );
    }
  };

  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue; // blank lines are not records
    pending.push(parseInputLine(line, lineNumber));
    if (pending.length >= BATCH) await flush();
  }
  if (pending.length) await flush();
  if (!values.quiet) process.stderr.write('\n');
  if (output !== process.stdout) await new Promise<void>((resolve) => output.end(resolve));
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
