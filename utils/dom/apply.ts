/**
 * Applies verdicts to the page through the DOM contract (contract.ts): the state attribute on every
 * post Basirat has seen, the technique list on flagged ones, the label in a shadow root, and the page
 * stylesheet for the display mode. Every method swallows DOM errors: a page that removes or rewrites
 * our nodes must never break the content script; the next pass puts things back.
 */
import { renderLabel, unmountLabel } from '../../components/label/render.tsx';
import type { LabelData } from '../../components/label/Label.tsx';
import { TECHNIQUE_HEADS } from '../classifier/heads.ts';
import type { UiLang } from '../i18n/index.ts';
import { describeVerdict } from '../i18n/describe.ts';
import type { PostVerdict } from '../messaging.ts';
import type { DisplayMode } from '../settings.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { ATTR_ERROR, ATTR_REVEALED, ATTR_STATE, ATTR_TECHNIQUES, LABEL_TAG, setPending } from './contract.ts';
import { ensurePageStyle, removePageStyle } from './pageStyle.ts';

export interface ApplierOptions {
  document: Document;
  adapter: Pick<SiteAdapter, 'labelAnchor'>;
  mode: DisplayMode;
  lang: UiLang;
  /** URL of the help page for a technique or harm; null (or absent) hides the link. */
  helpUrl?(topic: string): string | null;
  /** Sends "not propaganda" for this post; rejects when it could not be sent. */
  onFeedback?(post: HTMLElement, text: string, verdict: PostVerdict): Promise<void>;
}

export interface Applier {
  markPending(post: HTMLElement): void;
  /** A post with no text to score (e.g. image-only): seen, nothing to say. */
  markEmpty(post: HTMLElement): void;
  applyVerdict(post: HTMLElement, verdict: PostVerdict, text: string): void;
  /** The background could not be reached: clear, with `data-basirat-error="unavailable"`. */
  markUnavailable(post: HTMLElement): void;
  /** Puts back what the page removed (our attributes or label) for a post we already decided on. */
  repair(post: HTMLElement): void;
  setRevealed(post: HTMLElement, revealed: boolean): void;
  /** Switches display mode or UI language: restyles the page and re-renders every label. */
  setDisplay(mode: DisplayMode, lang: UiLang): void;
  ensureStyle(): void;
  /** Removes everything Basirat added to the page (pause, disable, extension update). */
  cleanup(): void;
  readonly mode: DisplayMode;
  readonly lang: UiLang;
}

type PostRecord =
  | { status: 'pending' }
  | { status: 'clear'; error: boolean }
  | { status: 'flagged'; verdict: PostVerdict; text: string; revealed: boolean };

function attempt(write: () => void): void {
  try {
    write();
  } catch {
    // See the module comment: DOM trouble on a hostile or changing page is not our failure.
  }
}

/** Technique ids for the attribute: only known ones, so the attribute stays within the contract. */
function techniqueList(verdict: PostVerdict): string {
  const known = new Set<string>(TECHNIQUE_HEADS);
  return [...new Set(verdict.techniques)].filter((id) => known.has(id)).join(' ');
}

