/**
 * Asks for the guardian PIN, with the back-off countdown after wrong tries. Presentational: the
 * background checks the PIN and keeps the count; this only shows what it says.
 */
import { useState } from 'preact/hooks';
import type { GuardianStatus, UnlockResult } from '../../utils/guardian/types.ts';
import { formatNumber } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import { useCountdown } from './useCountdown.ts';

export interface UnlockPromptProps {
  lang: UiLang;
  status: GuardianStatus;
  onUnlock(pin: string): Promise<UnlockResult>;
  /** Heading id prefix, so two prompts on one page do not share ids. */
  idPrefix?: string;
}

export function UnlockPrompt({ lang, status, onUnlock, idPrefix = 'basirat-unlock' }: UnlockPromptProps) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [current, setCurrent] = useState(status);
  const shown = current.failures >= status.failures ? current : status;
  const wait = useCountdown(shown.retryAt, shown.now);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy || wait > 0) return;
    setBusy(true);
    try {
      const result = await onUnlock(pin);
      setCurrent(result.status);
      setPin('');
      setMessage(result.ok ? null : result.reason === 'wrong' ? t(lang, 'guardian.wrong') : null);
    } catch (error) {
      setMessage(t(lang, 'guardian.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const inputId = `${idPrefix}-pin`;
  return (
    <form class="basirat-unlock" onSubmit={(event) => void submit(event)} data-guardian="unlock">
      <p id={`${idPrefix}-prompt`}>{t(lang, 'guardian.unlockPrompt')}</p>
      <label for={inputId}>{t(lang, 'guardian.pin')}</label>{' '}
      <input
        id={inputId}
        type="password"
        autocomplete="off"
        inputMode="text"
        value={pin}
        maxLength={64}
        aria-describedby={`${idPrefix}-prompt ${idPrefix}-status`}
        disabled={wait > 0}
        onInput={(event) => setPin((event.target as HTMLInputElement).value)}
      />{' '}
      <button type="submit" disabled={busy || wait > 0 || pin.length === 0}>
        {t(lang, 'guardian.unlock')}
      </button>
      <p id={`${idPrefix}-status`} role="status" aria-live="polite">
        {message && <span class="error">{message} </span>}
        {wait > 0 && (
          <span data-guardian="wait">{t(lang, 'guardian.wait', { seconds: formatNumber(lang, wait) })} </span>
        )}
        {shown.failures > 0 && t(lang, 'guardian.attempts', { count: formatNumber(lang, shown.failures) })}
      </p>
    </form>
  );
}
