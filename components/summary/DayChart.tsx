/**
 * A small bar chart of posts per day (looked at vs. noted), as SVG with a text alternative: the bars
 * are decoration for sighted readers, the list underneath carries the same numbers for everyone.
 */
import { formatDate, formatNumber } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import type { DayCount } from '../../utils/reports/summary.ts';

const WIDTH = 420;
const HEIGHT = 140;
const GAP = 8;

export function DayChart({ lang, days }: { lang: UiLang; days: readonly DayCount[] }) {
  const max = Math.max(1, ...days.map((day) => day.scored));
  const slot = WIDTH / Math.max(1, days.length);
  const bar = (slot - GAP) / 2;
  const height = (value: number): number => (value / max) * (HEIGHT - 20);
  // Urdu reads right to left: the oldest day starts on the right, as a reader expects.
  const ordered = lang === 'ur' ? [...days].reverse() : days;
  const short = (day: string): string =>
    new Intl.DateTimeFormat(lang === 'ur' ? 'ur-PK-u-nu-arabext' : 'en-PK', { weekday: 'short' }).format(
      new Date(`${day}T12:00:00`),
    );
  return (
    <figure class="basirat-chart" data-summary="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-hidden="true" focusable="false">
        {ordered.map((day, index) => {
          const x = index * slot + GAP / 2;
          return (
            <g key={day.day}>
              <rect class="scored" x={x} y={HEIGHT - height(day.scored)} width={bar} height={height(day.scored)} />
              <rect
                class="flagged"
                x={x + bar}
                y={HEIGHT - height(day.flagged)}
                width={bar}
                height={height(day.flagged)}
              />
              <text x={x + bar} y={HEIGHT + 15} text-anchor="middle">
                {short(day.day)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key scored">{t(lang, 'summary.scored')}</span>{' '}
        <span class="key flagged">{t(lang, 'summary.flagged')}</span>
      </figcaption>
      <ul class="small muted" data-summary="days">
        {days.map((day) => (
          <li key={day.day}>
            {t(lang, 'summary.dayRow', {
              day: formatDate(lang, day.day),
              scored: formatNumber(lang, day.scored),
              flagged: formatNumber(lang, day.flagged),
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
