/**
 * The help page (help.html#<topic>), opened from the inline label: the counter-narrative card and
 * help routes for one technique or harm, how to report on each platform, and links to every topic.
 */
import { dirOf, t, type UiLang } from '../../utils/i18n/index.ts';
import { topicName } from '../../utils/i18n/topics.ts';
import { findTopic, routesFor, type ResourcePack } from '../../utils/resources/schema.ts';
import { CounterCard, PackNote } from '../shared/CounterCard.tsx';
import { HelpRoutes } from '../shared/HelpRoutes.tsx';

export interface HelpData {
  lang: UiLang;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  pack: ResourcePack | null;
  /** The topic from the URL fragment; null or unknown shows the topic list only. */
  topic: string | null;
}

export function Help({ data }: { data: HelpData }) {
  const { lang, pack } = data;
  const topic = pack && data.topic ? findTopic(pack, data.topic) : undefined;
  const platforms = pack ? pack.routes.filter((route) => route.kind === 'platform') : [];
  return (
    <main class="page help" lang={lang} dir={dirOf(lang)}>
      <h1>{t(lang, 'help.title')}</h1>
      <p>{t(lang, 'help.intro')}</p>
      {data.status === 'loading' && <p>{t(lang, 'common.loading')}</p>}
      {data.error && (
        <p class="error" role="alert">
          {t(lang, 'common.failed', { reason: data.error })}
        </p>
      )}
      {pack && !topic && <p class="notice">{t(lang, 'help.unknown')}</p>}
      {pack && topic && (
        <>
          <CounterCard lang={lang} topic={topic} level={2} />
          <p>
            <a href={`lessons.html#${topic.id}`}>{t(lang, 'help.lesson')}</a>
          </p>
          <HelpRoutes lang={lang} routes={routesFor(pack, topic.id)} platformRoutes={platforms} level={2} />
        </>
      )}
      {pack && (
        <nav class="topic-nav" aria-labelledby="topics-heading">
          <h2 id="topics-heading">{t(lang, 'help.topics')}</h2>
          <ul>
            {pack.topics.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} aria-current={item.id === topic?.id ? 'page' : undefined}>
                  {topicName(lang, item.id)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {pack && <PackNote lang={lang} version={pack.version} published={pack.published} />}
    </main>
  );
}
