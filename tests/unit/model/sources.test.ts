/**
 * Dataset loaders (model/pipeline/sources). Parser tests use strings written here; loader tests
 * run on the real staged data (`$BASIRAT_DATA_DIR`, else ../shared/data from the repo root) and
 * check the counts each SOURCE.md states after its "Changed for evaluation" removals, plus the
 * head masks of MANIFEST §2. A missing data dir fails the loader tests; it is never skipped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HARM_HEADS, HEADS, TECHNIQUE_HEADS, type Head } from '../../../utils/classifier/heads.ts';
import { parseCsv, parseDelimited, parseTsv } from '../../../model/pipeline/sources/csv.ts';
import { readXlsxFirstSheet } from '../../../model/pipeline/sources/xlsx.ts';
import { countBy, decodeHtmlEntities, repoRoot, type SourceRecord } from '../../../model/pipeline/sources/common.ts';
import { articleLines, lineLabels, readTcLabels, type Span } from '../../../model/pipeline/sources/ptc.ts';
import { chunkArticle } from '../../../model/pipeline/sources/urduFake.ts';
import { SOURCES, loadAll } from '../../../model/pipeline/sources/index.ts';

const DATA_DIR = resolve(repoRoot(), process.env['BASIRAT_DATA_DIR'] ?? '../shared/data');

function dataDir(): string {
  if (!existsSync(join(DATA_DIR, 'MANIFEST.md'))) {
    throw new Error(
      `Staged data not found at ${DATA_DIR} (no MANIFEST.md). Set BASIRAT_DATA_DIR to the shared data folder; ` +
        'the loader tests need the real files and are not skipped without them.',
    );
  }
  return DATA_DIR;
}

const cache = new Map<string, SourceRecord[]>();
function loaded(id: string): SourceRecord[] {
  const dir = dataDir();
  const hit = cache.get(id);
  if (hit) return hit;
  const info = SOURCES.find((s) => s.id === id);
  if (!info) throw new Error(`no loader ${id}`);
  const records = info.load(dir);
  cache.set(id, records);
  return records;
}

const bySource = (records: SourceRecord[], source: string) => records.filter((r) => r.source === source);
const originals = (records: SourceRecord[]) => countBy(records, (r) => r.original ?? '');
const splits = (records: SourceRecord[]) => countBy(records, (r) => r.split ?? 'none');

/** `head=value` pairs, sorted; masked heads are absent. */
function mask(labels: SourceRecord['labels']): string {
  return Object.entries(labels)
    .map(([head, value]) => `${head}=${String(value)}`)
    .sort()
    .join(',');
}
function maskOf(entries: ReadonlyArray<readonly [Head, 0 | 1]>): string {
  return mask(Object.fromEntries(entries));
}
/** Harmless corpora say nothing about propaganda techniques: only the harm heads are 0. */
const HARMLESS = maskOf(HARM_HEADS.map((h) => [h, 0] as const));
/** Sentiment, emotion and irony labels say nothing about swearing either: the offensive head stays unknown too. */
const SENTIMENT_ONLY = maskOf(HARM_HEADS.filter((h) => h !== 'offensive_abusive').map((h) => [h, 0] as const));
const H1 = maskOf([['hate_dehumanization', 1]]);
const O1_H0 = maskOf([
  ['hate_dehumanization', 0],
  ['offensive_abusive', 1],
]);
const H0_O0 = maskOf([
  ['hate_dehumanization', 0],
  ['offensive_abusive', 0],
]);

/** Every record's mask must be the one its `original` label maps to. */
function expectMasks(records: SourceRecord[], expected: Record<string, string>): void {
  const seen = countBy(records, (r) => `${r.original ?? ''} → ${mask(r.labels)}`);
  const want: Record<string, number> = {};
  for (const r of records) {
    const m = expected[r.original ?? ''];
    const key = `${r.original ?? ''} → ${m ?? '(no mapping)'}`;
    want[key] = (want[key] ?? 0) + 1;
  }
  expect(seen).toEqual(want);
}

