import { describe, expect, it } from 'vitest';
import { spanRows } from '../../../utils/classifier/spanRows.ts';

/** What the graph does with the rows: running sums over the flattened batch, then one zero row. */
function spanSumsAsTheGraphReads(values: number[], batch: number, width: number, rows: Int32Array): number[] {
  const sums: number[] = [];
  for (let row = 0; row < batch; row++) {
    let running = 0;
    for (let k = 0; k < width; k++) {
      running += values[row * width + k] as number;
      sums.push(running);
    }
  }
  sums.push(0);
  const out: number[] = [];
  for (let i = 0; i < rows.length; i += 2)
    out.push((sums[rows[i + 1] as number] as number) - (sums[rows[i] as number] as number));
  return out;
}

describe('spanRows', () => {
  it('turns each span into its two rows of running sums, bounds of 0 into the zero row', () => {
    const spans = Int32Array.from([0, 2, 2, 4, 0, 1, 0, 0]);
    expect(Array.from(spanRows(spans, 2, 4, 2))).toEqual([8, 1, 1, 3, 8, 4, 8, 8]);
  });

  it('lets the graph read every token sum as a difference of two rows, in every row of a batch', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 50; trial++) {
      const batch = 1 + random(5);
      const width = 1 + random(12);
      const tokens = 1 + random(6);
      const values = Array.from({ length: batch * width }, () => 1 + random(100));
      const spans = new Int32Array(batch * tokens * 2);
      const expected: number[] = [];
      for (let row = 0; row < batch; row++) {
        let cursor = 0;
        for (let t = 0; t < tokens; t++) {
          // Consecutive spans, some empty (a token whose features were all dropped), the rest padding.
          const start = cursor;
          const end = random(4) === 0 ? start : Math.min(width, start + random(4));
          const padding = start >= width;
          spans[(row * tokens + t) * 2] = padding ? 0 : start;
          spans[(row * tokens + t) * 2 + 1] = padding ? 0 : end;
          let sum = 0;
          if (!padding) for (let k = start; k < end; k++) sum += values[row * width + k] as number;
          expected.push(sum);
          cursor = end;
        }
      }
      const rows = spanRows(spans, batch, width, tokens);
      expect(spanSumsAsTheGraphReads(values, batch, width, rows)).toEqual(expected);
    }
  });

  it('refuses spans of the wrong size or outside their row', () => {
    expect(() => spanRows(Int32Array.from([0, 1, 1]), 1, 4, 2)).toThrow(/spans has 3 values, expected 1×2×2/);
    expect(() => spanRows(Int32Array.from([0, 5]), 1, 4, 1)).toThrow(/bound of 5 lies outside a row of 4 ids/);
    expect(() => spanRows(Int32Array.from([-1, 2]), 1, 4, 1)).toThrow(/bound of -1/);
  });
});
