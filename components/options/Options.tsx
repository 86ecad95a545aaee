/**
 * The options page: sites, display mode, sensitivity, language, resource pack, data controls and
 * what the model is. Presentational: `{data, actions}` in; the connector does the messaging.
 */
import { dirOf, t, type MessageKey } from '../../utils/i18n/index.ts';
import { SITE_IDS } from '../../utils/sites/types.ts';
import { DisplayModeChoice, LanguageChoice, SensitivityChoice } from '../shared/Choices.tsx';
import { DataSection } from './DataSection.tsx';
import { GuardianPanel, type GuardianActions } from '../guardian/GuardianPanel.tsx';
import { LockBanner } from '../guardian/LockBanner.tsx';
import { ManagedGroup } from '../guardian/ManagedGroup.tsx';
import { PolicyBadge } from '../guardian/PolicyBadge.tsx';
import type { GuardianViewData } from '../../utils/guardian/connector.ts';
import { ResourcesSection } from './ResourcesSection.tsx';
import type { OptionsActions, OptionsData } from './types.ts';

/** Each language is named in itself, so someone who cannot read the current one still finds theirs. */

function NoticeLine({ data }: { data: OptionsData }) {
  const { lang, notice } = data;
  if (!notice) return null;
  const params = notice.reasonKey
    ? { ...notice.params, reason: t(lang, notice.reasonKey, { scheme: 'https://' }) }
    : notice.params;
  return <p class={notice.tone === 'error' ? 'error' : 'done'}>{t(lang, notice.key, params)}</p>;
}

function ModelSection({ data, actions }: { data: OptionsData; actions: OptionsActions }) {
  const { lang } = data;
  return (
    <section aria-labelledby="model-heading" class="model">
      <h2 id="model-heading">{t(lang, 'options.model')}</h2>
      {data.modelVersion && (
        <p>
          <strong>{t(lang, 'options.modelVersion', { version: data.modelVersion })}</strong>
        </p>
      )}
      <p>{t(lang, 'options.modelWhat')}</p>
      <p>{t(lang, 'options.modelTrained')}</p>
      <p>{t(lang, 'options.modelLimits')}</p>
      <p>
        <a href={data.modelCardUrl} target="_blank" rel="noopener noreferrer" hreflang="en">
          {t(lang, 'options.modelCard')}
          <span class="sr-only"> {t(lang, 'label.newTab')}</span>
        </a>
      </p>
      <div class="row">
        <button type="button" class="lessons" onClick={actions.openLessons}>
          {t(lang, 'options.lessons')}
        </button>
      </div>
    </section>
  );
}

/** Issue #5: the guardian lock and managed policy, when the page has them. */
export interface OptionsGuardian {
  data: GuardianViewData;
  actions: GuardianActions;
}

export function Options({
  data,
  actions,
  guardian,
}: {
  data: OptionsData;
  actions: OptionsActions;
  guardian?: OptionsGuardian;
}) {
  const { lang, settings } = data;
  // Issue #5: controls the school's policy sets, or all of them while the lock is closed, are greyed out.
  const managed = (path: string): boolean => guardian?.data.policy?.managed.includes(path) ?? false;
  const locked = guardian?.data.status ? !guardian.data.status.open : false;
  return (
    <main class="page options" lang={lang} dir={dirOf(lang)}>
      <h1>{t(lang, 'options.title')}</h1>
      <p class="muted">{t(lang, 'options.intro')}</p>
      {data.status === 'loading' && <p>{t(lang, 'common.loading')}</p>}
      {data.error && (
        <p class="error" role="alert">
          {t(lang, 'common.failed', { reason: data.error })}
        </p>
      )}
      <div class="status-line" role="status" aria-live="polite">
        <NoticeLine data={data} />
      </div>
      {guardian && (
        <LockBanner
          lang={lang}
          status={guardian.data.status}
          policy={guardian.data.policy}
          onUnlock={guardian.actions.unlock}
          onLock={guardian.actions.lock}
        />
      )}

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t(lang, 'options.sites')}</h2>
        <fieldset>
          <legend class="sr-only">{t(lang, 'options.sites')}</legend>
          {SITE_IDS.map((id) => (
            <label class="check" key={id}>
              <input
                type="checkbox"
                name={`site-${id}`}
                // Issue #3: article pages run only with both the setting and the browser's permission.
                checked={id === 'generic' ? settings.sites.generic && data.genericGranted : settings.sites[id]}
                disabled={locked || managed(`sites.${id}`)}
                aria-describedby={id === 'generic' ? 'site-generic-help' : undefined}
                onChange={(event) => actions.setSite(id, event.currentTarget.checked)}
              />{' '}
              {t(lang, `site.${id}` as MessageKey)}
              {managed(`sites.${id}`) && <PolicyBadge lang={lang} />}
            </label>
          ))}
          <p class="muted small" id="site-generic-help">
            {t(lang, 'options.genericHelp')}
          </p>
        </fieldset>
      </section>

      <section aria-labelledby="display-heading">
        <h2 id="display-heading">{t(lang, 'options.display')}</h2>
        <ManagedGroup lang={lang} managed={managed('displayMode')} locked={locked}>
          <DisplayModeChoice
            lang={lang}
            name="display"
            legend={t(lang, 'options.display')}
            hideLegend
            value={settings.displayMode}
            withHelp
            onChange={actions.setDisplayMode}
          />
        </ManagedGroup>
      </section>

      <section aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">{t(lang, 'options.sensitivity')}</h2>
        <ManagedGroup lang={lang} managed={managed('sensitivity')} locked={locked}>
          <SensitivityChoice
            lang={lang}
            name="sensitivity"
            legend={t(lang, 'options.sensitivity')}
            hideLegend
            value={settings.sensitivity}
            withHelp
            onChange={actions.setSensitivity}
          />
        </ManagedGroup>
        <p class="muted small">{t(lang, 'options.sensitivityNote')}</p>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t(lang, 'options.language')}</h2>
        <ManagedGroup lang={lang} managed={managed('uiLanguage')} locked={locked}>
          <LanguageChoice
            lang={lang}
            name="language"
            legend={t(lang, 'options.language')}
            hideLegend
            value={settings.uiLanguage}
            onChange={actions.setLanguage}
          />
        </ManagedGroup>
      </section>

      <ResourcesSection
        lang={lang}
        info={data.resources}
        checking={data.checking}
        actions={actions}
        managed={managed('resourcePackUrl')}
        locked={locked}
      />
      {guardian && <GuardianPanel data={{ ...guardian.data, lang }} actions={guardian.actions} />}
      <DataSection lang={lang} actions={actions} />
      <ModelSection data={data} actions={actions} />
    </main>
  );
}
