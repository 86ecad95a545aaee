/**
 * One flagged post in the popup: a short excerpt, what was found and why, "show me this post", and
 * the matching counter-narrative card and help routes behind a disclosure.
 */
import { describeVerdict } from '../../utils/i18n/describe.ts';
import { t, joinList, type UiLang } from '../../utils/i18n/index.ts';
import { topicName } from '../../utils/i18n/topics.ts';
import type { PostVerdict, TabWarning } from '../../utils/messaging.ts';
import { findTopic, routesFor, type ResourcePack, type Route } from '../../utils/resources/schema.ts';
import { CounterCard } from '../shared/CounterCard.tsx';
import { HelpRoutes } from '../shared/HelpRoutes.tsx';

export type FocusResult = 'shown' | 'gone';

export interface WarningItemProps {
  lang: UiLang;
  index: number;
  warning: TabWarning;
  pack: ResourcePack | null;
  platformRoute: Route | undefined;
  focus: FocusResult | undefined;
  onShow(key: string): void;
}

function asVerdict(warning: TabWarning): PostVerdict {
  return {
    flagged: true,
    severity: warning.severity,
    confidence: warning.confidence,
    harms: warning.harms,
    techniques: warning.techniques,
    evidence: warning.evidence.map((text) => ({ text, start: 0, end: 0 })),
    lang: warning.lang,
  };
}

/** A `lang` for the excerpt when the classifier was sure which language it is. */
function excerptLang(lang: TabWarning['lang']): string | undefined {
  return lang === 'en' || lang === 'ur' || lang === 'ur-Latn' ? lang : undefined;
}

export function WarningItem({ lang, index, warning, pack, platformRoute, focus, onShow }: WarningItemProps) {
  const description = describeVerdict(lang, asVerdict(warning));
  const names = [...warning.harms, ...warning.techniques].map((id) => topicName(lang, id));
  const headingId = `warning-${index}`;
  const topic = pack && description.helpTopic ? findTopic(pack, description.helpTopic) : undefined;
  return (
    <li class="warning" data-key={warning.key}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{names.length > 0 ? joinList(lang, names) : t(lang, 'label.title')}</h3>
        <blockquote class="excerpt" dir="auto" lang={excerptLang(warning.lang)}>
          {warning.excerpt}
        </blockquote>
        <p class="summary">{description.summary}</p>
        {description.evidence.length > 0 && (
          <p class="evidence">
            {t(lang, 'label.evidence')}{' '}
            {description.evidence.map((text, i) => (
              <span key={i}>
                {i > 0 && t(lang, 'list.comma')}
                <bdi class="evidence-text">{text}</bdi>
              </span>
            ))}
          </p>
        )}
        <p class="muted">{description.sure}</p>
        <details class="why">
          <summary>{t(lang, 'popup.why')}</summary>
          <dl>
            {description.explanations.map((item) => (
              <div key={item.id}>
                <dt>{item.name}</dt>
                <dd>{item.text}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div class="row">
          <button type="button" class="primary show-post" onClick={() => onShow(warning.key)}>
            {t(lang, 'popup.show')}
          </button>
          <span class="focus-status" role="status">
            {focus === 'shown' && t(lang, 'popup.shown')}
            {focus === 'gone' && t(lang, 'popup.gone')}
          </span>
        </div>
        {topic && pack && (
          <details class="more-help">
            <summary>{t(lang, 'popup.moreHelp')}</summary>
            <CounterCard lang={lang} topic={topic} level={4} />
            <HelpRoutes
              lang={lang}
              routes={routesFor(pack, topic.id)}
              platformRoutes={platformRoute ? [platformRoute] : []}
              level={4}
            />
          </details>
        )}
      </article>
    </li>
  );
}
