/**
 * The word-order input as the graph reads it. The model sums each token's feature vectors as the
 * difference of two rows of running sums over the whole padded batch ([batch × width] rows, then one
 * zero row), so each token's span [start, end) of its row's ids becomes two row numbers: row
 * b × width + end − 1 and row b × width + start − 1, where a bound of 0 reads the zero row (batch × width).
 * Doing this here instead of in the graph took a third of the word-order path's ops away (`span_rows`
 * in model/train.py is the same function; the parity test runs both).
 */
export function spanRows(spans: Int32Array, batch: number, width: number, tokens: number): Int32Array {
  if (spans.length !== batch * tokens * 2) {
    throw new Error(`spans has ${spans.length} values, expected ${batch}×${tokens}×2`);
  }
  const zeroRow = batch * width;
  const rows = new Int32Array(spans.length);
  for (let row = 0; row < batch; row++) {
    const first = row * width - 1;
    for (let i = row * tokens * 2; i < (row + 1) * tokens * 2; i++) {
      const bound = spans[i] as number;
      if (bound < 0 || bound > width)
        throw new Error(`a token span bound of ${bound} lies outside a row of ${width} ids`);
      rows[i] = bound === 0 ? zeroRow : first + bound;
    }
  }
  return rows;
}
