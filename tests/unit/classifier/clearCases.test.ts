/**
 * Clear cases for the shipped model: the bench feed's phrases and a few short everyday sentences,
 * whose judgement no reader would dispute. Held-out rates and AUC move little between retrains while
 * single posts swing; this makes a swing on an unambiguous post visible at commit time. Like
 * tests/e2e/knownModelMisses.ts, the list of misjudged cases is strict: a listed case that the model
 * gets right fails too, so the list only shrinks as the model improves.
 */
import { describe, expect, it } from 'vitest';
import { BENIGN_EN, BENIGN_UR, BENIGN_UR_LATN, EXTREMIST } from '../../../scripts/bench/feedPhrases.ts';
import { createNodeClassifier, readMetadata } from '../../../scripts/lib/nodeClassifier.ts';

/** Short plans and announcements: threats are in the future tense too, so these are easy to misread. */
const SHORT_EVERYDAY = [
  'ہم کل لاہور جائیں گے',
  'میچ شام کو شروع ہو گا',
  'کل بارش ہو گی',
  'دکان کل بند رہے گی',
  'بچے کل سکول جائیں گے',
  'ہم کل ملیں گے ان شاء اللہ',
  'ham kal lahore jayenge',
  'exam ke results agle hafte ayenge',
  'We will meet at the ground at 5 tomorrow',
  'agle saal hum Murree jayenge',
];

/**
 * "abu" is "dad" in Roman Urdu and the "Abu …" of militants' noms de guerre in the pro-ISIS tweets:
 * 0.23.0 flagged four of these six through its extremist term (the head scored them 0.94–0.99); 0.24.0
 * scored them up to 0.90; 0.25.0, trained with such posts and with harmful ones that name kunyas, 0.00–0.40.
 */
const FATHER_IN_ROMAN_URDU = [
  'abu aaj office se jaldi aa gaye',
  'mere abu ko cricket bohat pasand hai',
  'abu ne naya phone le liya',
  'abu ki tabiyat theek nahi, dua karein',
  'abu se pooch ke batata hoon',
  'abu kehte hain padhai pe dhyan do',
];