function expectCleanTexts(records: SourceRecord[]): void {
  expect(records.length).toBeGreaterThan(0);
  // Plain loops with one expect each: per-record expects make these tests take minutes.
  const bad = records.filter((r) => r.text.trim() === '' || r.text !== r.text.trim());
  expect(bad.length).toBe(0);
  const heads = new Set<string>(HEADS);
  const unknownHeads = records.flatMap((r) => Object.keys(r.labels).filter((h) => !heads.has(h)));
  expect(unknownHeads).toEqual([]);
  const badValues = records.filter((r) => Object.values(r.labels).some((v) => v !== 0 && v !== 1));
  expect(badValues.length).toBe(0);
}

describe('csv parser', () => {
  it('handles quoted delimiters, doubled quotes and embedded newlines', () => {
    const input = 'id,text,n\r\n1,"a, b",2\r\n2,"she said ""no""",3\r\n3,"line one\nline two\r\nline three",4\r\n';
    expect(parseCsv(input)).toEqual([
      ['id', 'text', 'n'],
      ['1', 'a, b', '2'],
      ['2', 'she said "no"', '3'],
      ['3', 'line one\nline two\r\nline three', '4'],
    ]);
  });

  it('strips a BOM, accepts LF, CRLF and lone CR, and a last row without newline', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\r\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps empty fields and empty quoted fields, skips blank lines', () => {
    expect(parseCsv(',x,\n\n"",,""\n\r\n')).toEqual([
      ['', 'x', ''],
      ['', '', ''],
    ]);
    expect(parseCsv('a\n\nb', { skipBlankLines: false })).toEqual([['a'], [''], ['b']]);
    // A quoted empty field is a record, not a blank line.
    expect(parseCsv('""\n')).toEqual([['']]);
  });

  it('treats quotes inside unquoted fields literally and keeps text after a closing quote', () => {
    expect(parseCsv('5" screen,ok\n"quoted"tail,x\n')).toEqual([
      ['5" screen', 'ok'],
      ['quotedtail', 'x'],
    ]);
  });

  it('keeps non-ASCII text intact', () => {
    expect(parseCsv('"یہ، ایک",ü\n')).toEqual([['یہ، ایک', 'ü']]);
  });

  it('parses TSV, with quoting optionally off', () => {
    expect(parseTsv('a\t"b\tc"\r\n')).toEqual([['a', 'b\tc']]);
    expect(parseTsv('"starts with a quote\t1\r\nnext\t0\r\n', { quoting: false })).toEqual([
      ['"starts with a quote', '1'],
      ['next', '0'],
    ]);
    expect(parseDelimited('a;b', { delimiter: ';' })).toEqual([['a', 'b']]);
  });

  it('rejects an unterminated quoted field with its line number', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/unterminated quoted field starting on line 2/);
  });
});

describe('xlsx reader', () => {
  it('reads shared, rich and inline strings, numbers, booleans and gaps of the first sheet', () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0"?><workbook ${ns} ${rns}><sheets><sheet name="First" sheetId="1" r:id="rId7"/>` +
          `<sheet name="Second" sheetId="2" r:id="rId8"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId8" Type="worksheet" Target="worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId7" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        `<?xml version="1.0"?><sst ${ns} count="3" uniqueCount="3"><si><t>head &amp; "text"</t></si>` +
          '<si><r><t xml:space="preserve">rich </t></r><r><rPr><b/></rPr><t>run</t></r><rPh><t>guide</t></rPh></si>' +
          '<si><t>خطرہ_x000D_</t></si></sst>',
      ),
      // The first sheet in workbook order is sheet2.xml (rId7); sheet1.xml must be ignored.
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet ${ns}><sheetData><row r="1"><c r="A1"><v>999</v></c></row></sheetData></worksheet>`,
      ),
      'xl/worksheets/sheet2.xml': strToU8(
        `<worksheet ${ns}><sheetData>` +
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>in&lt;line</t></is></c></row>' +
          '<row r="2"/>' +
          '<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4"><v>1.5</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" t="s"><v>2</v></c></row>' +
          '</sheetData></worksheet>',
      ),
    });
    expect(readXlsxFirstSheet(bytes)).toEqual([
      ['head & "text"', '', 'in<line'],
      [],
      [],
      ['rich run', '1.5', 'TRUE', 'خطرہ\r'],
    ]);
  });

  it('fails clearly on a file that is not a zip', () => {
    expect(() => readXlsxFirstSheet(strToU8('not a zip'), 'bad.xlsx')).toThrow(/bad\.xlsx/);
  });
});

