/**
 * CONAN family: expert-written hate speech (HS) / counter-narrative (CN) pairs.
 * HS → H = 1. CN → H = X = T = 0 with tag `counter_speech`: same targets and keywords, opposite
 * stance, the hard negatives that stop a keyword model from flagging anti-hate content.
 *
 * - `conan` (CONAN.csv): English rows only (cn_id prefix `EN`). The FR/IT rows are translations of
 *   the same Islamophobia prototypes in languages the model does not serve (EN, Urdu, Roman Urdu).
 * - `conan_multitarget` (Multitarget-CONAN.csv).
 * - `conan_kn` (multitarget_KN_grounded_CN.csv): the knowledge sentences are quoted news prose
 *   with no label of their own, so they are not used.
 *
 * One HS has several CNs (and CONAN adds paraphrased HS, suffix P1/P2), so texts repeat across
 * rows. Each distinct text is kept once across the family, in file order conan, multitarget, kn,
 * and a text seen as HS is never also emitted as CN. `group` ties an HS prototype to its
 * paraphrases and replies (CONAN HS id; else the HS text's position) so splits can keep them
 * together and avoid paraphrase leakage.
 */
import { parseCsv, withHeader } from './csv.ts';
import { cleanText, labelsOf, readUtf8, requireFile, type Labels, type SourceRecord } from './common.ts';

export const DATASET = 'conan_counter_narratives';
export const FILES = {
  conan: 'CONAN.csv',
  multitarget: 'Multitarget-CONAN.csv',
  kn: 'multitarget_KN_grounded_CN.csv',
} as const;

const HS_LABELS: Labels = labelsOf([['hate_dehumanization', 1]]);
const CN_LABELS: Labels = labelsOf([
  ['hate_dehumanization', 0],
  ['extremist_propaganda', 0],
  ['violent_threat_incitement', 0],
]);

interface Pair {
  hs: string;
  cn: string;
  group: string;
}

function readPairs(dataDir: string): Array<{ source: string; pairs: Pair[] }> {
  const conanPath = requireFile(dataDir, DATASET, FILES.conan);
  const mtPath = requireFile(dataDir, DATASET, FILES.multitarget);
  const knPath = requireFile(dataDir, DATASET, FILES.kn);

  const conan = withHeader(parseCsv(readUtf8(conanPath)), ['cn_id', 'hateSpeech', 'counterSpeech'], conanPath);
  const conanPairs: Pair[] = [];
  for (const row of conan.records) {
    if (!row.cn_id.startsWith('EN')) continue;
    // ENT1ST0001HS0033CN000021P1 → the HS prototype id `HS0033` shared by paraphrases and replies.
    const hsId = /HS\d+/.exec(row.cn_id)?.[0];
    if (!hsId) throw new Error(`${conanPath}: cannot read the HS id from cn_id ${JSON.stringify(row.cn_id)}`);
    conanPairs.push({ hs: row.hateSpeech, cn: row.counterSpeech, group: `conan:${hsId}` });
  }

  const byText = (prefix: string) => {
    const ids = new Map<string, string>();
    return (hs: string): string => {
      const key = cleanText(hs);
      let id = ids.get(key);
      if (id === undefined) {
        id = `${prefix}:${ids.size}`;
        ids.set(key, id);
      }
      return id;
    };
  };

  const mt = withHeader(parseCsv(readUtf8(mtPath)), ['HATE_SPEECH', 'COUNTER_NARRATIVE'], mtPath);
  const mtGroup = byText('conan_multitarget');
  const mtPairs = mt.records.map((row) => ({
    hs: row.HATE_SPEECH,
    cn: row.COUNTER_NARRATIVE,
    group: mtGroup(row.HATE_SPEECH),
  }));

  const kn = withHeader(parseCsv(readUtf8(knPath)), ['hate_speech', 'counter_narrative'], knPath);
  const knGroup = byText('conan_kn');
  const knPairs = kn.records.map((row) => ({
    hs: row.hate_speech,
    cn: row.counter_narrative,
    group: knGroup(row.hate_speech),
  }));

  return [
    { source: 'conan', pairs: conanPairs },
    { source: 'conan_multitarget', pairs: mtPairs },
    { source: 'conan_kn', pairs: knPairs },
  ];
}

export function load(dataDir: string): SourceRecord[] {
  const sets = readPairs(dataDir);
  // HS texts are collected first so that a text that is HS anywhere is never a CN negative.
  const hsTexts = new Set<string>();
  for (const { pairs } of sets) for (const p of pairs) hsTexts.add(cleanText(p.hs));

  const emitted = new Set<string>();
  const out: SourceRecord[] = [];
  for (const { source, pairs } of sets) {
    for (const p of pairs) {
      const hs = cleanText(p.hs);
      if (hs && !emitted.has(hs)) {
        emitted.add(hs);
        out.push({ source, text: hs, labels: { ...HS_LABELS }, original: 'hate_speech', group: p.group });
      }
      const cn = cleanText(p.cn);
      if (cn && !emitted.has(cn) && !hsTexts.has(cn)) {
        emitted.add(cn);
        out.push({
          source,
          text: cn,
          labels: { ...CN_LABELS },
          original: 'counter_narrative',
          tag: 'counter_speech',
          group: p.group,
        });
      }
    }
  }
  return out;
}