/** Cases the shipped model misjudges at the balanced level, by model version. */
const KNOWN_MISJUDGED: Record<string, string[]> = {
  // 0.33.0 adds the forty-fifth and forty-sixth batches (praise-word glorification, veiled threats; everyday
  // posts addressed to "you"): the English decision threshold falls from 0.39 to 0.35 and "Salute to the
  // lions…" is flagged again, so no clear case is misjudged.
  '0.33.0': [],
  // 0.32.0 is 0.31.0's data with single-quoted spans read as quotes (preprocessing v8): the same miss, decision
  // output 0.23 against the English 0.39, extremist 0.84 against 0.96.
  '0.32.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // 0.31.0 is 0.30.0's data with a wider word-order convolution (96 filters instead of 48): the same miss,
  // decision output 0.27 against the English 0.31, extremist 0.95 against 0.98.
  '0.31.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // 0.30.0 adds English hate in forum and comment-section words (the thirty-seventh batch): the English
  // decision threshold rises from 0.25 to 0.31 (our harmless English posts hold it), and this post's decision
  // output is 0.29, extremist 0.93 against 0.96 — the miss of 0.15.0–0.26.0 again, by a small margin.
  '0.30.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // 0.29.0 adds the thirty-fourth authored batch (plain calls to murder) and averages the main model's last three
  // epochs: nothing misjudged.
  '0.29.0': [],
  // 0.28.3 is the same weights again, with a zero padding row and width-last maxima: the same scores.
  '0.28.3': [],
  // 0.28.2 is 0.28.0's weights in a graph of 76 ops instead of 144 (token spans become rows of running sums
  // outside the graph; the linear branches share one matrix): the same scores, nothing misjudged.
  '0.28.2': [],
  // 0.28.1 is 0.28.0's weights in a graph with seven fewer ops: the same scores, nothing misjudged.
  '0.28.1': [],
  // 0.28.0 reads word order beside the bag of features (a convolution over token vectors): no clear case
  // is misjudged.
  '0.28.0': [],
  // 0.27.0 makes the authored extremist label consistent and weighs pro-ISIS training tweets by our
  // reading of each: no clear case is misjudged; the "Salute to the lions…" post is flagged by the
  // decision output (extremist 0.92, under its 0.98).
  '0.27.0': [],
  // 0.26.0 adds explicit calls for violence and validates the extremist term on eleven pro-ISIS accounts:
  // the same miss, decision output 0.295 against the English 0.30, extremist 0.88 against its 0.98.
  '0.26.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // 0.25.2 is the same network with authored negatives budgeted by the language they are read as: the
  // same miss, decision output 0.308 against the English 0.31.
  '0.25.2': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // 0.25.1 is 0.25.0's model recalibrated (HS Urdu's neutral comments bound the hate term): the same miss,
  // decision output 0.31 against the English 0.33.
  '0.25.1': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // Missed as in 0.15.0–0.19.1: decision output 0.31 against the English 0.34, extremist 0.47 ("lions" is
  // also a hockey team's in our harmless posts; with "brothers" instead it scores 0.86 and is flagged).
  '0.25.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  // A plan in the future tense, read as a threat ("jayenge", "agle"); 0.23.0 flagged it too (0.51 against 0.42).
  '0.24.0': ['agle saal hum Murree jayenge'],
  '0.23.0': [],
  '0.22.2': [],
  '0.22.1': [],
  '0.22.0': [],
  '0.21.0': [],
  '0.20.0': [],
  '0.19.4': [],
  '0.19.3': [],
  '0.19.2': [],
  '0.19.1': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  '0.19.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
    // "toll plaza" and "motorway" come mostly from authored attack posts; 0.18.1 scored it 0.49
    // (threshold 0.62), this model's English threshold is 0.48.
    'Traffic on the motorway is slow near the toll plaza, leave early',
  ],
  '0.18.1': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  '0.18.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
  ],
  '0.17.0': [],
  '0.16.0': [],
  '0.15.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
    'Ye log insaan nahi keeray hain, in ka safaya zaroori hai',
  ],
  '0.14.2': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
    'Ye log insaan nahi keeray hain, in ka safaya zaroori hai',
  ],
  '0.14.1': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
    'Ye log insaan nahi keeray hain, in ka safaya zaroori hai',
  ],
  '0.14.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
    'Ye log insaan nahi keeray hain, in ka safaya zaroori hai',
  ],
  '0.13.0': [
    'Salute to the lions who attacked the checkpoint, martyrdom is the only victory, this is just the beginning',
    'Ye log insaan nahi keeray hain, in ka safaya zaroori hai',
  ],
};

describe('clear cases for the shipped model', () => {
  const version = readMetadata().version;

  it('has a list of misjudged cases for this model version (update it after every retrain)', () => {
    expect(Object.keys(KNOWN_MISJUDGED)).toContain(version);
  });

  it('flags the extremist phrases and none of the everyday ones, except exactly the listed cases', async () => {
    const cases = [
      ...EXTREMIST.map((text) => ({ text, harmful: true })),
      ...[...BENIGN_EN, ...BENIGN_UR_LATN, ...BENIGN_UR, ...SHORT_EVERYDAY, ...FATHER_IN_ROMAN_URDU].map((text) => ({
        text,
        harmful: false,
      })),
    ];
    const results = await createNodeClassifier().classify(
      cases.map(({ text }) => text),
      { evidence: false },
    );
    const misjudged = cases.filter(({ harmful }, i) => results[i]!.flagged !== harmful).map(({ text }) => text);
    expect(misjudged).toEqual(KNOWN_MISJUDGED[version] ?? []);
  });
});
