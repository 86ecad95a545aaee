/** Sets a new PIN (typed twice) or changes it; checks the format here so mistakes show at once. */
import { useState } from 'preact/hooks';
import { PIN_MAX_CHARS, PIN_MIN_CHARS } from '../../utils/guardian/pin.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';

export interface PinFormProps {
  lang: UiLang;
  mode: 'set' | 'change';
  onSubmit(pin: string): Promise<void>;
}

export function PinForm({ lang, mode, onSubmit }: PinFormProps) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const length = [...pin].length;
    if (length < PIN_MIN_CHARS || length > PIN_MAX_CHARS) return setProblem(t(lang, 'guardian.tooShort'));
    if (pin !== again) return setProblem(t(lang, 'guardian.mismatch'));
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(pin);
      setPin('');
      setAgain('');
    } catch (error) {
      setProblem(t(lang, 'guardian.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const id = `basirat-pin-${mode}`;
  return (
    <form class="basirat-pin-form" onSubmit={(event) => void submit(event)} data-guardian={`${mode}-pin`}>
      <p>
        <label for={`${id}-new`}>{t(lang, 'guardian.newPin')}</label>
        <br />
        <input
          id={`${id}-new`}
          type="password"
          autocomplete="new-password"
          value={pin}
          maxLength={PIN_MAX_CHARS}
          aria-describedby={`${id}-help`}
          onInput={(event) => setPin((event.target as HTMLInputElement).value)}
        />
      </p>
      <p>
        <label for={`${id}-again`}>{t(lang, 'guardian.confirmPin')}</label>
        <br />
        <input
          id={`${id}-again`}
          type="password"
          autocomplete="new-password"
          value={again}
          maxLength={PIN_MAX_CHARS}
          onInput={(event) => setAgain((event.target as HTMLInputElement).value)}
        />
      </p>
      <p class="muted small" id={`${id}-help`}>
        {t(lang, 'guardian.pinHelp')}
      </p>
      <button type="submit" disabled={busy}>
        {t(lang, mode === 'set' ? 'guardian.set' : 'guardian.change')}
      </button>
      <p role="alert" class="error">
        {problem}
      </p>
    </form>
  );
}