describe('loader helpers', () => {
  it('decodes HTML entities as a browser would show them', () => {
    expect(decodeHtmlEntities('a &amp; b &lt;3 &#128514; &#x41; &bogus; &#xD800;')).toBe(
      'a & b <3 😂 A &bogus; &#xD800;',
    );
  });

  it('measures PTC line offsets in code points', () => {
    // One astral character (an emoji) is two UTF-16 units but one Python code point.
    const lines = articleLines('\uFEFFTitle 😀 x\n\nSecond line\n');
    expect(lines).toEqual([
      { text: 'Title 😀 x', start: 0, end: 10 },
      { text: 'Second line', start: 12, end: 23 },
    ]);
  });

  it('labels PTC lines by span overlap, masking what only Repetition supports', () => {
    const line = { start: 100, end: 200 };
    const span = (technique: string, start: number, end: number): Span => ({ technique, start, end });
    const zeroGroups = Object.fromEntries(TECHNIQUE_HEADS.map((h) => [h, 0]));

    expect(lineLabels(line, []).labels).toEqual({ ...zeroGroups, propaganda_any: 0 });
    // Touching spans (end == line start, start == line end) do not overlap.
    expect(lineLabels(line, [span('Doubt', 50, 100), span('Doubt', 200, 210)]).labels).toEqual({
      ...zeroGroups,
      propaganda_any: 0,
    });
    // A span crossing the line start counts.
    const crossing = lineLabels(line, [span('Name_Calling,Labeling', 90, 110), span('Slogans', 150, 160)]);
    expect(crossing.labels).toEqual({
      ...zeroGroups,
      loaded_language_name_calling: 1,
      slogans_cliches_repetition: 1,
      propaganda_any: 1,
    });
    expect(crossing.techniques).toEqual(['Name_Calling,Labeling', 'Slogans']);

    const { slogans_cliches_repetition: _omit, ...groupsWithoutSlogans } = zeroGroups;
    expect(lineLabels(line, [span('Repetition', 120, 130)]).labels).toEqual(groupsWithoutSlogans);
    expect(lineLabels(line, [span('Repetition', 120, 130), span('Doubt', 140, 150)]).labels).toEqual({
      ...groupsWithoutSlogans,
      doubt_conspiracy_distraction: 1,
      propaganda_any: 1,
    });
    expect(
      lineLabels(line, [span('Repetition', 120, 130), span('Thought-terminating_Cliches', 140, 150)]).labels,
    ).toEqual({
      ...zeroGroups,
      slogans_cliches_repetition: 1,
      propaganda_any: 1,
    });
  });

  it('cuts long Urdu text into paragraph-sized chunks and merges fragments', () => {
    const sentence = 'یہ ایک جملہ ہے جو یہاں آزمائش کے لیے لکھا گیا ہے۔';
    const long = Array.from({ length: 40 }, () => sentence).join(' ');
    const article = `\uFEFFسرخی\r\n\r\n${long}\r\nمختصر پیراگراف جو کافی لمبا ہے تاکہ اکیلا رہ سکے۔\r\nآخر`;
    const chunks = chunkArticle(article, 300, 40);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(340);
      expect(c.length).toBeGreaterThanOrEqual(40);
      expect(c).toBe(c.trim());
    }
    // Heading merged forward, tail merged backward, no text lost apart from whitespace.
    expect(chunks[0]?.startsWith('سرخی ')).toBe(true);
    expect(chunks.at(-1)?.endsWith(' آخر')).toBe(true);
    expect(chunks.join(' ').replace(/\s+/g, '')).toBe(article.replace(/\uFEFF|\s+/g, ''));
  });
});