export function createApplier(options: ApplierOptions): Applier {
  const doc = options.document;
  let mode = options.mode;
  let lang = options.lang;
  /** Weak: a post the page removes takes its record and label with it. */
  let records = new WeakMap<HTMLElement, PostRecord>();
  let labels = new WeakMap<HTMLElement, HTMLElement>();
  let ours = new WeakSet<HTMLElement>();

  function anchorFor(post: HTMLElement): { parent: HTMLElement; before: Node | null } {
    try {
      const anchor = options.adapter.labelAnchor?.(post);
      if (anchor?.parent) {
        const before = anchor.before && anchor.before.parentNode === anchor.parent ? anchor.before : null;
        return { parent: anchor.parent, before };
      }
    } catch {
      // Fall back to the default place.
    }
    return { parent: post, before: null };
  }

  function removeLabel(post: HTMLElement): void {
    const host = labels.get(post);
    labels.delete(post);
    if (!host) return;
    attempt(() => unmountLabel(host));
    attempt(() => host.remove());
  }

  function labelData(record: Extract<PostRecord, { status: 'flagged' }>): LabelData {
    const topic = describeVerdict(lang, record.verdict).helpTopic;
    let helpUrl: string | null = null;
    try {
      helpUrl = topic && options.helpUrl ? options.helpUrl(topic) : null;
    } catch {
      helpUrl = null;
    }
    return { lang, verdict: record.verdict, revealed: mode === 'label' ? null : record.revealed, helpUrl };
  }

  function showLabel(post: HTMLElement, record: Extract<PostRecord, { status: 'flagged' }>): void {
    attempt(() => {
      let host = labels.get(post);
      if (!host || !host.isConnected) {
        if (host) removeLabel(post);
        const anchor = anchorFor(post);
        // A label left by an earlier copy of the content script (extension update) would double up.
        for (const child of Array.from(anchor.parent.children)) {
          if (child.nodeName === LABEL_TAG.toUpperCase() && !ours.has(child as HTMLElement)) child.remove();
        }
        host = doc.createElement(LABEL_TAG);
        ours.add(host);
        anchor.parent.insertBefore(host, anchor.before);
        labels.set(post, host);
      }
      renderLabel(host, labelData(record), {
        onToggleReveal: () => setRevealed(post, !record.revealed),
        onFeedback: () =>
          options.onFeedback
            ? options.onFeedback(post, record.text, record.verdict)
            : Promise.reject(new Error('feedback is not wired')),
      });
    });
  }

  function writeAttributes(post: HTMLElement, record: PostRecord): void {
    attempt(() => {
      post.setAttribute(ATTR_STATE, record.status);
      if (record.status === 'flagged') post.setAttribute(ATTR_TECHNIQUES, techniqueList(record.verdict));
      else post.removeAttribute(ATTR_TECHNIQUES);
      if (record.status === 'clear' && record.error) post.setAttribute(ATTR_ERROR, 'unavailable');
      else post.removeAttribute(ATTR_ERROR);
      if (record.status === 'flagged' && record.revealed) post.setAttribute(ATTR_REVEALED, '');
      else post.removeAttribute(ATTR_REVEALED);
    });
  }

  function setRecord(post: HTMLElement, record: PostRecord): void {
    records.set(post, record);
    // The style must be in place before a state it styles appears (hide mode: no flash).
    ensureStyle();
    writeAttributes(post, record);
    if (record.status === 'flagged') showLabel(post, record);
    else removeLabel(post);
  }

  function ensureStyle(): void {
    ensurePageStyle(doc, mode);
  }

  function setRevealed(post: HTMLElement, revealed: boolean): void {
    const record = records.get(post);
    if (record?.status !== 'flagged') return;
    record.revealed = revealed;
    writeAttributes(post, record);
    showLabel(post, record);
  }

  return {
    markPending(post) {
      records.set(post, { status: 'pending' });
      ensureStyle();
      removeLabel(post);
      attempt(() => setPending(post));
    },
    markEmpty(post) {
      setRecord(post, { status: 'clear', error: false });
    },
    applyVerdict(post, verdict, text) {
      if (!verdict.flagged) setRecord(post, { status: 'clear', error: false });
      else setRecord(post, { status: 'flagged', verdict, text, revealed: false });
    },
    markUnavailable(post) {
      setRecord(post, { status: 'clear', error: true });
    },
    repair(post) {
      const record = records.get(post);
      if (!record) return;
      ensureStyle();
      if (post.getAttribute(ATTR_STATE) !== record.status) writeAttributes(post, record);
      if (record.status === 'flagged') {
        if (post.getAttribute(ATTR_TECHNIQUES) === null) writeAttributes(post, record);
        const host = labels.get(post);
        if (!host || !host.isConnected || !host.shadowRoot) showLabel(post, record);
      }
    },
    setRevealed,
    setDisplay(nextMode, nextLang) {
      const changed = nextMode !== mode || nextLang !== lang;
      mode = nextMode;
      lang = nextLang;
      ensureStyle();
      if (!changed) return;
      attempt(() => {
        for (const post of doc.querySelectorAll<HTMLElement>(`[${ATTR_STATE}="flagged"]`)) {
          const record = records.get(post);
          if (record?.status === 'flagged') showLabel(post, record);
        }
      });
    },
    ensureStyle,
    cleanup() {
      removePageStyle(doc);
      attempt(() => {
        for (const host of doc.querySelectorAll<HTMLElement>(LABEL_TAG)) {
          attempt(() => unmountLabel(host));
          host.remove();
        }
        for (const post of doc.querySelectorAll<HTMLElement>(`[${ATTR_STATE}]`)) {
          for (const name of [ATTR_STATE, ATTR_TECHNIQUES, ATTR_ERROR, ATTR_REVEALED]) post.removeAttribute(name);
        }
      });
      records = new WeakMap();
      labels = new WeakMap();
      ours = new WeakSet();
    },
    get mode() {
      return mode;
    },
    get lang() {
      return lang;
    },
  };
}
