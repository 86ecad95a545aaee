import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HARM_HEADS, TECHNIQUE_HEADS, type Head } from '../../utils/classifier/heads.ts';
import type { LabeledRecord } from './record.ts';

/** One line of model/data/authored/*.jsonl: posts the project wrote itself (see model/data/authored/README.md). */
export interface AuthoredPost {
  id: string;
  lang: 'en' | 'ur' | 'ur-Latn';
  category: string;
  flag: 0 | 1;
  heads: Record<string, 0 | 1>;
  techniques: string[];
  text: string;
}

export const POSITIVE_CATEGORIES = [
  'glorification',
  'recruitment',
  'grooming',
  'takfir_sectarian',
  'dehumanisation',
  'conspiracy_fear',
  'threat',
] as const;

function parsePost(line: string, where: string): AuthoredPost {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`);
  const post = value as AuthoredPost;
  if (typeof post.id !== 'string' || typeof post.text !== 'string' || post.text.trim() === '') {
    throw new Error(`${where}: id and text are required`);
  }
  if (post.flag !== 0 && post.flag !== 1) throw new Error(`${where}: flag must be 0 or 1`);
  for (const technique of post.techniques ?? []) {
    if (!(TECHNIQUE_HEADS as readonly string[]).includes(technique))
      throw new Error(`${where}: unknown technique ${technique}`);
  }
  return post;
}

/** The posts of one authored JSONL file, checked line by line (errors name the file and line). */
export function readAuthoredFile(path: string): AuthoredPost[] {
  const posts: AuthoredPost[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim()) posts.push(parsePost(line, `${basename(path)}:${index + 1}`));
    });
  return posts;
}

export function readAuthored(folder: string): AuthoredPost[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => readAuthoredFile(join(folder, file)));
}

/** Authored posts annotate every head: harm heads from `heads`, techniques from the list. */
export function authoredToRecord(post: AuthoredPost): LabeledRecord {
  const labels: Partial<Record<Head, 0 | 1>> = {};
  for (const head of HARM_HEADS) labels[head] = post.heads[head] === 1 ? 1 : 0;
  for (const head of TECHNIQUE_HEADS) labels[head] = post.techniques.includes(head) ? 1 : 0;
  labels.propaganda_any = post.techniques.length > 0 ? 1 : 0;
  return {
    source: 'authored',
    text: post.text,
    labels,
    original: `flag:${post.flag}`,
    tag: `${post.lang}/${post.category}`,
  };
}
