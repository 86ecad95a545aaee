/** The resource pack in use, the update address and the last update check with its reason. */
import { useEffect, useState } from 'preact/hooks';
import { formatDate, formatDateTime, formatNumber } from '../../utils/i18n/format.ts';
import { t, type MessageKey, type UiLang } from '../../utils/i18n/index.ts';
import type { ResourceInfo } from '../../utils/messaging.ts';
import type { OptionsActions } from './types.ts';
import { PolicyBadge } from '../guardian/PolicyBadge.tsx';

function LastCheck({ lang, info }: { lang: UiLang; info: ResourceInfo }) {
  const check = info.lastCheck;
  if (!check) return null;
  return (
    <div class="last-check" data-ok={String(check.ok)} data-reason={check.reason ?? ''}>
      <p class="muted">{t(lang, 'options.packLastCheck', { date: formatDateTime(lang, check.at) })}</p>
      {check.ok ? (
        <p>{t(lang, 'options.packUpdatedTo', { version: formatNumber(lang, check.version ?? 0) })}</p>
      ) : (
        <p class="notice">
          {t(lang, 'options.packRejected', {
            reason: t(lang, `reason.${check.reason ?? 'network'}` as MessageKey, { scheme: 'https://' }),
          })}
        </p>
      )}
    </div>
  );
}

export function ResourcesSection(props: {
  lang: UiLang;
  info: ResourceInfo | null;
  checking: boolean;
  actions: Pick<OptionsActions, 'savePackUrl' | 'checkPackUpdate'>;
  /** The school's policy sets the update address: shown, greyed out, with the badge. */
  managed?: boolean;
  /** The guardian lock is on: settings are read-only until unlocked. */
  locked?: boolean;
}) {
  const { lang, info, checking, actions, managed = false, locked = false } = props;
  const readOnly = managed || locked;
  const [url, setUrl] = useState(info?.updateUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setUrl(info?.updateUrl ?? ''), [info?.updateUrl]);
  if (!info) return null;
  const save = (event: Event): void => {
    event.preventDefault();
    setInvalid(!actions.savePackUrl(url));
  };
  return (
    <section aria-labelledby="resources-heading" class="resources">
      <h2 id="resources-heading">{t(lang, 'options.resources')}</h2>
      <p>
        <strong>{t(lang, 'options.packVersion', { version: formatNumber(lang, info.pack.version) })}</strong>{' '}
        {info.source === 'bundled'
          ? t(lang, 'options.packBundled')
          : t(lang, 'options.packUpdated', { date: formatDate(lang, info.installedAt ?? Date.now()) })}
      </p>
      {info.cacheProblem && <p class="notice">{t(lang, 'options.packCacheProblem')}</p>}
      <form onSubmit={save}>
        <label for="pack-url">{t(lang, 'options.packUrl')}</label> {managed && <PolicyBadge lang={lang} />}
        <p class="muted small" id="pack-url-help">
          {t(lang, 'options.packUrlHelp')}
        </p>
        <input
          id="pack-url"
          type="url"
          dir="ltr"
          inputMode="url"
          placeholder="https://"
          value={url}
          disabled={readOnly}
          aria-describedby={invalid ? 'pack-url-help pack-url-error' : 'pack-url-help'}
          aria-invalid={invalid}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        {invalid && (
          <p class="error" id="pack-url-error">
            {t(lang, 'options.packUrlInvalid', { scheme: 'https://' })}
          </p>
        )}
        <div class="row">
          <button type="submit" disabled={readOnly}>
            {t(lang, 'options.packUrlSave')}
          </button>
          <button type="button" class="check-update" disabled={checking} onClick={actions.checkPackUpdate}>
            {checking ? t(lang, 'options.packChecking') : t(lang, 'options.packCheck')}
          </button>
        </div>
      </form>
      <div role="status">
        <LastCheck lang={lang} info={info} />
      </div>
    </section>
  );
}
