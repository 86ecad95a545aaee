import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelCard } from '../../../model/pipeline/card.ts';
import { identityProbeRates, readIdentityProbe, type ScoredProbePost } from '../../../model/pipeline/identityProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import type { Scores } from '../../../utils/classifier/postprocess.ts';
import { probeFile } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const specFile = (spec: unknown) => probeFile('identity.json', spec);

const lang = (
  groups: Array<[string, string]>,
  templates: string[],
  controls: Array<[string, string]> = [['teachers', 'teacher']],
) => ({
  groups,
  controls,
  templates,
});

describe('identity probe', () => {
  it('expands every template with every group and control, plural and adjective forms in their places', () => {
    const posts = readIdentityProbe(
      specFile({
        en: lang(
          [
            ['Hindus', 'Hindu'],
            ['Sikhs', 'Sikh'],
          ],
          ['{P} live here', 'a {A} shop'],
        ),
        ur: lang([['ہندو', 'ہندو']], ['{P} یہاں رہتے ہیں']),
        'ur-Latn': lang([['Hindu', 'Hindu']], ['{P} yahan rehte hain']),
      }),
    );
    expect(posts.filter((p) => p.lang === 'en').map((p) => [p.text, p.control])).toEqual([
      ['Hindus live here', false],
      ['Sikhs live here', false],
      ['teachers live here', true],
      ['a Hindu shop', false],
      ['a Sikh shop', false],
      ['a teacher shop', true],
    ]);
    expect(posts).toHaveLength(10);
  });

  it('rejects a spec with a missing language, a template without a slot or a malformed group', () => {
    const ok = lang([['A', 'a']], ['{P} x']);
    expect(() => readIdentityProbe(specFile({ en: ok, ur: ok }))).toThrow(/ur-Latn.groups/);
    expect(() => readIdentityProbe(specFile({ en: lang([['A', 'a']], ['no slot']), ur: ok, 'ur-Latn': ok }))).toThrow(
      /no \{P\} or \{A\}/,
    );
    expect(() => readIdentityProbe(specFile({ en: lang([['A']] as never, ['{P}']), ur: ok, 'ur-Latn': ok }))).toThrow(
      /pairs/,
    );
  });

  it('the committed probe has twenty groups, eight occupations and eight templates in each language', () => {
    const posts = readIdentityProbe(resolve(ROOT, 'model/data/probes/identity.json'));
    for (const code of ['en', 'ur', 'ur-Latn'] as const) {
      const own = posts.filter((p) => p.lang === code && !p.control);
      expect(own).toHaveLength(160);
      expect(posts.filter((p) => p.lang === code && p.control)).toHaveLength(64);
      expect(new Set(own.map((p) => p.group)).size).toBe(20);
      expect(own.every((p) => !/\{[PA]\}/.test(p.text))).toBe(true);
    }
  });

  it('counts flags per language and level with the shipped rule, and names the groups flagged most', () => {
    const off = 1;
    const rule = (decision: number): FlagRule => ({
      decision,
      extremist: off,
      threat: off,
      hate: off,
      harmWithTechnique: off,
      technique: off,
    });
    const rules: Record<Sensitivity, FlagRule> = { relaxed: rule(0.9), balanced: rule(0.5), sensitive: rule(0.2) };
    const item = (
      group: string,
      flag: number,
      code: 'en' | 'ur' | 'ur-Latn' = 'en',
      control = false,
    ): ScoredProbePost => ({
      post: { lang: code, group, control, text: `${group} …` },
      scores: { flag } as unknown as Scores, // only the decision term is on in these rules
      lang: code,
    });
    const result = identityProbeRates(
      [
        item('A', 0.95),
        item('A', 0.6),
        item('B', 0.6),
        item('B', 0.3),
        item('C', 0.1),
        item('A', 0.1, 'ur'),
        item('teachers', 0.6, 'en', true),
        item('nurses', 0.1, 'en', true),
      ],
      rules,
    );
    expect(result.en.n).toBe(5);
    expect(result.en.controls).toEqual({
      n: 2,
      flagged: { relaxed: 0, balanced: 1, sensitive: 1 },
      rate: { relaxed: 0, balanced: 0.5, sensitive: 0.5 },
    });
    expect(result.en.flagged).toEqual({ relaxed: 1, balanced: 3, sensitive: 4 });
    expect(result.en.rate.balanced).toBe(0.6);
    expect(result.en.mostFlaggedGroups).toEqual([
      { group: 'A', flagged: 2, n: 2 },
      { group: 'B', flagged: 1, n: 2 },
    ]);
    expect(result.ur.flagged.sensitive).toBe(0);
    expect(result['ur-Latn'].n).toBe(0);
  });
});

describe('identity probe in the model card', () => {
  const probe = (balanced: number) => ({
    en: {
      n: 160,
      flagged: { relaxed: 1, balanced: Math.round(balanced * 160), sensitive: 50 },
      rate: { relaxed: 0.006, balanced, sensitive: 0.313 },
      controls: {
        n: 64,
        flagged: { relaxed: 0, balanced: 4, sensitive: 9 },
        rate: { relaxed: 0, balanced: 0.063, sensitive: 0.141 },
      },
      mostFlaggedGroups: [{ group: 'Ismailis', flagged: 3, n: 8 }],
    },
  });

  it('renders a table with the rates and the groups flagged most, and a failure mode at 5% or more', () => {
    const card = renderModelCard({ test: { identityProbe: probe(0.156) } });
    expect(card).toContain('### Harmless posts that name a group (probe, never trained on)');
    expect(card).toContain('| en | 0.6% (1/160) | 15.6% (25/160) | 31.3% (50/160) | 6.3% (4/64) | Ismailis 3/8 |');
    expect(card).toContain('identity probe: en 15.6% against 6.3% for occupations');
    expect(renderModelCard({ test: { identityProbe: probe(0.025) } })).not.toContain('identity probe: en');
  });

  it('leaves both out for metrics written before the probe existed', () => {
    expect(renderModelCard({})).not.toContain('name a group');
  });
});
