/**
 * Turns a verdict into the sentences the label shows. Pure, so the wording can be tested without a
 * DOM: "This post glorifies or calls for violence and uses us-vs-them language."
 */
import type { HarmHead, TechniqueHead } from '../classifier/heads.ts';
import type { PostVerdict } from '../messaging.ts';
import { joinList, t, type MessageKey, type UiLang } from './index.ts';

export type Sureness = 'high' | 'medium' | 'low';

export interface Explanation {
  id: HarmHead | TechniqueHead;
  name: string;
  text: string;
}

export interface VerdictDescription {
  summary: string;
  sureness: Sureness;
  sure: string;
  /** The words that triggered the flag, as plain strings (rendered as text, never markup). */
  evidence: string[];
  explanations: Explanation[];
  /** Help page anchor: the strongest technique, or the strongest harm when none was named. */
  helpTopic: HarmHead | TechniqueHead | null;
}

/** More than three findings make the sentence hard to read; "Why?" lists them all. */
const MAX_FINDINGS = 3;
const MAX_EVIDENCE = 4;
const MAX_EVIDENCE_CHARS = 80;

function harmKey(id: HarmHead, part: 'name' | 'phrase' | 'explain'): MessageKey {
  return `harm.${id}.${part}`;
}

function techniqueKey(id: TechniqueHead, part: 'name' | 'phrase' | 'explain'): MessageKey {
  return `technique.${id}.${part}`;
}

export function surenessOf(verdict: Pick<PostVerdict, 'severity' | 'confidence'>): Sureness {
  // Severity says how many sensitivity levels agree; confidence only breaks the "none" case.
  if (verdict.severity === 'high') return 'high';
  if (verdict.severity === 'medium') return 'medium';
  if (verdict.severity === 'low') return 'low';
  return verdict.confidence >= 0.75 ? 'medium' : 'low';
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EVIDENCE_CHARS ? `${flat.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : flat;
}

export function describeVerdict(lang: UiLang, verdict: PostVerdict): VerdictDescription {
  const harms = [...new Set(verdict.harms)];
  const techniques = [...new Set(verdict.techniques)];
  const phrases = [
    ...harms.map((id) => t(lang, harmKey(id, 'phrase'))),
    ...techniques.map((id) => t(lang, techniqueKey(id, 'phrase'))),
  ].slice(0, MAX_FINDINGS);
  const summary =
    phrases.length > 0
      ? t(lang, 'label.summary', { findings: joinList(lang, phrases) })
      : t(lang, 'label.summaryGeneric');
  const sureness = surenessOf(verdict);
  const evidence = [...new Set(verdict.evidence.map((span) => clip(span.text)).filter((text) => text !== ''))].slice(
    0,
    MAX_EVIDENCE,
  );
  const explanations: Explanation[] = [
    ...harms.map((id) => ({ id, name: t(lang, harmKey(id, 'name')), text: t(lang, harmKey(id, 'explain')) })),
    ...techniques.map((id) => ({
      id,
      name: t(lang, techniqueKey(id, 'name')),
      text: t(lang, techniqueKey(id, 'explain')),
    })),
  ];
  return {
    summary,
    sureness,
    sure: t(lang, `label.sure.${sureness}`),
    evidence,
    explanations,
    helpTopic: techniques[0] ?? harms[0] ?? null,
  };
}
