/**
 * The popup: this tab's counts, grouped by harm and trick, its flagged posts, and quick controls.
 * Presentational (DESIGN.md convention 10): `{data, actions}` in, no browser.* calls.
 */
import type { HarmHead, TechniqueHead } from '../../utils/classifier/heads.ts';
import { formatNumber } from '../../utils/i18n/format.ts';
import { dirOf, t, type UiLang } from '../../utils/i18n/index.ts';
import { topicName } from '../../utils/i18n/topics.ts';
import type { TabSummary } from '../../utils/messaging.ts';
import { platformRoute, type ResourcePack } from '../../utils/resources/schema.ts';
import type { DisplayMode } from '../../utils/settings.ts';
import { DisplayModeChoice } from '../shared/Choices.tsx';
import { withSlot } from '../shared/slot.tsx';
import { WarningItem, type FocusResult } from './WarningItem.tsx';
import { LOCKED_BY_POLICY, isLockedError } from '../../utils/guardian/access.ts';

export interface PopupData {
  lang: UiLang;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  tabId: number | null;
  summary: TabSummary | null;
  /** Basirat is paused on this tab's site. */
  paused: boolean;
  displayMode: DisplayMode;
  pack: ResourcePack | null;
  /** What happened when the user asked to see a post, per warning key. */
  focus: Record<string, FocusResult>;
}

export interface PopupActions {
  showPost(key: string): void;
  setPaused(paused: boolean): void;
  setDisplayMode(mode: DisplayMode): void;
  openLessons(): void;
  openSettings(): void;
}

function Counts({ lang, counts }: { lang: UiLang; counts: Partial<Record<HarmHead | TechniqueHead, number>> }) {
  const entries = (Object.entries(counts) as Array<[HarmHead | TechniqueHead, number]>)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  return (
    <ul class="chips">
      {entries.map(([id, count]) => (
        <li key={id} data-topic={id}>
          {topicName(lang, id)} <span class="count">{formatNumber(lang, count)}</span>
        </li>
      ))}
    </ul>
  );
}

function TabOverview({ lang, summary }: { lang: UiLang; summary: TabSummary }) {
  const hasHarms = Object.values(summary.byHarm).some((n) => (n ?? 0) > 0);
  const hasTechniques = Object.values(summary.byTechnique).some((n) => (n ?? 0) > 0);
  return (
    <section aria-labelledby="tab-heading">
      <h2 id="tab-heading">{t(lang, 'popup.thisTab')}</h2>
      <dl class="stats">
        <div>
          <dt>{t(lang, 'popup.scored')}</dt>
          <dd data-count="scored">{formatNumber(lang, summary.scored)}</dd>
        </div>
        <div>
          <dt>{t(lang, 'popup.flagged')}</dt>
          <dd data-count="flagged">{formatNumber(lang, summary.flagged)}</dd>
        </div>
      </dl>
      {(hasHarms || hasTechniques) && (
        <>
          <h3>{t(lang, 'popup.groups')}</h3>
          {hasHarms && (
            <>
              <p class="group-label">{t(lang, 'popup.groupsHarm')}</p>
              <Counts lang={lang} counts={summary.byHarm} />
            </>
          )}
          {hasTechniques && (
            <>
              <p class="group-label">{t(lang, 'popup.groupsTechnique')}</p>
              <Counts lang={lang} counts={summary.byTechnique} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function Warnings({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const { lang, summary, pack } = data;
  if (!summary) return null;
  const notListed = summary.flagged - summary.warnings.length;
  const route = pack ? platformRoute(pack, summary.site) : undefined;
  return (
    <section aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t(lang, 'popup.warnings')}</h2>
      {summary.warnings.length === 0 ? (
        <p class="muted">{t(lang, 'popup.none')}</p>
      ) : (
        <ol class="warnings">
          {summary.warnings.map((warning, index) => (
            <WarningItem
              key={warning.key}
              lang={lang}
              index={index}
              warning={warning}
              pack={pack}
              platformRoute={route}
              focus={data.focus[warning.key]}
              onShow={actions.showPost}
            />
          ))}
        </ol>
      )}
      {notListed > 0 && <p class="muted">{t(lang, 'popup.notListed', { count: formatNumber(lang, notListed) })}</p>}
    </section>
  );
}

function Controls({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const { lang, summary } = data;
  return (
    <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t(lang, 'popup.controls')}</h2>
      {summary?.host && (
        <label class="check">
          <input
            type="checkbox"
            name="pause"
            checked={data.paused}
            onChange={(event) => actions.setPaused(event.currentTarget.checked)}
          />{' '}
          {withSlot(t(lang, 'popup.pauseHere'), 'host', <bdi dir="ltr">{summary.host}</bdi>)}
        </label>
      )}
      <DisplayModeChoice
        lang={lang}
        name="popup-display"
        legend={t(lang, 'popup.display')}
        value={data.displayMode}
        withHelp={false}
        onChange={actions.setDisplayMode}
      />
      <div class="row">
        <button type="button" class="lessons" onClick={actions.openLessons}>
          {t(lang, 'popup.lessons')}
        </button>
        <button type="button" class="settings" onClick={actions.openSettings}>
          {t(lang, 'popup.settings')}
        </button>
      </div>
    </section>
  );
}

export function Popup({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const { lang, summary } = data;
  const hasPosts = summary !== null && summary.scored > 0;
  return (
    <main class="page popup" lang={lang} dir={dirOf(lang)}>
      <header>
        <h1>{t(lang, 'popup.title')}</h1>
        {summary?.host && (
          <p class="muted host">{withSlot(t(lang, 'popup.host'), 'host', <bdi dir="ltr">{summary.host}</bdi>)}</p>
        )}
      </header>
      {data.status === 'loading' && <p role="status">{t(lang, 'common.loading')}</p>}
      {data.error && isLockedError(data.error) && (
        // A refused change because of the guardian lock or school policy: say so, and where to unlock.
        <div class="notice" role="alert" data-popup="locked">
          <p>{t(lang, data.error === LOCKED_BY_POLICY ? 'welcome.lockedPolicy' : 'popup.lockedPin')}</p>
          {data.error !== LOCKED_BY_POLICY && (
            <button type="button" class="unlock" onClick={actions.openSettings}>
              {t(lang, 'popup.unlockInSettings')}
            </button>
          )}
        </div>
      )}
      {data.error && !isLockedError(data.error) && (
        <p class="error" role="alert">
          {t(lang, 'popup.error', { reason: data.error })}
        </p>
      )}
      {data.status === 'ready' && data.tabId === null && <p>{t(lang, 'popup.noTab')}</p>}
      {data.paused && <p class="notice">{t(lang, 'popup.pausedNote')}</p>}
      {data.status === 'ready' && data.tabId !== null && !hasPosts && <p>{t(lang, 'popup.noPosts')}</p>}
      {hasPosts && summary && <TabOverview lang={lang} summary={summary} />}
      {hasPosts && <Warnings data={data} actions={actions} />}
      {data.status === 'ready' && <Controls data={data} actions={actions} />}
    </main>
  );
}
