/**
 * Quoted spans of a post. Counter-speech, news and condemnation quote an extremist line in order to
 * report or reject it ("they call it a 'caravan'; it is a trap"), so the model gets to know which
 * words were quoted rather than said (see `featurize`).
 *
 * Only double quotation marks count: a single ’ or ' is far more often an apostrophe. Straight
 * quotes alternate open/close; curly and guillemet marks open and close by their shape, except that
 * a ” with nothing open opens (phones often type ” for both). A quote left open is no span, and a
 * span longer than `MAX_QUOTE_CHARS` is treated as a stray mark: a whole post in quotes is a
 * forward, not a quotation inside the author's own words.
 */
export const MAX_QUOTE_CHARS = 280;

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** [start, end) UTF-16 ranges of quoted text (marks excluded), in order, never overlapping. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const isStraight = char === '"';
    if (!isStraight && !OPENERS.has(char) && !CLOSERS.has(char)) continue;
    if (openAt < 0) {
      // A closing-only mark (») with nothing open is stray; ” often stands for both.
      if (char !== '»') openAt = i + 1;
      continue;
    }
    if (OPENERS.has(char)) {
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
