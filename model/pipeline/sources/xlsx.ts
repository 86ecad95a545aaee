/**
 * Minimal .xlsx reader: the first worksheet as rows of strings. Enough for the staged Urdu threat
 * workbook (shared strings, inline strings, numbers); no styles, dates, formulas or merged cells.
 * Unzipping uses fflate; the XML is scanned with regular expressions because SpreadsheetML cells
 * are flat and we only need `<c>`, `<v>`, `<is>` and `<si>`.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Decodes the five XML entities, numeric character references and OOXML `_xHHHH_` escapes. */
export function decodeXmlText(raw: string): string {
  return raw
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole: string, name: string) => {
      switch (name) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'amp':
          return '&';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
        default: {
          const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
      }
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_whole: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Text of a string item (`<si>` or `<is>`): the concatenated `<t>` runs. Phonetic runs (`<rPh>`)
 * are furigana guides, not cell text, so they are dropped first.
 */
function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  // Self-closing `<t/>` first, so that it cannot run on to the next run's `</t>`.
  for (const m of withoutPhonetic.matchAll(/<t(?:\s[^>]*?)?\/>|<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) {
    out += decodeXmlText(m[1] ?? '');
  }
  return out;
}

/** `B12` → 1 (zero-based column index). */
function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

/** Path of the first sheet in workbook order, via the workbook relationships. */
function firstSheetPath(files: Record<string, Uint8Array>, label: string): string {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (workbook && rels) {
    const sheetTag = /<sheet\b[^>]*>/.exec(strFromU8(workbook))?.[0];
    const rid = sheetTag ? attr(sheetTag, 'r:id') : undefined;
    if (rid) {
      for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
        if (attr(m[0], 'Id') !== rid) continue;
        const target = attr(m[0], 'Target');
        if (target) {
          // Targets are relative to xl/ unless absolute within the package.
          const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
          if (files[path]) return path;
        }
      }
    }
  }
  if (files['xl/worksheets/sheet1.xml']) return 'xl/worksheets/sheet1.xml';
  throw new Error(`${label}: no worksheet found in the workbook`);
}

/** Reads the first worksheet of an .xlsx file (path or bytes) as rows of cell strings. */
export function readXlsxFirstSheet(
  source: string | Uint8Array,
  label = typeof source === 'string' ? source : 'xlsx',
): string[][] {
  const bytes = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : source;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    throw new Error(`${label}: not a readable .xlsx (zip) file: ${err instanceof Error ? err.message : String(err)}`);
  }

  const shared: string[] = [];
  const sst = files['xl/sharedStrings.xml'];
  if (sst) {
    for (const m of strFromU8(sst).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(stringItemText(m[1] ?? ''));
  }

  const sheetXml = strFromU8(files[firstSheetPath(files, label)] ?? new Uint8Array());
  const rows: string[][] = [];
  // The self-closing form must be tried first, or `<row r="5"/>` would swallow the next row.
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)\/>|<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const rowAttrs = rowMatch[1] ?? rowMatch[2] ?? '';
    const rowNumber = Number(attr(` ${rowAttrs}`, 'r') ?? rows.length + 1);
    // Keep row positions: missing rows in the XML are empty rows in the sheet.
    while (rows.length < rowNumber - 1) rows.push([]);
    const cells: string[] = [];
    for (const cellMatch of (rowMatch[3] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const cellAttrs = cellMatch[1] ?? '';
      const inner = cellMatch[2] ?? '';
      const ref = attr(` ${cellAttrs}`, 'r');
      const col = ref ? columnIndex(ref) : cells.length;
      const type = attr(` ${cellAttrs}`, 't');
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value = '';
      if (type === 's') {
        const idx = Number(v);
        const s = shared[idx];
        if (s === undefined) throw new Error(`${label}: cell ${ref ?? '?'} points to missing shared string ${v ?? ''}`);
        value = s;
      } else if (type === 'inlineStr') {
        value = stringItemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      } else if (type === 'b') {
        value = v === '1' ? 'TRUE' : 'FALSE';
      } else if (v !== undefined) {
        // Numbers, formula string results (`str`) and errors (`e`) are stored as text in <v>.
        value = decodeXmlText(v);
      }
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    rows.push(cells);
  }
  return rows;
}
