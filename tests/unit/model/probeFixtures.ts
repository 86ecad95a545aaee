import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlagRule } from '../../../utils/classifier/metadata.ts';
import type { Scores } from '../../../utils/classifier/postprocess.ts';

/** A rule that flags by the decision output alone (every single-head term off), optionally with an English threshold. */
export const decisionRule = (decision: number, en?: number): FlagRule => ({
  decision,
  decisionByLang: en === undefined ? undefined : { en },
  extremist: 1,
  threat: 1,
  hate: 1,
  harmWithTechnique: 1,
  technique: 1,
});

/** Scores with only the decision output set: all that `decisionRule` reads. */
export const decisionScores = (flag: number) => ({ flag }) as unknown as Scores;

/** Writes lines to a fresh temporary file called `name` and returns its path. */
export function probeLinesFile(name: string, lines: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'basirat-probe-')), name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** Writes a probe specification to a fresh temporary file and returns its path. */
export function probeFile(name: string, spec: unknown): string {
  return probeLinesFile(name, [JSON.stringify(spec)]);
}
