/** Radio groups for the settings both the popup and options show. Native inputs: keyboard works as is. */
import { t, type MessageKey, type UiLang } from '../../utils/i18n/index.ts';
import type { Sensitivity } from '../../utils/classifier/metadata.ts';
import { DISPLAY_MODES, SENSITIVITIES, UI_LANGUAGES, type DisplayMode, type UiLanguage } from '../../utils/settings.ts';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  help?: string;
  /** Language of the label when it differs from the page's (language names). */
  lang?: string;
}

export interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  /** The legend is still read out, but not shown (when a visible heading already says it). */
  hideLegend?: boolean;
  value: T;
  options: readonly RadioOption<T>[];
  onChange(value: T): void;
}

export function RadioGroup<T extends string>({
  name,
  legend,
  hideLegend,
  value,
  options,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset class="radios">
      <legend class={hideLegend ? 'sr-only' : undefined}>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div class="radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={option.value === value}
              aria-describedby={option.help ? `${id}-help` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label for={id} lang={option.lang}>
              {option.label}
            </label>
            {option.help && (
              <p class="muted small" id={`${id}-help`}>
                {option.help}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

interface ChoiceProps<T extends string> {
  lang: UiLang;
  name: string;
  legend: string;
  hideLegend?: boolean;
  value: T;
  withHelp: boolean;
  onChange(value: T): void;
}

export function DisplayModeChoice({ lang, withHelp, ...rest }: ChoiceProps<DisplayMode>) {
  const options = DISPLAY_MODES.map((mode) => ({
    value: mode,
    label: t(lang, `mode.${mode}`),
    help: withHelp ? t(lang, `mode.${mode}.help` as MessageKey) : undefined,
  }));
  return <RadioGroup {...rest} options={options} />;
}

export function SensitivityChoice({ lang, withHelp, ...rest }: ChoiceProps<Sensitivity>) {
  const options = SENSITIVITIES.map((level) => ({
    value: level,
    label: t(lang, `sensitivity.${level}`),
    help: withHelp ? t(lang, `sensitivity.${level}.help` as MessageKey) : undefined,
  }));
  return <RadioGroup {...rest} options={options} />;
}

/** Language names in their own language, so each is readable whatever the page's language. */
const ENDONYMS = { en: 'English', ur: 'اردو' } as const;

export function LanguageChoice({ lang, ...rest }: Omit<ChoiceProps<UiLanguage>, 'withHelp'>) {
  const options = UI_LANGUAGES.map((value) => ({
    value,
    label: value === 'auto' ? t(lang, 'lang.auto') : ENDONYMS[value],
    lang: value === 'auto' ? undefined : value,
  }));
  return <RadioGroup {...rest} options={options} />;
}
