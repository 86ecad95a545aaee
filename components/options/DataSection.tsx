/** Clear local data (with a confirmation step), export and import settings. */
import { useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import { formatNumber } from '../../utils/i18n/format.ts';
import type { OptionsActions } from './types.ts';

/** Matches SCORE_TTL_MS in utils/db.ts (a unit test checks); not imported so Dexie stays out of this page. */
export const SCORE_DAYS = 30;

export function DataSection({
  lang,
  actions,
}: {
  lang: UiLang;
  actions: Pick<OptionsActions, 'clearData' | 'exportSettings' | 'importSettings'>;
}) {
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const ask = (): void => {
    setConfirming(true);
    // Keyboard users land on the choice they have to make.
    setTimeout(() => confirmButton.current?.focus(), 0);
  };
  const cancel = (): void => {
    setConfirming(false);
    setTimeout(() => clearButton.current?.focus(), 0);
  };
  const onFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    actions.importSettings(await file.text());
    input.value = '';
  };

  return (
    <section aria-labelledby="data-heading" class="data">
      <h2 id="data-heading">{t(lang, 'options.data')}</h2>
      <p>{t(lang, 'options.dataHelp', { days: formatNumber(lang, SCORE_DAYS) })}</p>
      <div class="row">
        <button type="button" class="export" onClick={actions.exportSettings}>
          {t(lang, 'options.export')}
        </button>
        <label class="file-button">
          {t(lang, 'options.import')}{' '}
          <input type="file" class="import" accept="application/json,.json" onChange={(event) => void onFile(event)} />
        </label>
      </div>
      {!confirming ? (
        <button type="button" class="danger clear" ref={clearButton} onClick={ask}>
          {t(lang, 'options.clear')}
        </button>
      ) : (
        <div class="notice" role="group" aria-labelledby="clear-confirm">
          <p id="clear-confirm">{t(lang, 'options.clearConfirm')}</p>
          <div class="row">
            <button
              type="button"
              class="danger clear-yes"
              ref={confirmButton}
              onClick={() => {
                setConfirming(false);
                actions.clearData();
              }}
            >
              {t(lang, 'options.clearYes')}
            </button>
            <button type="button" class="clear-no" onClick={cancel}>
              {t(lang, 'options.clearNo')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
