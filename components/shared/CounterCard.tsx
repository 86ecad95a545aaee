/** The counter-narrative card: what the trick does, the question to ask, the other side of the story. */
import { formatDate, formatNumber, pick } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import { topicName } from '../../utils/i18n/topics.ts';
import type { Topic } from '../../utils/resources/schema.ts';
import { Heading, nextLevel, type HeadingLevel } from './Heading.tsx';

export function CounterCard({ lang, topic, level }: { lang: UiLang; topic: Topic; level: HeadingLevel }) {
  const inner = nextLevel(level);
  return (
    <section class="card counter-card" data-topic={topic.id}>
      <Heading level={level}>{topicName(lang, topic.id)}</Heading>
      <Heading level={inner}>{t(lang, 'card.what')}</Heading>
      <p>{pick(lang, topic.card.what)}</p>
      <Heading level={inner}>{t(lang, 'card.ask')}</Heading>
      <p class="ask">{pick(lang, topic.card.ask)}</p>
      <Heading level={inner}>{t(lang, 'card.otherSide')}</Heading>
      <p>{pick(lang, topic.card.otherSide)}</p>
    </section>
  );
}

export function PackNote({ lang, version, published }: { lang: UiLang; version: number; published: string }) {
  return (
    <p class="muted small">
      {t(lang, 'help.packNote', { version: formatNumber(lang, version), date: formatDate(lang, published) })}
    </p>
  );
}
