/**
 * Help routes for one topic: where to get help, reporting (behind a caution, and only if the user
 * opens it: Basirat never reports anything itself), and further reading. Every phone number and
 * address shows its source and date, and unconfirmed ones say "please check before use".
 */
import { formatDate, pick } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import type { Contact, Route } from '../../utils/resources/schema.ts';
import { Heading, nextLevel, type HeadingLevel } from './Heading.tsx';
import { withSlot } from './slot.tsx';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function ContactItem({ lang, contact }: { lang: UiLang; contact: Contact }) {
  const label = contact.label ? pick(lang, contact.label) : null;
  return (
    <li class="contact">
      {contact.type === 'phone' ? (
        <a class="phone" href={`tel:${contact.value.replace(/[^0-9+]/g, '')}`}>
          {label && <span>{label}: </span>}
          {withSlot(
            t(lang, 'common.call'),
            'number',
            <bdi dir="ltr" class="number">
              {contact.value}
            </bdi>,
          )}
        </a>
      ) : (
        <a class="url" href={contact.value} target="_blank" rel="noopener noreferrer">
          {label ?? hostOf(contact.value)}{' '}
          <bdi dir="ltr" class="host">
            ({hostOf(contact.value)})
          </bdi>
          <span class="sr-only"> {t(lang, 'label.newTab')}</span>
        </a>
      )}
      {!contact.verified && <span class="unverified">{t(lang, 'common.unverified')}</span>}
      <span class="meta">
        {withSlot(t(lang, 'common.source'), 'source', <bdi>{contact.source}</bdi>)}
        {' · '}
        {t(lang, 'common.noted', { date: formatDate(lang, contact.checkedOn) })}
      </span>
    </li>
  );
}

function RouteItem({ lang, route, level }: { lang: UiLang; route: Route; level: HeadingLevel }) {
  return (
    <div class={`route route-${route.kind}`} data-route={route.id}>
      <Heading level={level}>{pick(lang, route.name)}</Heading>
      <p>{pick(lang, route.summary)}</p>
      {route.steps.length > 0 && (
        <ol class="steps">
          {route.steps.map((step, index) => (
            <li key={index}>{pick(lang, step)}</li>
          ))}
        </ol>
      )}
      {route.contacts.length > 0 && (
        <ul class="contacts">
          {route.contacts.map((contact, index) => (
            <ContactItem key={index} lang={lang} contact={contact} />
          ))}
        </ul>
      )}
    </div>
  );
}

export interface HelpRoutesProps {
  lang: UiLang;
  routes: readonly Route[];
  /** Reporting guides for platforms, shown inside the reporting section. */
  platformRoutes?: readonly Route[];
  level: HeadingLevel;
}

export function HelpRoutes({ lang, routes, platformRoutes = [], level }: HelpRoutesProps) {
  const inner = nextLevel(level);
  const support = routes.filter((r) => r.kind === 'emergency' || r.kind === 'talk' || r.kind === 'helpline');
  const reporting = [...routes.filter((r) => r.kind === 'report'), ...platformRoutes];
  const reading = routes.filter((r) => r.kind === 'reading');
  return (
    <div class="help-routes">
      {support.length > 0 && (
        <section>
          <Heading level={level}>{t(lang, 'routes.heading')}</Heading>
          {support.map((route) => (
            <RouteItem key={route.id} lang={lang} route={route} level={inner} />
          ))}
        </section>
      )}
      {reporting.length > 0 && (
        <details class="reporting">
          <summary>{t(lang, 'routes.report')}</summary>
          <p class="caution">{t(lang, 'routes.caution')}</p>
          {reporting.map((route) => (
            <RouteItem key={route.id} lang={lang} route={route} level={inner} />
          ))}
        </details>
      )}
      {reading.length > 0 && (
        <section>
          <Heading level={level}>{t(lang, 'routes.reading')}</Heading>
          {reading.map((route) => (
            <RouteItem key={route.id} lang={lang} route={route} level={inner} />
          ))}
        </section>
      )}
    </div>
  );
}
