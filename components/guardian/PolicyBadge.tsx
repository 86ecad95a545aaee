/** "Set by your school": shown next to every control the managed policy decides (issue #5). */
import { t, type UiLang } from '../../utils/i18n/index.ts';

export function PolicyBadge({ lang, id }: { lang: UiLang; id?: string }) {
  return (
    <span class="basirat-policy-badge" id={id} title={t(lang, 'policy.badgeHelp')} data-policy-badge="">
      {t(lang, 'policy.badge')}
    </span>
  );
}
