/** Named counts with a bar each (techniques, harms), largest first; zero rows are left out. */
import { formatNumber } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';

export interface CountRow {
  id: string;
  name: string;
  count: number;
}

export function CountList({ lang, rows, label }: { lang: UiLang; rows: readonly CountRow[]; label: string }) {
  const shown = rows.filter((row) => row.count > 0).sort((a, b) => b.count - a.count);
  if (shown.length === 0) return <p class="muted">{t(lang, 'summary.noneYet')}</p>;
  const max = Math.max(...shown.map((row) => row.count));
  return (
    <ul class="basirat-counts" aria-label={label}>
      {shown.map((row) => (
        <li key={row.id} data-count-id={row.id}>
          <span class="name">{row.name}</span>{' '}
          <span class="count">{t(lang, 'summary.count', { count: formatNumber(lang, row.count) })}</span>
          <span class="bar" style={{ inlineSize: `${Math.round((row.count / max) * 100)}%` }} aria-hidden="true" />
        </li>
      ))}
    </ul>
  );
}
