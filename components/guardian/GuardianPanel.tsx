/**
 * The guardian lock section of the options page: status, set / change / remove the PIN, unlock, lock
 * now, and the honest "forgot the PIN" answer. Components get `{data, actions}` (DESIGN.md).
 */
import type { GuardianStatus, UnlockResult } from '../../utils/guardian/types.ts';
import { formatDateTime } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { PinForm } from './PinForm.tsx';
import { UnlockPrompt } from './UnlockPrompt.tsx';

export interface GuardianData {
  lang: UiLang;
  status: GuardianStatus | null;
  /** The last action's outcome, e.g. "The PIN is set." */
  notice: string | null;
  /** The weekly summary page, or null when policy turned it off. */
  summaryUrl?: string | null;
}

export interface GuardianActions {
  unlock(pin: string): Promise<UnlockResult>;
  lock(): Promise<void>;
  setPin(pin: string): Promise<void>;
  removePin(): Promise<void>;
}

function statusText(lang: UiLang, status: GuardianStatus): string {
  if (status.lockedByPolicy) return t(lang, 'guardian.statusPolicy');
  if (!status.pinSet) return t(lang, 'guardian.statusOff');
  if (status.open && status.unlockedUntil !== null)
    return t(lang, 'guardian.statusUnlocked', { time: formatDateTime(lang, status.unlockedUntil) });
  return t(lang, 'guardian.statusLocked');
}

export function GuardianPanel({
  data,
  actions,
  level = 2,
}: {
  data: GuardianData;
  actions: GuardianActions;
  level?: HeadingLevel;
}) {
  const { lang, status } = data;
  return (
    <section class="basirat-guardian" aria-labelledby="basirat-guardian-heading" data-guardian="panel">
      <Heading level={level} id="basirat-guardian-heading">
        {t(lang, 'guardian.heading')}
      </Heading>
      <p>{t(lang, 'guardian.intro')}</p>
      {status && (
        <>
          <p data-guardian="status" role="status">
            {statusText(lang, status)}
          </p>
          {data.notice && <p class="notice">{data.notice}</p>}
          {!status.lockedByPolicy && !status.pinSet && <PinForm lang={lang} mode="set" onSubmit={actions.setPin} />}
          {!status.lockedByPolicy && status.pinSet && !status.open && (
            <UnlockPrompt lang={lang} status={status} onUnlock={actions.unlock} idPrefix="basirat-guardian-unlock" />
          )}
          {!status.lockedByPolicy && status.pinSet && status.open && (
            <>
              <p>
                <button type="button" onClick={() => void actions.lock()}>
                  {t(lang, 'guardian.lockNow')}
                </button>{' '}
                <button type="button" onClick={() => void actions.removePin()}>
                  {t(lang, 'guardian.remove')}
                </button>
              </p>
              <PinForm lang={lang} mode="change" onSubmit={actions.setPin} />
            </>
          )}
        </>
      )}
      <details>
        <summary>{t(lang, 'guardian.forgot')}</summary>
        <p>{t(lang, 'guardian.forgotHelp')}</p>
      </details>
      {data.summaryUrl && (
        <p>
          <a href={data.summaryUrl} data-guardian="summary-link">
            {t(lang, 'summary.open')}
          </a>{' '}
          <span class="muted small">{t(lang, 'summary.openHelp')}</span>
        </p>
      )}
    </section>
  );
}
