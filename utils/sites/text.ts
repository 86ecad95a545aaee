/**
 * Text extraction shared by the site adapters.
 *
 * Extracted text is untrusted (DESIGN.md convention 11): we read text nodes and emoji `<img alt>` only and
 * never parse or serialise HTML. The walk is iterative, so hostile nesting cannot overflow the stack, and it
 * stops as soon as MAX_TEXT_CHARS characters are written, so a 1 MB post costs what a 20,000-character
 * one does.
 */

/** Tag name of our own inline label (utils/dom). Never read as post text. */
export const LABEL_TAG = 'basirat-label';

/** Hard cap on the text of one post; the classifier looks at far less. */
export const MAX_TEXT_CHARS = 20_000;

export interface VisibleTextOptions {
  /**
   * Selector list for descendants that are page chrome (buttons, timestamps, usernames, quoted replies).
   * Compound selectors only (no descendant combinators): they are tested on every element, and some DOM
   * implementations recurse through ancestors for combinators.
   */
  ignore?: string;
  /** Treat "\n" inside text nodes as a line break, for sites that render text with `white-space: pre-wrap`. */
  preLineBreaks?: boolean;
  /** Defaults to MAX_TEXT_CHARS. */
  maxChars?: number;
}

/** Elements whose content is never visible post text (or is ours). `button` holds "Show more", "Translate", reactions. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'input',
  'textarea',
  'select',
  'button',
  LABEL_TAG,
]);

/** HTML elements rendered as blocks by default; their edges become line breaks. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// X wraps hashtags and mentions in `<div style="display: inline-flex">`: that must not break the line.
const INLINE_STYLE = /display\s*:\s*inline/i;
const DISPLAY_NONE = /display\s*:\s*none/i;
// Emoji images: alt made only of emoji code points (X, Facebook, Telegram, WhatsApp). Other alts
// ("Image", a profile name, YouTube's ":face-blue-smiling:") are not text the author wrote.
const EMOJI_ALT = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component})+$/u;
const HAS_PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const WORD = /\S+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Marks the end of a block element on the walk stack. */
const BLOCK_END = Symbol('block end');

