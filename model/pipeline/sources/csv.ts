/**
 * A small RFC 4180 parser for the staged CSV/TSV files (own code, no dependency).
 *
 * Handles quoted fields with embedded delimiters, newlines and doubled quotes, CRLF or LF (or a
 * lone CR) record ends, and a leading UTF-8 BOM. It is lenient in the ways real exports need:
 * a quote inside an unquoted field is kept literally, and text after a closing quote is appended.
 * An unterminated quoted field is an error, because silently swallowing the rest of the file would
 * merge thousands of rows into one.
 */

export interface ParseOptions {
  /** Field separator, one character (default `,`). */
  delimiter?: string;
  /**
   * Whether `"` starts a quoted field (default true). Turn off for TSV files that are known to be
   * unquoted (RUHSOLD), where a tweet starting with `"` must not swallow the following lines.
   */
  quoting?: boolean;
  /** Drop records that are one empty, unquoted field, i.e. blank lines (default true). */
  skipBlankLines?: boolean;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

export function parseDelimited(input: string, options: ParseOptions = {}): string[][] {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1) throw new Error(`CSV delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  const delim = delimiter.charCodeAt(0);
  const quoting = options.quoting ?? true;
  const skipBlank = options.skipBlankLines ?? true;

  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  // Whether the current record has any content: distinguishes a blank line from `""`.
  let recordTouched = false;
  let i = 0;
  const n = text.length;

  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    if (!(skipBlank && !recordTouched && row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    recordTouched = false;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoting && c === QUOTE && field === '') {
      // Quoted field: read to the closing quote; `""` is an escaped quote.
      recordTouched = true;
      const start = i;
      i++;
      let closed = false;
      let chunkStart = i;
      while (i < n) {
        if (text.charCodeAt(i) === QUOTE) {
          field += text.slice(chunkStart, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i += 2;
            chunkStart = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        i++;
      }
      if (!closed) {
        const line = text.slice(0, start).split('\n').length;
        throw new Error(`CSV: unterminated quoted field starting on line ${line}`);
      }
      // Any text between the closing quote and the next delimiter is kept (lenient).
      continue;
    }
    if (c === delim) {
      recordTouched = true;
      endField();
      i++;
    } else if (c === LF) {
      endRecord();
      i++;
    } else if (c === CR) {
      endRecord();
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    } else {
      // Copy a run of ordinary characters at once; per-character string appends are slow on MB files.
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === delim || d === LF || d === CR) break;
        i++;
      }
      field += text.slice(start, i);
      recordTouched = true;
    }
  }
  // A final record without a trailing newline.
  if (recordTouched || field !== '' || row.length > 0) endRecord();
  return rows;
}

export function parseCsv(input: string, options: Omit<ParseOptions, 'delimiter'> = {}): string[][] {
  return parseDelimited(input, { ...options, delimiter: ',' });
}

export function parseTsv(input: string, options: Omit<ParseOptions, 'delimiter'> = {}): string[][] {
  return parseDelimited(input, { ...options, delimiter: '\t' });
}

/**
 * Turns parsed rows into objects keyed by the header row. Throws if a column the caller needs is
 * absent, so a changed export fails loudly instead of yielding `undefined` labels.
 */
export function withHeader<K extends string>(
  rows: string[][],
  required: readonly K[],
  fileLabel: string,
): { header: string[]; records: Array<Record<K, string> & { fieldCount: number }> } {
  const header = rows[0];
  if (!header) throw new Error(`${fileLabel}: file is empty`);
  const index = new Map<K, number>();
  for (const name of required) {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${fileLabel}: missing column "${name}" (header: ${header.join(', ')})`);
    index.set(name, at);
  }
  const records = rows.slice(1).map((row) => {
    const out = { fieldCount: row.length } as Record<K, string> & { fieldCount: number };
    for (const [name, at] of index) (out as Record<K, string>)[name] = row[at] ?? '';
    return out;
  });
  return { header, records };
}
