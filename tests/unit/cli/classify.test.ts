import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADS } from '../../../utils/classifier/heads.ts';

const root = resolve(import.meta.dirname, '../../..');

function runClassify(lines: string[]): {
  records: Array<Record<string, unknown>>;
  stderr: string;
  status: number | null;
} {
  const dir = mkdtempSync(join(tmpdir(), 'basirat-cli-'));
  const input = join(dir, 'posts.jsonl');
  const output = join(dir, 'scores.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/classify.ts', '--in', input, '--out', output],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const text = readFileSync(output, 'utf8');
  return {
    records: text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
    stderr: result.stderr,
    status: result.status,
  };
}

describe('classify command', () => {
  it('writes one record per input line, in order, with the contract fields, and error records for bad lines', () => {
    const { records, stderr, status } = runClassify([
      JSON.stringify({ id: 'a', text: 'Lovely cricket match in Lahore today, Babar was brilliant', extra: 1 }),
      '{not json',
      JSON.stringify({ id: 7, body: 'no text field' }),
      JSON.stringify({ id: 'c', text: '' }),
      JSON.stringify({ id: 'd', text: 'یہ خبر ہے کہ پشاور میں دھماکے کی مذمت کی گئی' }),
      JSON.stringify({ id: 'e', text: 42 }),
      JSON.stringify({ id: 'f', text: '\ud800 \u202e 😀' }),
    ]);
    expect(status).toBe(0);
    expect(records.map((r) => r.id)).toEqual(['a', null, 7, 'c', 'd', 'e', 'f']);
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringContaining('invalid JSON') });
    expect(records[2]).toMatchObject({ line: 3, error: 'missing "text"' });
    expect(records[5]).toMatchObject({ line: 6, error: '"text" is not a string' });
    expect(stderr).toContain('line 2:');
    for (const index of [0, 3, 4, 6]) {
      const record = records[index]!;
      expect(Object.keys(record)).toEqual(
        expect.arrayContaining(['id', 'flagged', 'severity', 'scores', 'techniques', 'evidence', 'lang']),
      );
      expect(Object.keys(record.scores as object)).toEqual([...HEADS]);
      expect(typeof record.flagged).toBe('boolean');
    }
    expect(records[0]).toMatchObject({ lang: 'en', flagged: false });
    expect(records[4]).toMatchObject({ lang: 'ur' });
  });

  it('streams a large file without losing lines', () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: `post ${i} about cricket and tea` }),
    );
    const { records, status } = runClassify(lines);
    expect(status).toBe(0);
    expect(records).toHaveLength(3000);
    expect(records[2999]?.id).toBe(2999);
  });
});