/** Text without anything visible: empty, whitespace, or only zero-width/bidi control characters. */
// Combining marks (U+034F, variation selectors) are alternatives, not class members: alone they join nothing.
const INVISIBLE_ONLY =
  /^(?:[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|\u034F|[\uFE00-\uFE0F])*$/u;

/** Collapses whitespace as it goes: separators are held back until the next word, so nothing needs trimming. */
class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private pendingBreak = false;

  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.length >= this.max;
  }

  lineBreak(): void {
    if (this.length > 0) this.pendingBreak = true;
  }

  text(data: string, preLineBreaks: boolean): void {
    WORD.lastIndex = 0;
    let end = 0;
    for (let match = WORD.exec(data); match && !this.full; match = WORD.exec(data)) {
      this.separator(data, end, match.index, preLineBreaks);
      this.word(match[0]);
      end = match.index + match[0].length;
    }
    if (!this.full) this.separator(data, end, data.length, preLineBreaks);
  }

  word(word: string): void {
    if (this.length > 0 && (this.pendingBreak || this.pendingSpace)) this.push(this.pendingBreak ? '\n' : ' ');
    this.pendingBreak = this.pendingSpace = false;
    this.push(word);
  }

  toString(): string {
    return this.parts.join('');
  }

  private separator(data: string, from: number, to: number, preLineBreaks: boolean): void {
    if (from === to) return;
    this.pendingSpace = true;
    if (preLineBreaks && data.slice(from, to).includes('\n')) this.lineBreak();
  }

  private push(piece: string): void {
    const room = this.max - this.length;
    if (room <= 0) return;
    let cut = piece.length <= room ? piece : piece.slice(0, room);
    // Never end on half a surrogate pair (an emoji cut in two is not text).
    if (cut.length < piece.length && /[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    this.parts.push(cut);
    this.length += cut.length;
    if (cut.length < piece.length) this.length = this.max;
  }
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** The alt text of an emoji image, or null for any other image. */
export function emojiAlt(element: Element): string | null {
  const alt = element.getAttribute('alt')?.trim();
  if (!alt || alt.length > 32) return null;
  return EMOJI_ALT.test(alt) && HAS_PICTOGRAPH.test(alt) ? alt : null;
}

function isSkipped(element: Element, ignore: string | undefined): boolean {
  const tag = element.localName;
  if (SKIP_TAGS.has(tag)) return true;
  // `hidden="until-found"` is collapsed text the page keeps for find-in-page: the expanded text we want.
  const hidden = element.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  // Emoji images are sometimes aria-hidden (their alt is announced elsewhere) yet are visible text.
  if (tag !== 'img' && element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && DISPLAY_NONE.test(style)) return true;
  return ignore !== undefined && matchesSafely(element, ignore);
}

function isBlock(element: Element): boolean {
  if (!BLOCK_TAGS.has(element.localName)) return false;
  const style = element.getAttribute('style');
  return !(style && INLINE_STYLE.test(style));
}

function walk(root: Element, sink: TextSink, options: VisibleTextOptions): void {
  const pre = options.preLineBreaks ?? false;
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0 && !sink.full) {
    const item = stack.pop()!;
    if (item === BLOCK_END) {
      sink.lineBreak();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      sink.text((item as Text).data, pre);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    // The root was chosen by the adapter (e.g. YouTube's `hidden` expanded description): read it as asked.
    if (element !== root && isSkipped(element, options.ignore)) continue;
    if (element.localName === 'img') {
      const alt = emojiAlt(element);
      if (alt) sink.word(alt);
      continue;
    }
    if (element.localName === 'br') {
      sink.lineBreak();
      continue;
    }
    if (isBlock(element)) {
      sink.lineBreak();
      stack.push(BLOCK_END);
    }
    // Indexed access: sibling pointers are O(n) per step in some DOM implementations (happy-dom).
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
}

/**
 * The text a reader sees in `element`: text nodes and emoji alt text, line breaks for `<br>` and block
 * edges, whitespace collapsed, at most `maxChars` characters. Skips our label, scripts/styles/templates,
 * form controls and buttons, `hidden`/`aria-hidden="true"`/`display: none` descendants and `ignore`.
 * Zero-width characters are kept: the classifier's normaliser handles them (and ZWNJ is meaningful in Urdu).
 */
export function visibleText(element: Element, options: VisibleTextOptions = {}): string {
  return visibleTextOf([element], options);
}

/** Like visibleText for several elements read in order as one text (one line each), under one cap. */
export function visibleTextOf(elements: readonly Element[], options: VisibleTextOptions = {}): string {
  const sink = new TextSink(options.maxChars ?? MAX_TEXT_CHARS);
  for (const element of elements) {
    if (sink.full) break;
    sink.lineBreak();
    walk(element, sink, options);
  }
  return sink.toString();
}

/** True when the text has something visible to score. */
export function hasVisibleText(text: string): boolean {
  return !INVISIBLE_ONLY.test(text);
}

const WORD_OF_LETTERS = /\p{L}+/gu;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * 'rtl' when at least half of the words are in Arabic script (or another RTL script); undefined without
 * letters. Words, not letters: Urdu words are short, and "یہ خبر ہے #Breaking" is an Urdu post.
 */
export function directionFromText(text: string): 'ltr' | 'rtl' | undefined {
  let words = 0;
  let rtl = 0;
  WORD_OF_LETTERS.lastIndex = 0;
  // A sample is enough to decide, and keeps a 20,000-character post cheap.
  for (let match = WORD_OF_LETTERS.exec(text); match && words < 500; match = WORD_OF_LETTERS.exec(text)) {
    words += 1;
    if (RTL_LETTER.test(match[0])) rtl += 1;
  }
  if (words === 0) return undefined;
  return rtl * 2 >= words ? 'rtl' : 'ltr';
}

function isPageLevel(element: Element): boolean {
  return element.localName === 'html' || element.localName === 'body';
}

/**
 * Direction of `element`'s text: the nearest `dir="ltr"|"rtl"` up to `stopAt` (inclusive), else from the
 * share of Arabic-script words in `text` (also when the nearest is `dir="auto"`). `dir` on `<html>` and
 * `<body>` is ignored: it is the direction of the site's interface language, not of the post.
 */
export function directionOf(element: Element, text: string, stopAt?: Element): 'ltr' | 'rtl' | undefined {
  for (let current: Element | null = element; current && !isPageLevel(current); current = current.parentElement) {
    const dir = current.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    if (dir === 'auto' || current === stopAt) break;
  }
  return directionFromText(text);
}

/**
 * Language hint: the closest `lang` attribute. On social sites `lang` on `<html>`/`<body>` is the
 * interface language, not the post's, so it is ignored unless `pageLevel` (article pages). Codes that
 * say "unknown" are dropped: und, zxx, mul, mis and X's private q-codes (qme = media only, qht = hashtags).
 */
export function langOf(element: Element, options: { pageLevel?: boolean } = {}): string | undefined {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (!options.pageLevel && isPageLevel(current)) return undefined;
    const lang = current.getAttribute('lang');
    if (lang === null) continue;
    const code = lang.trim();
    if (code === '' || /^(?:und|zxx|mul|mis)$/i.test(code) || /^q[a-t][a-z](?:-|$)/i.test(code)) return undefined;
    return code;
  }
  return undefined;
}
