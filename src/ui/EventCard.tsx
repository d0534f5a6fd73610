import type { PolicyEvent } from '../domain/types';
import { formatEventDate } from '../i18n/formatEventDate';
import { SourceLink } from './SourceLink';
import { useMessages } from './storeContext';

/** An event with our summary, how it is known, and its sources with quotes. */
export function EventCard({ event, headingLevel = 4 }: { event: PolicyEvent; headingLevel?: 3 | 4 }) {
  const { t, lang, loc } = useMessages();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="event-card" data-event={event.id}>
      <Heading className="event-card__title">
        <time dateTime={event.date}>{formatEventDate(event, lang, t)}</time>{' '}
        <span lang={loc.langOf(event.title)}>{loc.text(event.title)}</span>
      </Heading>
      <p className="event-card__summary" lang={loc.langOf(event.summary)}>
        {loc.text(event.summary)}
      </p>
      <p className="event-card__meta">
        {t.claimStatus[event.claimStatus]} · {t.confidence[event.confidence]}
      </p>
      <ul className="event-card__sources">
        {event.sources.map((source) => (
          <SourceLink key={source.url} source={source} />
        ))}
      </ul>
    </article>
  );
}
