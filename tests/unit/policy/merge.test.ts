import { describe, expect, it } from 'vitest';
import { applyPolicy, isManaged, managedPaths } from '../../../utils/policy/merge.ts';
import { filterPatchForPolicy } from '../../../utils/policy/patch.ts';
import { validatePolicy } from '../../../utils/policy/validate.ts';
import { applySettingsPatch, DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../../utils/settings.ts';

function local(overrides: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...overrides };
}

describe('applyPolicy: policy > local > defaults', () => {
  it('returns the user settings unchanged when there is no policy', () => {
    const user = local({ displayMode: 'hide', pausedHosts: ['x.com'] });
    expect(applyPolicy(user, {})).toEqual(user);
  });

  it('keeps defaults where neither the user nor the policy set anything', () => {
    expect(applyPolicy(migrateSettings(undefined), {})).toEqual(DEFAULT_SETTINGS);
  });

  it('lets each policy value win over the user value and the default', () => {
    const user = local({ displayMode: 'label', sensitivity: 'relaxed', uiLanguage: 'en', resourcePackUrl: '' });
    const merged = applyPolicy(user, {
      displayMode: 'blur',
      sensitivity: 'sensitive',
      uiLanguage: 'ur',
      resourcePackUrl: 'https://school.example/pack.json',
    });
    expect(merged).toMatchObject({
      displayMode: 'blur',
      sensitivity: 'sensitive',
      uiLanguage: 'ur',
      resourcePackUrl: 'https://school.example/pack.json',
    });
  });

  it('overrides only the sites the policy names', () => {
    const user = local();
    user.sites.reddit = true;
    user.sites.generic = true;
    const merged = applyPolicy(user, { sites: { reddit: false, x: true } });
    expect(merged.sites).toEqual({ ...user.sites, reddit: false, x: true });
  });

  it("adds the policy's domains to the user's own paused sites, never replacing them", () => {
    const user = local({ pausedHosts: ['facebook.com', 'school.edu.pk'] });
    const merged = applyPolicy(user, { allowlistedDomains: ['school.edu.pk', 'dawn.com'] });
    expect(merged.pausedHosts).toEqual(['facebook.com', 'school.edu.pk', 'dawn.com']);
    expect(user.pausedHosts).toEqual(['facebook.com', 'school.edu.pk']);
  });

  it('ignores an invalid policy value: the user value (or the default) stays', () => {
    const user = local({ displayMode: 'hide' });
    const { policy } = validatePolicy({ displayMode: 'blurry', sensitivity: 'paranoid' });
    expect(applyPolicy(user, policy)).toEqual(user);
    expect(applyPolicy(migrateSettings(undefined), policy)).toEqual(DEFAULT_SETTINGS);
  });

  it('lists what the policy decides, for the "Set by your school" badge', () => {
    const policy = { displayMode: 'blur', sites: { reddit: false }, allowlistedDomains: ['dawn.com'] } as const;
    expect(managedPaths({ ...policy, allowlistedDomains: [...policy.allowlistedDomains] })).toEqual([
      'displayMode',
      'sites.reddit',
      'pausedHosts:dawn.com',
    ]);
    expect(isManaged({ displayMode: 'blur' }, 'displayMode')).toBe(true);
    expect(isManaged({ displayMode: 'blur' }, 'sensitivity')).toBe(false);
  });
});

describe('filterPatchForPolicy', () => {
  it('passes a patch through when nothing is managed', () => {
    expect(filterPatchForPolicy({ displayMode: 'hide', sites: { x: false } }, {})).toEqual({
      displayMode: 'hide',
      sites: { x: false },
    });
  });

  it('never stores a value the policy sets, whatever the patch says, and keeps the rest', () => {
    const policy = { displayMode: 'blur', sites: { reddit: false } } as const;
    const patch = filterPatchForPolicy(
      { displayMode: 'label', sensitivity: 'relaxed', sites: { reddit: true, x: false } },
      { ...policy, sites: { ...policy.sites } },
    );
    expect(patch).toEqual({ sensitivity: 'relaxed', sites: { x: false } });
    const stored = applySettingsPatch(local(), patch);
    expect(stored.displayMode).toBe('label');
    expect(stored.sites.reddit).toBe(DEFAULT_SETTINGS.sites.reddit);
    expect(applyPolicy(stored, { ...policy, sites: { ...policy.sites } })).toMatchObject({
      displayMode: 'blur',
      sensitivity: 'relaxed',
      sites: { reddit: false, x: false },
    });
  });

  it('drops a managed resource pack address but keeps an unmanaged one', () => {
    const url = 'https://mine.example/pack.json';
    expect(
      filterPatchForPolicy({ resourcePackUrl: url }, { resourcePackUrl: 'https://school.example/p.json' }),
    ).toEqual({});
    expect(filterPatchForPolicy({ resourcePackUrl: url }, {})).toEqual({ resourcePackUrl: url });
  });

  it("keeps policy domains out of the user's stored list, so lifting the policy lifts them", () => {
    const policy = { allowlistedDomains: ['dawn.com'] };
    const effective = applyPolicy(local({ pausedHosts: ['x.com'] }), policy);
    const patch = filterPatchForPolicy({ pausedHosts: [...effective.pausedHosts, 'reddit.com'] }, policy);
    const stored = applySettingsPatch(local({ pausedHosts: ['x.com'] }), patch);
    expect(stored.pausedHosts).toEqual(['x.com', 'reddit.com']);
    expect(applyPolicy(stored, policy).pausedHosts).toEqual(['x.com', 'reddit.com', 'dawn.com']);
    expect(applyPolicy(stored, {}).pausedHosts).toEqual(['x.com', 'reddit.com']);
  });
});
