/**
 * Quoted spans of a post. Counter-speech, news and condemnation quote an extremist line in order to
 * report or reject it ("they call it a 'caravan'; it is a trap"), so the model gets to know which
 * words were quoted rather than said (see `featurize`).
 *
 * Double quotation marks: straight quotes alternate open/close; curly and guillemet marks open and
 * close by their shape, except that a ” with nothing open opens (phones often type ” for both). A
 * quote left open is no span, and a span longer than `MAX_QUOTE_CHARS` is treated as a stray mark: a
 * whole post in quotes is a forward, not a quotation inside the author's own words.
 *
 * Single marks (' ‘ ’) are mostly apostrophes, yet scare quotes in counter-speech are mostly single
 * ("'bhed bakriyan'? hamare madrassay wala…"). So a single-quoted span counts only with word
 * boundaries on the outside and none on the inside — opened after a space or the start and before
 * a letter or digit, closed after a non-space and before a space, punctuation or the end — on one
 * line, within `MAX_SINGLE_QUOTE_CHARS`. "It's", "Qur'an" and "students' books" open nothing.
 * Inside a double-quoted span, single marks add nothing.
 */
export const MAX_QUOTE_CHARS = 280;
export const MAX_SINGLE_QUOTE_CHARS = 120;
/** The marks that may open or close a single-quoted span (also apostrophes, hence the rules above). */
export const SINGLE_QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '‘', '’']);

/** The double marks by UTF-16 code: `doubleQuotedRanges` looks at every character of every post. */
const STRAIGHT = 0x22; // "
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”
const LOW_OPEN = 0x201e; // „

function isDoubleMark(code: number): boolean {
  return (
    code === STRAIGHT ||
    code === CURLY_OPEN ||
    code === CURLY_CLOSE ||
    code === LOW_OPEN ||
    code === GUILLEMET_OPEN ||
    code === GUILLEMET_CLOSE
  );
}

function isOpener(code: number): boolean {
  return code === CURLY_OPEN || code === LOW_OPEN || code === GUILLEMET_OPEN;
}

/** [start, end) UTF-16 ranges of quoted text (marks excluded), in order, never overlapping. */
export function quotedRanges(text: string): Array<[number, number]> {
  const double = doubleQuotedRanges(text);
  const single = singleQuotedRanges(text).filter(([start, end]) =>
    double.every(([from, to]) => end <= from - 1 || start >= to + 1),
  );
  if (single.length === 0) return double;
  return [...double, ...single].sort((a, b) => a[0] - b[0]);
}

// Opened after the start, a space or an opening bracket, before a letter or digit; closed after a
// non-space, before the end, a space or punctuation. The inside holds no single mark, so a span ends at
// the next mark or not at all: "'don't go'" is no span (a missed quote costs less than a false one).
const SINGLE_QUOTED_RE = /(?<=^|[\s([{])['‘](?=[\p{L}\p{N}])([^\n'‘’]*?\S)['’](?=$|[\s.,!?;:)\]}…۔؟،-])/gu;

function singleQuotedRanges(text: string): Array<[number, number]> {
  if (!text.includes("'") && !text.includes('‘') && !text.includes('’')) return [];
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(SINGLE_QUOTED_RE)) {
    const inner = match[1] as string;
    if (inner.length > MAX_SINGLE_QUOTE_CHARS) continue;
    const start = (match.index as number) + 1;
    ranges.push([start, start + inner.length]);
  }
  return ranges;
}

function doubleQuotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isDoubleMark(code)) continue;
    if (openAt < 0) {
      // A closing-only mark (») with nothing open is stray; ” often stands for both.
      if (code !== GUILLEMET_CLOSE) openAt = i + 1;
      continue;
    }
    if (isOpener(code)) {
      // A second opener before any close: the first was stray.
      openAt = i + 1;
      continue;
    }
    if (i - openAt <= MAX_QUOTE_CHARS && i > openAt) ranges.push([openAt, i]);
    openAt = -1;
  }
  return ranges;
}

/** Marks by token: whether the token starts inside a quoted range. Ranges and starts are sorted. */
export function quotedFlags(starts: readonly number[], ranges: ReadonlyArray<[number, number]>): boolean[] {
  const flags: boolean[] = [];
  let r = 0;
  for (const start of starts) {
    while (r < ranges.length && (ranges[r] as [number, number])[1] <= start) r++;
    const range = ranges[r];
    flags.push(range !== undefined && start >= range[0] && start < range[1]);
  }
  return flags;
}
