/**
 * The weekly summary (issue #5): the same page for the young user and for the guardian, with counts
 * only, conversation starters for parents and a lesson idea for teachers. `{data, actions}`.
 */
import { HARM_HEADS, TECHNIQUE_HEADS } from '../../utils/classifier/heads.ts';
import { formatDate, formatNumber } from '../../utils/i18n/format.ts';
import { t, type MessageKey, type UiLang } from '../../utils/i18n/index.ts';
import { topTechnique, type WeeklySummary } from '../../utils/reports/summary.ts';
import { DayChart } from './DayChart.tsx';
import { CountList } from './CountList.tsx';

export interface SummaryData {
  lang: UiLang;
  status: 'loading' | 'ready' | 'off' | 'error';
  error: string | null;
  summary: WeeklySummary | null;
  feedbackCount: number | null;
  lessonsUrl: string;
}

export interface SummaryActions {
  saveSummary(format: 'json' | 'csv'): Promise<void>;
  saveFeedback(): Promise<void>;
}

const STARTERS = [1, 2, 3, 4, 5].map((n) => `summary.parents.${n}` as MessageKey);

export function SummaryView({ data, actions }: { data: SummaryData; actions: SummaryActions }) {
  const { lang, summary } = data;
  return (
    <main class="page basirat-summary" data-summary="page">
      <h1>{t(lang, 'summary.title')}</h1>
      <p>{t(lang, 'summary.same')}</p>
      <p class="muted">{t(lang, 'summary.countsOnly')}</p>
      {data.status === 'loading' && <p>{t(lang, 'common.loading')}</p>}
      {data.status === 'error' && <p class="error">{t(lang, 'common.failed', { reason: data.error ?? '' })}</p>}
      {data.status === 'off' && (
        <p class="notice" data-summary="off">
          {t(lang, 'summary.off')}
        </p>
      )}
      {data.status === 'ready' && summary && <Report lang={lang} summary={summary} data={data} actions={actions} />}
      {/* The user's own feedback stays theirs to save, even when the school turned the summary off. */}
      {(data.status === 'ready' || data.status === 'off') && <FeedbackSection data={data} actions={actions} />}
    </main>
  );
}

function Report({
  lang,
  summary,
  data,
  actions,
}: {
  lang: UiLang;
  summary: WeeklySummary;
  data: SummaryData;
  actions: SummaryActions;
}) {
  const top = topTechnique(summary);
  return (
    <>
      <p class="period" data-summary="period">
        {t(lang, 'summary.period', { from: formatDate(lang, summary.from), to: formatDate(lang, summary.to) })}
      </p>
      <p data-summary="totals">
        {summary.totals.flagged === 0 && summary.totals.scored === 0
          ? t(lang, 'summary.nothing')
          : t(lang, 'summary.totals', {
              scored: formatNumber(lang, summary.totals.scored),
              flagged: formatNumber(lang, summary.totals.flagged),
            })}
      </p>
      <section aria-labelledby="summary-chart">
        <h2 id="summary-chart">{t(lang, 'summary.chart')}</h2>
        <DayChart lang={lang} days={summary.days} />
      </section>
      <section aria-labelledby="summary-techniques" data-summary="techniques">
        <h2 id="summary-techniques">{t(lang, 'summary.techniques')}</h2>
        <CountList
          lang={lang}
          label={t(lang, 'summary.techniques')}
          rows={TECHNIQUE_HEADS.map((id) => ({
            id,
            name: t(lang, `technique.${id}.name`),
            count: summary.techniques[id],
          }))}
        />
      </section>
      <section aria-labelledby="summary-harms" data-summary="harms">
        <h2 id="summary-harms">{t(lang, 'summary.harms')}</h2>
        <CountList
          lang={lang}
          label={t(lang, 'summary.harms')}
          rows={HARM_HEADS.map((id) => ({ id, name: t(lang, `harm.${id}.name`), count: summary.harms[id] }))}
        />
      </section>
      <section aria-labelledby="summary-sites" data-summary="sites">
        <h2 id="summary-sites">{t(lang, 'summary.sites')}</h2>
        {summary.sites.length === 0 ? (
          <p class="muted">{t(lang, 'summary.noneYet')}</p>
        ) : (
          <ul>
            {summary.sites.map((site) => (
              <li key={site.site} data-site={site.site}>
                {t(lang, 'summary.dayRow', {
                  day: t(lang, `site.${site.site}`),
                  scored: formatNumber(lang, site.scored),
                  flagged: formatNumber(lang, site.flagged),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="summary-parents" class="card">
        <h2 id="summary-parents">{t(lang, 'summary.parents')}</h2>
        <p>{t(lang, 'summary.parentsNote')}</p>
        <ul>
          {STARTERS.map((key) => (
            <li key={key}>{t(lang, key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="summary-teachers" class="card">
        <h2 id="summary-teachers">{t(lang, 'summary.teachers')}</h2>
        <p>
          {top
            ? t(lang, 'summary.teachersTop', { technique: t(lang, `technique.${top}.name`) })
            : t(lang, 'summary.teachersAny')}
        </p>
        <p>{t(lang, 'summary.teachersCollect')}</p>
        <p>
          <a href={data.lessonsUrl}>{t(lang, 'summary.openLessons')}</a>
        </p>
      </section>
      <section aria-labelledby="summary-save">
        <h2 id="summary-save">{t(lang, 'summary.save')}</h2>
        <p>{t(lang, 'summary.saveHelp')}</p>
        <p class="row">
          <button type="button" data-export="json" onClick={() => void actions.saveSummary('json')}>
            {t(lang, 'summary.saveAs', { format: 'JSON' })}
          </button>{' '}
          <button type="button" data-export="csv" onClick={() => void actions.saveSummary('csv')}>
            {t(lang, 'summary.saveAs', { format: 'CSV' })}
          </button>
        </p>
      </section>
    </>
  );
}

function FeedbackSection({ data, actions }: { data: SummaryData; actions: SummaryActions }) {
  const { lang } = data;
  return (
    <section aria-labelledby="summary-feedback">
      <h2 id="summary-feedback">{t(lang, 'summary.feedback')}</h2>
      <p>{t(lang, 'summary.feedbackHelp')}</p>
      {data.feedbackCount === 0 ? (
        <p class="muted">{t(lang, 'summary.feedbackNone')}</p>
      ) : (
        <button type="button" data-export="feedback" onClick={() => void actions.saveFeedback()}>
          {t(lang, 'summary.feedbackSave', { count: formatNumber(lang, data.feedbackCount ?? 0) })}
        </button>
      )}
    </section>
  );
}
