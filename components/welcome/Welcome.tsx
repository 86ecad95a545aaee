/**
 * The first-run page (issue #3): what Basirat does, what it never does, and the display mode.
 * Presentational: `{data, actions}` in; the connector sends the same `updateSettings` as options,
 * so the background's guardian lock and managed policy apply here too.
 */
import { dirOf, t, type MessageKey } from '../../utils/i18n/index.ts';
import { DisplayModeChoice, LanguageChoice } from '../shared/Choices.tsx';
import type { WelcomeActions, WelcomeData } from './types.ts';

/** Each language named in itself, as on the options page. */

const DOES: readonly MessageKey[] = ['welcome.does.1', 'welcome.does.2', 'welcome.does.3'];
const NEVER: readonly MessageKey[] = ['welcome.never.1', 'welcome.never.2', 'welcome.never.3', 'welcome.never.4'];

function NoticeLine({ data }: { data: WelcomeData }) {
  const { lang, notice } = data;
  if (!notice) return null;
  const params = {
    ...notice.params,
    ...(notice.reasonKey ? { reason: t(lang, notice.reasonKey) } : {}),
    ...(notice.mode ? { mode: t(lang, `mode.${notice.mode}`) } : {}),
  };
  return <p class={notice.tone === 'error' ? 'error' : 'done'}>{t(lang, notice.key, params)}</p>;
}

export function Welcome({ data, actions }: { data: WelcomeData; actions: WelcomeActions }) {
  const { lang } = data;
  return (
    <main class="page welcome" lang={lang} dir={dirOf(lang)}>
      <h1>{t(lang, 'welcome.title')}</h1>
      <p>{t(lang, 'welcome.intro')}</p>
      {data.status === 'loading' && <p>{t(lang, 'common.loading')}</p>}
      {data.error && (
        <p class="error" role="alert">
          {t(lang, 'common.failed', { reason: data.error })}
        </p>
      )}

      <section aria-labelledby="welcome-language-heading">
        <h2 id="welcome-language-heading">{t(lang, 'welcome.language')}</h2>
        <LanguageChoice
          lang={lang}
          name="language"
          legend={t(lang, 'welcome.language')}
          hideLegend
          value={data.uiLanguage}
          onChange={actions.setLanguage}
        />
      </section>

      <section aria-labelledby="welcome-does-heading">
        <h2 id="welcome-does-heading">{t(lang, 'welcome.does')}</h2>
        <ul class="welcome-does">
          {DOES.map((key) => (
            <li key={key}>{t(lang, key)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="welcome-never-heading">
        <h2 id="welcome-never-heading">{t(lang, 'welcome.never')}</h2>
        <ul class="welcome-never">
          {NEVER.map((key) => (
            <li key={key}>{t(lang, key)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="welcome-mode-heading">
        <h2 id="welcome-mode-heading">{t(lang, 'welcome.mode')}</h2>
        <DisplayModeChoice
          lang={lang}
          name="display"
          legend={t(lang, 'welcome.mode')}
          hideLegend
          value={data.displayMode}
          withHelp
          onChange={actions.setDisplayMode}
        />
        <p class="muted small">{t(lang, 'welcome.modeHelp')}</p>
        <div class="status-line" role="status" aria-live="polite">
          <NoticeLine data={data} />
        </div>
      </section>

      <section aria-labelledby="welcome-next-heading">
        <h2 id="welcome-next-heading">{t(lang, 'welcome.next')}</h2>
        <p>{t(lang, 'welcome.nextHelp')}</p>
        <div class="row">
          <button type="button" class="settings" onClick={actions.openOptions}>
            {t(lang, 'welcome.settings')}
          </button>
          <button type="button" class="lessons" onClick={actions.openLessons}>
            {t(lang, 'welcome.lessons')}
          </button>
        </div>
      </section>
    </main>
  );
}
