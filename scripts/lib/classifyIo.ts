import { HEADS } from '../../utils/classifier/heads.ts';
import type { Classification } from '../../utils/classifier/service.ts';

/** JSON values an input `id` may have; it is echoed back unchanged. */
export type Id = string | number | boolean | null | Id[] | { [key: string]: Id };

export type ParsedLine =
  { kind: 'post'; id: Id; text: string; line: number } | { kind: 'error'; id: Id; error: string; line: number };

/** Parses one input line; never throws, a bad line becomes an error record. */
export function parseInputLine(line: string, lineNumber: number): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'error', id: null, line: lineNumber, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', id: null, line: lineNumber, error: 'line is not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const id = (record.id ?? null) as Id;
  if (!('text' in record)) return { kind: 'error', id, line: lineNumber, error: 'missing "text"' };
  if (typeof record.text !== 'string') return { kind: 'error', id, line: lineNumber, error: '"text" is not a string' };
  return { kind: 'post', id, text: record.text, line: lineNumber };
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The output record for one post: the CLI contract. */
export function formatResult(id: Id, result: Classification) {
  return {
    id,
    flagged: result.flagged,
    severity: result.severity,
    // The eleven heads of the contract; the internal decision output stays internal.
    scores: Object.fromEntries(HEADS.map((head) => [head, round(result.scores[head])])),
    techniques: result.techniques,
    harms: result.harms,
    evidence: result.evidence.map((item) => item.text),
    lang: result.lang,
  };
}
