import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The posts of a JSONL probe file, each line parsed as JSON and checked by `check`, which returns the
 * post or throws; errors name the file and line, and ids must be unique. Blank lines are skipped.
 */
export function readProbeLines<P extends { id: string }>(
  path: string,
  check: (value: Record<string, unknown>, where: string) => P,
): P[] {
  const posts: P[] = [];
  const seen = new Set<string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${basename(path)}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${where}: not valid JSON`);
      }
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      if (typeof fields.id !== 'string' || fields.id === '') throw new Error(`${where}: id is required`);
      if (typeof fields.text !== 'string' || fields.text.trim() === '') throw new Error(`${where}: text is required`);
      const post = check(fields, where);
      if (seen.has(post.id)) throw new Error(`${where}: id ${post.id} appears twice`);
      seen.add(post.id);
      posts.push(post);
    });
  return posts;
}

/** `value` if it is one of `allowed`; otherwise an error naming the line, the field and what it may be. */
export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  where: string,
  context = '',
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Error(`${where}: ${field} must be one of ${allowed.join(', ')}${context}`);
  }
  return value as T;
}

/**
 * A probe line's `flag` (0 or 1) and its `kind`, which must be one of the harmful kinds for flag 1 and
 * of the harmless kinds for flag 0 (the forum and writer probes).
 */
export function flagAndKind(
  fields: Record<string, unknown>,
  harmfulKinds: readonly string[],
  harmlessKinds: readonly string[],
  where: string,
): { harmful: boolean; kind: string } {
  const { flag } = fields;
  if (flag !== 0 && flag !== 1) throw new Error(`${where}: flag must be 0 or 1`);
  const kind = oneOf(fields.kind, flag === 1 ? harmfulKinds : harmlessKinds, 'kind', where, ` for flag ${flag}`);
  return { harmful: flag === 1, kind };
}

/** A post of a harmless-only probe keyed by language and kind (the politics and address probes). */
export interface LangKindPost<L extends string> {
  id: string;
  lang: L;
  kind: string;
  text: string;
}

/** A harmless-only probe's posts, each with a `lang` from `langs` and a `kind` from `kinds`. */
export function readLangKindProbe<L extends string>(
  path: string,
  langs: readonly L[],
  kinds: readonly string[],
): Array<LangKindPost<L>> {
  return readProbeLines(path, (fields, where) => ({
    id: fields.id as string,
    lang: oneOf(fields.lang, langs, 'lang', where),
    kind: oneOf(fields.kind, kinds, 'kind', where),
    text: fields.text as string,
  }));
}
