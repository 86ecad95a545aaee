/**
 * How the popup points at a post without either side sending page details around: both the
 * background (which received the text to classify) and the content script (which can read it again
 * from the page) hash the same text. 16 hex digits (64 bits) are plenty to tell one tab's posts apart.
 */
import { sha256Hex } from './classifier/integrity.ts';
import { MAX_TEXT_CHARS } from './messaging.ts';

/** The text exactly as the classify request carried it: trimmed by the watcher, capped by the protocol. */
export function postKeyText(extracted: string): string {
  return extracted.trim().slice(0, MAX_TEXT_CHARS);
}

export async function postKey(text: string): Promise<string> {
  return (await sha256Hex(new TextEncoder().encode(postKeyText(text)))).slice(0, 16);
}
