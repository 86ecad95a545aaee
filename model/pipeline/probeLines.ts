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