describe('loaders fail clearly without their files', () => {
  it('names the missing file', () => {
    const empty = mkdtempSync(join(tmpdir(), 'basirat-sources-'));
    try {
      for (const source of SOURCES) {
        expect(() => source.load(empty), source.id).toThrow(new RegExp(`${source.folder}: missing file`));
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('staged data', () => {
  it('is present', () => {
    expect(existsSync(dataDir())).toBe(true);
  });
});

describe('davidson', () => {
  it('has 24,783 tweets: hate 1,430 / offensive 19,190 / neither 4,163, mapped per MANIFEST', () => {
    const r = loaded('davidson');
    expectCleanTexts(r);
    expect(r.length).toBe(24_783);
    expect(originals(r)).toEqual({ hate_speech: 1_430, offensive_language: 19_190, neither: 4_163 });
    expectMasks(r, { hate_speech: H1, offensive_language: O1_H0, neither: H0_O0 });
    expect(splits(r)).toEqual({ none: 24_783 });
    // HTML escapes from the Twitter API are decoded once (one tweet double-escaped a literal `&#…;`).
    expect(r.filter((x) => /&(amp|lt|gt);/.test(x.text)).length).toBe(0);
    expect(r.filter((x) => /&#\d+;/.test(x.text)).length).toBe(1);
  });
});

describe('hatexplain', () => {
  it('uses the official split (15,383 / 1,922 / 1,924) and drops the 919 undecided posts', () => {
    const r = loaded('hatexplain');
    expectCleanTexts(r);
    expect(r.length).toBe(20_148 - 919);
    expect(originals(r)).toEqual({ normal: 7_814, hatespeech: 5_935, offensive: 5_480 });
    expect(splits(r)).toEqual({ train: 15_383, val: 1_922, test: 1_924 });
    expect(originals(r.filter((x) => x.split === 'test'))).toEqual({ normal: 782, hatespeech: 594, offensive: 548 });
    expectMasks(r, { hatespeech: H1, offensive: O1_H0, normal: H0_O0 });
  });
});

describe('tweeteval', () => {
  it('keeps the official hate split (8 empty not-hate lines dropped)', () => {
    const r = bySource(loaded('tweeteval'), 'tweeteval_hate');
    expectCleanTexts(r);
    expect(splits(r)).toEqual({ train: 9_000 - 7, val: 1_000 - 1, test: 2_970 });
    expect(originals(r.filter((x) => x.split === 'train'))).toEqual({ 'not-hate': 5_217 - 7, hate: 3_783 });
    expect(originals(r.filter((x) => x.split === 'test'))).toEqual({ 'not-hate': 1_718, hate: 1_252 });
    expectMasks(r, { hate: H1, 'not-hate': maskOf([['hate_dehumanization', 0]]) });
  });

  it('keeps the official offensive split (9 train tweets removed for evaluation)', () => {
    const r = bySource(loaded('tweeteval'), 'tweeteval_offensive');
    expectCleanTexts(r);
    expect(splits(r)).toEqual({ train: 11_907, val: 1_324, test: 860 });
    expect(originals(r.filter((x) => x.split === 'test'))).toEqual({ 'not-offensive': 620, offensive: 240 });
    expect(originals(r)).toEqual({ 'not-offensive': 7_966 + 865 + 620, offensive: 3_941 + 459 + 240 });
    expectMasks(r, { offensive: maskOf([['offensive_abusive', 1]]), 'not-offensive': H0_O0 });
  });

  it('loads emotion, irony and sentiment as benign but unannotated for offence, without splits', () => {
    const all = loaded('tweeteval');
    const emotion = bySource(all, 'tweeteval_emotion');
    const irony = bySource(all, 'tweeteval_irony');
    const sentiment = bySource(all, 'tweeteval_sentiment');
    expect(emotion.length).toBe(3_256 + 374 + 1_421);
    expect(irony.length).toBe(2_860 + 955 + 784);
    expect(sentiment.length).toBe(2_000 + 12_282);
    expect(Object.keys(originals(emotion)).sort()).toEqual(['anger', 'joy', 'optimism', 'sadness']);
    expect(Object.keys(originals(irony)).sort()).toEqual(['irony', 'non_irony']);
    for (const r of [emotion, irony, sentiment]) {
      expectCleanTexts(r);
      expect(r.every((x) => x.split === undefined && mask(x.labels) === SENTIMENT_ONLY)).toBe(true);
    }
  });
});

describe('conan', () => {
  const records = () => loaded('conan');

  it('keeps English CONAN only and each distinct text once', () => {
    const r = records();
    expectCleanTexts(r);
    // 3,531 English pairs repeat 393 hate-speech texts (with paraphrases) and 1,242 replies.
    expect(originals(bySource(r, 'conan'))).toEqual({ hate_speech: 393, counter_narrative: 1_242 });
    // 2,603 Multitarget pairs: 2,228 distinct HS, some shared with CONAN; 2,603 CNs, 68 repeats.
    expect(originals(bySource(r, 'conan_multitarget'))).toEqual({ hate_speech: 2_171, counter_narrative: 2_535 });
    // 116 knowledge-grounded pairs; most of their HS already occur in Multitarget.
    expect(originals(bySource(r, 'conan_kn'))).toEqual({ hate_speech: 16, counter_narrative: 116 });
    expect(new Set(r.map((x) => x.text)).size).toBe(r.length);
  });

  it('maps HS → H = 1 and CN → H = X = T = 0 with tag counter_speech', () => {
    const r = records();
    expectMasks(r, {
      hate_speech: H1,
      counter_narrative: maskOf([
        ['hate_dehumanization', 0],
        ['extremist_propaganda', 0],
        ['violent_threat_incitement', 0],
      ]),
    });
    expect(r.filter((x) => x.original === 'counter_narrative').every((x) => x.tag === 'counter_speech')).toBe(true);
    expect(r.filter((x) => x.original === 'hate_speech').every((x) => x.tag === undefined)).toBe(true);
    expect(r.every((x) => typeof x.group === 'string')).toBe(true);
  });

  it('reads the staged files with the counts SOURCE.md states', () => {
    const dir = dataDir();
    const conan = parseCsv(`${readText(dir, 'conan_counter_narratives/CONAN.csv')}`).slice(1);
    expect(countBy(conan, (row) => (row[0] ?? '').slice(0, 2))).toEqual({ EN: 3_531, FR: 6_820, IT: 4_284 });
    const mt = parseCsv(readText(dir, 'conan_counter_narratives/Multitarget-CONAN.csv')).slice(1);
    expect(countBy(mt, (row) => row[3] ?? '')).toEqual({
      MUSLIMS: 800,
      MIGRANTS: 452,
      WOMEN: 285,
      other: 260,
      'LGBT+': 243,
      JEWS: 229,
      DISABLED: 220,
      POC: 114,
    });
    expect(parseCsv(readText(dir, 'conan_counter_narratives/multitarget_KN_grounded_CN.csv')).length - 1).toBe(116);
  });
});

describe('isis', () => {
  it('has 14,009 tweets from 96 accounts as weak X positives (weight 0.3), all else masked', () => {
    const r = loaded('isis');
    expectCleanTexts(r);
    expect(r.length).toBe(14_009);
    expect(new Set(r.map((x) => x.group)).size).toBe(96);
    expect(r.every((x) => x.weight === 0.3 && x.split === undefined)).toBe(true);
    expectMasks(r, { pro_isis_account: maskOf([['extremist_propaganda', 1]]) });
  });
});

describe('ptc', () => {
  const records = () => loaded('ptc');

  it('has 16,673 train and 3,177 dev lines (dev as split test) from 371 + 75 articles', () => {
    const r = records();
    expectCleanTexts(r);
    // SOURCE.md counts 7 train lines and 1 dev line that hold only a stray U+FEFF; they are empty.
    expect(splits(r)).toEqual({ train: 16_673 - 7, test: 3_177 - 1 });
    expect(new Set(r.filter((x) => x.split === 'train').map((x) => x.group)).size).toBe(371);
    expect(new Set(r.filter((x) => x.split === 'test').map((x) => x.group)).size).toBe(75);
  });

  it('marks 28.5% of train and 24.9% of dev lines as overlapping a span', () => {
    const r = records();
    for (const [split, share] of [
      ['train', 0.285],
      ['test', 0.249],
    ] as const) {
      const lines = r.filter((x) => x.split === split);
      const overlapping = lines.filter((x) => x.original !== 'none').length;
      expect(overlapping / lines.length).toBeCloseTo(share, 3);
    }
    expect(r.filter((x) => x.split === 'train' && x.original !== 'none').length).toBe(4_753);
    expect(r.filter((x) => x.split === 'test' && x.original !== 'none').length).toBe(791);
  });

  it('sets technique groups and propaganda_any, masks harm heads, and masks Repetition-only support', () => {
    const r = records();
    const harm = new Set([
      'extremist_propaganda',
      'hate_dehumanization',
      'violent_threat_incitement',
      'offensive_abusive',
    ]);
    const allZero = maskOf([...TECHNIQUE_HEADS.map((h) => [h, 0] as const), ['propaganda_any', 0]]);
    const problems: string[] = [];
    for (const x of r) {
      if (Object.keys(x.labels).some((h) => harm.has(h))) problems.push(`harm head set: ${x.original ?? ''}`);
      const anyGroup = TECHNIQUE_HEADS.some((h) => x.labels[h] === 1);
      if (x.original === 'none') {
        if (mask(x.labels) !== allZero) problems.push('span-free line not all 0');
      } else if (x.tag === 'repetition_only') {
        if (
          x.original !== 'Repetition' ||
          x.labels.propaganda_any !== undefined ||
          x.labels.slogans_cliches_repetition !== undefined
        ) {
          problems.push(`bad repetition_only line: ${x.original ?? ''}`);
        }
      } else if (x.labels.propaganda_any !== 1 || !anyGroup) {
        problems.push(`span line without a positive group: ${x.original ?? ''}`);
      }
      // propaganda_any is exactly the OR of the groups wherever it is set.
      if (x.labels.propaganda_any !== undefined && (x.labels.propaganda_any === 1) !== anyGroup)
        problems.push('propaganda_any is not the OR');
    }
    expect(problems).toEqual([]);
    const train = r.filter((x) => x.split === 'train');
    expect(train.filter((x) => x.tag === 'repetition_only').length).toBe(391);
    expect(train.filter((x) => x.labels.propaganda_any === 1).length).toBe(4_753 - 391);
    const dev = r.filter((x) => x.split === 'test');
    expect(countBy(dev, (x) => String(x.labels.propaganda_any))).toEqual({ '1': 719, '0': 2_385, undefined: 72 });
  });

  it('reads the span files with the counts SOURCE.md states', () => {
    const dir = dataDir();
    const count = (file: string) => {
      const spans = [...readTcLabels(join(dir, 'ptc_semeval2020_t11', file)).values()].flat();
      return { total: spans.length, byTechnique: countBy(spans, (s) => s.technique) };
    };
    const train = count('train-task2-TC.labels');
    expect(train.total).toBe(6_129);
    expect(train.byTechnique).toEqual({
      Loaded_Language: 2_123,
      'Name_Calling,Labeling': 1_058,
      Repetition: 621,
      Doubt: 493,
      'Exaggeration,Minimisation': 466,
      'Appeal_to_fear-prejudice': 294,
      'Flag-Waving': 229,
      Causal_Oversimplification: 209,
      Appeal_to_Authority: 144,
      Slogans: 129,
      'Whataboutism,Straw_Men,Red_Herring': 108,
      'Black-and-White_Fallacy': 107,
      'Thought-terminating_Cliches': 76,
      'Bandwagon,Reductio_ad_hitlerum': 72,
    });
    expect(count('dev-task-TC.labels').total).toBe(1_075);
  });
});

describe('ruhsold', () => {
  it('maps the 7,199 task-2 rows per MANIFEST (exact duplicates once, one conflicting tweet dropped)', () => {
    const r = bySource(loaded('ruhsold'), 'ruhsold');
    expectCleanTexts(r);
    expect(originals(r)).toEqual({ abusive: 1_725, normal: 3_846, religious_hate: 563, sexism: 602, profane: 455 });
    expectMasks(r, { abusive: O1_H0, profane: O1_H0, religious_hate: H1, sexism: H1, normal: HARMLESS });
    expect(countBy(r, (x) => x.tag ?? 'none')).toEqual({ none: 1_725 + 3_846 + 455, sectarian: 563, sexism: 602 });
  });

  it('adds only the task-1 texts that are not in task 2, with coarse labels', () => {
    const all = loaded('ruhsold');
    const coarse = bySource(all, 'ruhsold_coarse');
    expectCleanTexts(coarse);
    expect(originals(coarse)).toEqual({ abusive_offensive: 371, normal: 425 });
    expectMasks(coarse, { abusive_offensive: maskOf([['offensive_abusive', 1]]), normal: HARMLESS });
    const fineTexts = new Set(bySource(all, 'ruhsold').map((x) => x.text));
    expect(coarse.some((x) => fineTexts.has(x.text))).toBe(false);
    expect(all.every((x) => x.split === undefined)).toBe(true);
  });

  it('reads the staged files with the counts SOURCE.md states', () => {
    const dir = dataDir();
    const labels = (file: string) =>
      countBy(parseTsv(readText(dir, `ruhsold_roman_urdu/${file}`), { quoting: false }), (row) => row[1] ?? '');
    expect(labels('task_2_train.tsv')).toEqual({ '0': 1_729, '1': 3_846, '2': 563, '3': 604, '4': 457 });
    expect(labels('task_1_train.tsv')).toEqual({ '0': 2_701, '1': 3_070 });
    expect(labels('task_1_validation.tsv')).toEqual({ '0': 295, '1': 341 });
    expect(labels('task_1_test.tsv')).toEqual({ '0': 729, '1': 861 });
    // Task-1 duplicates of task-2 texts agree with the fine label, so dropping them loses nothing.
    const fine = new Map<string, string>();
    for (const row of parseTsv(readText(dir, 'ruhsold_roman_urdu/task_2_train.tsv'), { quoting: false })) {
      fine.set(row[0] ?? '', row[1] ?? '');
    }
    const pairs: Record<string, number> = {};
    for (const file of ['task_1_train.tsv', 'task_1_validation.tsv', 'task_1_test.tsv']) {
      for (const row of parseTsv(readText(dir, `ruhsold_roman_urdu/${file}`), { quoting: false })) {
        const f = fine.get(row[0] ?? '');
        if (f !== undefined) pairs[`${f}→${row[1] ?? ''}`] = (pairs[`${f}→${row[1] ?? ''}`] ?? 0) + 1;
      }
    }
    expect(Object.keys(pairs).sort()).toEqual(['0→0', '1→1', '2→0', '3→0', '4→0']);
  });
});

describe('urduThreat', () => {
  it('has 3,564 tweets, 1,782 threats (1,341 group / 441 individual) and 1,782 non-threats; T only', () => {
    const r = loaded('urduThreat');
    expectCleanTexts(r);
    expect(r.length).toBe(3_564);
    expect(originals(r)).toEqual({ threat: 1_782, 'non-threat': 1_782 });
    expect(countBy(r, (x) => x.tag ?? 'none')).toEqual({ target_group: 1_341, target_individual: 441, none: 1_782 });
    expectMasks(r, {
      threat: maskOf([['violent_threat_incitement', 1]]),
      'non-threat': maskOf([['violent_threat_incitement', 0]]),
    });
  });
});

describe('urduHs', () => {
  it('has 7,871 HS Urdu comments (o 3,630 / h 3,270 / n 971) at weight 0.5', () => {
    const r = bySource(loaded('urduHs'), 'urdu_hs');
    expectCleanTexts(r);
    expect(originals(r)).toEqual({ offensive: 3_630, hate: 3_270, neutral: 971 });
    expect(r.every((x) => x.weight === 0.5)).toBe(true);
    expectMasks(r, { hate: H1, offensive: maskOf([['offensive_abusive', 1]]), neutral: H0_O0 });
  });

  it('has 13,687 benign product sentences (neg 3,452 / neu 5,907 / pos 4,328)', () => {
    const r = bySource(loaded('urduHs'), 'urdu_products');
    expectCleanTexts(r);
    expect(originals(r)).toEqual({ neg: 3_452, neu: 5_907, pos: 4_328 });
    expect(r.every((x) => mask(x.labels) === SENTIMENT_ONLY && x.weight === undefined)).toBe(true);
  });
});

describe('romanUrduUci', () => {
  it('has the 20,115 staged rows minus 113 whitespace-only Neutral ones, all benign', () => {
    const r = loaded('romanUrduUci');
    expectCleanTexts(r);
    expect(originals(r)).toEqual({ Neutral: 8_878 - 113, Positive: 5_954, Negative: 5_283 });
    expect(r.every((x) => mask(x.labels) === SENTIMENT_ONLY)).toBe(true);
    const raw = parseCsv(readText(dataDir(), 'roman_urdu_sentiment_uci/Roman Urdu DataSet.csv'));
    expect(countBy(raw, (row) => row[1] ?? '')).toEqual({ Neutral: 8_878, Positive: 5_954, Negative: 5_283 });
  });
});

describe('urduFake', () => {
  it('cuts the 500 real articles (350 train + 150 test, 100 per domain) into benign chunks', () => {
    const r = loaded('urduFake');
    expectCleanTexts(r);
    const articles = new Set(r.map((x) => x.group));
    expect(articles.size).toBe(500);
    expect([...articles].filter((g) => g?.startsWith('urdufake:Train/')).length).toBe(350);
    const perDomain = countBy([...new Map(r.map((x) => [x.group, x.tag ?? ''])).values()], (t) => t);
    expect(perDomain).toEqual({ business: 100, health: 100, showbiz: 100, sports: 100, technology: 100 });
    expect(r.every((x) => mask(x.labels) === HARMLESS && x.original === 'real')).toBe(true);
    expect(Math.max(...r.map((x) => x.text.length))).toBeLessThanOrEqual(640);
    expect(Math.min(...r.map((x) => x.text.length))).toBeGreaterThanOrEqual(40);
  });
});

describe('index', () => {
  it('lists every loader with a licence and the sources it emits', () => {
    expect(SOURCES.map((s) => s.id).sort()).toEqual(
      [
        'conan',
        'davidson',
        'hatexplain',
        'isis',
        'ptc',
        'romanUrduUci',
        'ruhsold',
        'tweeteval',
        'urduFake',
        'urduHs',
        'urduThreat',
      ].sort(),
    );
    for (const s of SOURCES) {
      expect(s.license.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
      expect([...new Set(loaded(s.id).map((x) => x.source))].sort()).toEqual([...s.emits].sort());
    }
  });

  it('loadAll concatenates every loader', () => {
    const total = SOURCES.reduce((n, s) => n + loaded(s.id).length, 0);
    expect(loadAll(dataDir()).length).toBe(total);
  });
});

function readText(dir: string, relative: string): string {
  return readFileSync(join(dir, relative), 'utf8');
}
